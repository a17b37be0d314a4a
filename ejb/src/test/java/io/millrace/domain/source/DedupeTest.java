package io.millrace.domain.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.runtime.Emission;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DedupeTest {

    private static Emission e(String id) {
        return new Emission("{\"n\":\"" + id + "\"}", id, null, null, null);
    }

    private static Emission at(String id, long ts) {
        return new Emission("{}", id, null, null, ts);
    }

    private static List<String> ids(Dedupe.Result r) {
        return r.kept().stream().map(Emission::id).toList();
    }

    @Test
    void withoutAStrategyEverythingPassesAndTheStateIsKept() {
        Dedupe.Result r = Dedupe.apply(null, "{}", List.of(e("a"), e("a")));
        assertEquals(List.of("a", "a"), ids(r));
        assertEquals(0, r.dropped());
        assertEquals("{}", r.stateJson());
    }

    @Test
    void uniqueDropsIdsSeenInThisOrEarlierRuns() {
        Dedupe.Result first = Dedupe.apply("unique", "{}", List.of(e("a"), e("b"), e("a")));
        assertEquals(List.of("a", "b"), ids(first));
        assertEquals(1, first.dropped());
        Dedupe.Result second = Dedupe.apply("unique", first.stateJson(), List.of(e("b"), e("c")));
        assertEquals(List.of("c"), ids(second));
        Dedupe.Result third = Dedupe.apply("unique", second.stateJson(), List.of(e("a"), e("b"), e("c")));
        assertEquals(List.of(), ids(third));
        assertEquals(3, third.dropped());
    }

    @Test
    void uniqueRemembersTheLast100IdsFirstInFirstOut() {
        List<Emission> hundred = IntStream.range(0, 100).mapToObj(i -> e("id" + i)).toList();
        Dedupe.Result full = Dedupe.apply("unique", "{}", hundred);
        assertEquals(100, full.kept().size());
        // one more id pushes out id0, the oldest
        Dedupe.Result pushed = Dedupe.apply("unique", full.stateJson(), List.of(e("id100")));
        assertEquals(List.of("id100"), ids(pushed));
        assertEquals(List.of(), ids(Dedupe.apply("unique", pushed.stateJson(), List.of(e("id1"), e("id99"), e("id100")))),
                "id1, id99 and id100 are still in the cache");
        Dedupe.Result zero = Dedupe.apply("unique", pushed.stateJson(), List.of(e("id0")));
        assertEquals(List.of("id0"), ids(zero), "id0 left the cache");
        // emitting id0 again pushed out the then oldest, id1
        assertEquals(List.of("id1"), ids(Dedupe.apply("unique", zero.stateJson(), List.of(e("id1")))));
        assertEquals(List.of(), ids(Dedupe.apply("unique", zero.stateJson(), List.of(e("id2")))));
    }

    @Test
    void greatestEmitsOnlyIdsLargerThanTheLargestOfEarlierRuns() {
        Dedupe.Result first = Dedupe.apply("greatest", "{}", List.of(e("5"), e("3"), e("4"), e("4")));
        assertEquals(List.of("5", "3", "4"), ids(first), "the first run has nothing cached; a repeated id once");
        Dedupe.Result second = Dedupe.apply("greatest", first.stateJson(), List.of(e("6"), e("5"), e("2"), e("10")));
        assertEquals(List.of("6", "10"), ids(second));
        assertEquals(2, second.dropped());
        Dedupe.Result third = Dedupe.apply("greatest", second.stateJson(), List.of(e("9"), e("10"), e("10.5")));
        assertEquals(List.of("10.5"), ids(third));
    }

    @Test
    void greatestComparesNumbersNotTextAndDropsIdsThatAreNotNumbers() {
        Dedupe.Result first = Dedupe.apply("greatest", "{}", List.of(e("9")));
        Dedupe.Result second = Dedupe.apply("greatest", first.stateJson(), List.of(e("10"), e("abc"), e("8")));
        assertEquals(List.of("10"), ids(second));
        assertEquals(2, second.dropped());
    }

    @Test
    void lastEmitsOnlyEventsAfterTheLastIdOfThePreviousRun() {
        Dedupe.Result first = Dedupe.apply("last", "{}", List.of(e("a"), e("b"), e("c")));
        assertEquals(List.of("a", "b", "c"), ids(first));
        Dedupe.Result second = Dedupe.apply("last", first.stateJson(), List.of(e("b"), e("c"), e("d"), e("e")));
        assertEquals(List.of("d", "e"), ids(second));
        assertEquals(2, second.dropped());
        Dedupe.Result nothingNew = Dedupe.apply("last", second.stateJson(), List.of(e("d"), e("e")));
        assertEquals(List.of(), ids(nothingNew));
        Dedupe.Result noMatch = Dedupe.apply("last", nothingNew.stateJson(), List.of(e("x"), e("y")));
        assertEquals(List.of("x", "y"), ids(noMatch), "no id matches the cached one: all are emitted");
        Dedupe.Result afterNoMatch = Dedupe.apply("last", noMatch.stateJson(), List.of(e("y"), e("z")));
        assertEquals(List.of("z"), ids(afterNoMatch));
    }

    @Test
    void eventsWithTimestampsAreOrderedOldestFirstBeforeDedupe() {
        List<Emission> newestFirst = List.of(at("c", 300), at("b", 200), at("a", 100));
        Dedupe.Result first = Dedupe.apply("last", "{}", newestFirst);
        assertEquals(List.of("a", "b", "c"), ids(first));
        Dedupe.Result second = Dedupe.apply("last", first.stateJson(), List.of(at("d", 400), at("c", 300), at("b", 200)));
        assertEquals(List.of("d"), ids(second));
        // without a ts on every event, the order of emission is kept
        List<Emission> mixed = new ArrayList<>(List.of(at("z", 900), e("y")));
        assertEquals(List.of("z", "y"), ids(Dedupe.apply(null, "{}", mixed)));
    }

    @Test
    void eventsWithoutAnIdAreNeverDropped() {
        Emission noId = new Emission("{}", null, null, null, null);
        for (String strategy : List.of("unique", "greatest", "last")) {
            Dedupe.Result r = Dedupe.apply(strategy, "{}", List.of(noId, noId));
            assertEquals(2, r.kept().size(), strategy);
        }
    }

    @Test
    void strategiesKeepEachOthersStateApart() {
        Dedupe.Result unique = Dedupe.apply("unique", "{}", List.of(e("1")));
        Dedupe.Result greatest = Dedupe.apply("greatest", unique.stateJson(), List.of(e("1")));
        assertEquals(List.of("1"), ids(greatest));
        Dedupe.Result uniqueAgain = Dedupe.apply("unique", greatest.stateJson(), List.of(e("1")));
        assertEquals(List.of(), ids(uniqueAgain));
    }
}
