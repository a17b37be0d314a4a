package io.millrace.web.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyLimitsTest {
    private static final BodyLimits LIMITS = new BodyLimits(100, 400);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /v1/workflows                       | 400
            PUT    | /v1/workflows/p_abc                 | 400
            PUT    | /v1/workflows/p_abc/                | 400
            POST   | /v1/components                      | 400
            POST   | /v1/sources                         | 400
            PUT    | /v1/sources/dc_abc                  | 400
            GET    | /v1/workflows                       | 100
            DELETE | /v1/workflows/p_abc                 | 100
            POST   | /v1/workflows/p_abc/queue           | 100
            POST   | /v1/oauth/token                     | 100
            POST   | /v1/data_stores/ds_x/records         | 100
            PUT    | /v1/users/me                        | 100
            POST   | /v1/workflowsx                      | 100
            POST   | /e/abc                              | 100
            """)
    void definitionsHaveTheirOwnLimitAndEverythingElseTheApiLimit(String method, String path, int limit) {
        assertEquals(limit, LIMITS.of(method, path));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 0", "-1, 5"})
    void limitsAreAtLeastOneByte(int api, int definitions) {
        assertThrows(IllegalArgumentException.class, () -> new BodyLimits(api, definitions));
    }
}
