package io.millrace.application.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.millrace.domain.accounts.ConnectedAccount;
import io.millrace.domain.apps.AuthType;
import io.millrace.shared.JsonText;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountCredentialsTest {
    @Test
    void accountIdsComeFromAppPropsThatNameAnAccount() {
        assertEquals(List.of("apn_1", "apn_2"), AccountCredentials.accountIds(JsonText.parseObject(
                "{\"a\": {\"authProvisionId\": \"apn_1\"}, \"b\": \"text\", \"c\": {\"authProvisionId\": \"apn_2\"},"
                        + " \"d\": {\"authProvisionId\": 3}, \"e\": {\"authProvisionId\": \"apn_1\"}}")));
        assertTrue(AccountCredentials.accountIds(JsonText.parseObject("{}")).isEmpty());
    }

    @Test
    void aStepsHttp401IsReportedAsUnauthorized() {
        assertTrue(AccountCredentials.unauthorized("Request failed with status code 401"));
        assertFalse(AccountCredentials.unauthorized("Request failed with status code 403"));
        assertFalse(AccountCredentials.unauthorized(null));
    }

    @Test
    void aTokenIsRefreshedAMinuteBeforeItExpiresOrAQuarterOfItsLifeForShortOnes() {
        ConnectedAccount hour = new ConnectedAccount("apn_1", "o", "u", "app", "a", AuthType.OAUTH, "n", "x", 0)
                .withOAuth("aoc", 3_600_000L, null);
        assertFalse(AccountRefresh.due(hour, 3_500_000));
        assertTrue(AccountRefresh.due(hour, 3_540_000));
        ConnectedAccount short8s = new ConnectedAccount("apn_2", "o", "u", "app", "a", AuthType.OAUTH, "n", "x", 0)
                .withOAuth("aoc", 8_000L, null);
        assertFalse(AccountRefresh.due(short8s, 5_000));
        assertTrue(AccountRefresh.due(short8s, 6_000));
        ConnectedAccount keys = new ConnectedAccount("apn_3", "o", "u", "app", "a", AuthType.KEYS, "n", "x", 0);
        assertFalse(AccountRefresh.due(keys, Long.MAX_VALUE));
    }
}
