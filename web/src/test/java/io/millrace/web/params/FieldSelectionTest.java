package io.millrace.web.params;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.shared.JsonText;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldSelectionTest {
    private static final JsonObject ONE = JsonText.parseObject("""
            {"data": {"id": "p_1", "name": "a", "active": true, "steps": [{"name": "s"}]}}""");
    private static final JsonObject LIST = JsonText.parseObject("""
            {"page_info": {"total_count": 2, "count": 2, "start_cursor": "x", "end_cursor": "y"},
             "data": [{"id": "p_1", "name": "a", "active": true}, {"id": "p_2", "name": "b"}, 7]}""");

    @Test
    void includeKeepsOnlyTheNamedFieldsOfAnObject() {
        JsonObject out = FieldSelection.parse(List.of("id,name"), null).apply(ONE);
        assertEquals(JsonText.parse("{\"id\": \"p_1\", \"name\": \"a\"}"), out.get("data"));
    }

    @Test
    void excludeDropsTheNamedFieldsOfEachListItemAndLeavesPageInfoAlone() {
        JsonObject out = FieldSelection.parse(null, List.of("name , active")).apply(LIST);
        assertEquals(JsonText.parse("[{\"id\": \"p_1\"}, {\"id\": \"p_2\"}, 7]"), out.get("data"));
        assertEquals(LIST.get("page_info"), out.get("page_info"));
    }

    @Test
    void unknownFieldsAreSimplyAbsent() {
        JsonObject out = FieldSelection.parse(List.of("id,nope"), List.of("also_nope")).apply(LIST);
        assertEquals(JsonText.parse("[{\"id\": \"p_1\"}, {\"id\": \"p_2\"}, 7]"), out.get("data"));
        JsonObject none = FieldSelection.parse(List.of("nope"), null).apply(ONE);
        assertEquals(JsonText.parse("{}"), none.get("data"));
    }

    @Test
    void includeThenExcludeAndRepeatedParametersAddUp() {
        FieldSelection s = FieldSelection.parse(Arrays.asList("id", "name,active", null), List.of("active"));
        assertEquals(JsonText.parse("{\"id\": \"p_1\", \"name\": \"a\"}"), s.apply(ONE).get("data"));
        FieldSelection combined = FieldSelection.parse(List.of("id"), null).and(FieldSelection.parse(null, List.of("id")));
        assertEquals(JsonText.parse("{}"), combined.apply(ONE).get("data"));
    }

    @Test
    void emptyValuesSelectEverythingAndTheEnvelopeIsReturnedAsItIs() {
        FieldSelection s = FieldSelection.parse(List.of("", " , "), List.of(""));
        assertTrue(s.selectsAll());
        assertSame(ONE, s.apply(ONE));
    }

    @Test
    void onlyTopLevelFieldsOfDataAreSelectedAndOtherBodiesAreUntouched() {
        JsonObject out = FieldSelection.parse(List.of("steps"), null).apply(ONE);
        assertEquals(JsonText.parse("{\"steps\": [{\"name\": \"s\"}]}"), out.get("data"));
        JsonObject error = JsonText.parseObject("{\"error\": {\"status\": 404, \"message\": \"x\"}}");
        assertSame(error, FieldSelection.parse(List.of("id"), null).apply(error));
    }
}
