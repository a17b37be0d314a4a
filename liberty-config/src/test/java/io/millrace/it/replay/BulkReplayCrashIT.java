package io.millrace.it.replay;

import io.millrace.it.support.Api;
import io.millrace.it.support.LibertyServer;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the server in the middle of a bulk replay (Derby): after the start the job restarts from its
 * checkpoint by itself and replays every original exactly once ({@link CrashScenario}).
 */
class BulkReplayCrashIT {
    @Test
    void aKilledReplayResumesWithNothingLostAndNothingTwice() {
        LibertyServer server = LibertyServer.itServer();
        CrashScenario.run(Api.server(), () -> {
            server.kill();
            server.start();
        });
    }
}
