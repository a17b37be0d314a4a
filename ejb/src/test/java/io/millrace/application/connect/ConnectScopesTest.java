package io.millrace.application.connect;

import io.millrace.domain.connect.ConnectEnvironment;
import io.millrace.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConnectScopesTest {
    @Test
    void theEnvironmentHeaderIsDevelopmentOrProductionAndDefaultsToProduction() {
        assertEquals(ConnectEnvironment.PRODUCTION, ConnectScopes.environment(null));
        assertEquals(ConnectEnvironment.PRODUCTION, ConnectScopes.environment(" "));
        assertEquals(ConnectEnvironment.DEVELOPMENT, ConnectScopes.environment("development"));
        assertEquals(ConnectEnvironment.PRODUCTION, ConnectScopes.environment("Production"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ConnectScopes.environment("staging"));
        assertEquals("x-pd-environment", e.field());
    }

    @Test
    void externalUserIdsAreOneTo250CharactersWithoutControls() {
        assertEquals("u-1", ExternalUsers.checked("u-1", "external_user_id"));
        assertEquals("x".repeat(250), ExternalUsers.checked("x".repeat(250), "f"));
        assertThrows(InvalidInputException.class, () -> ExternalUsers.checked("x".repeat(251), "f"));
        assertThrows(InvalidInputException.class, () -> ExternalUsers.checked("", "f"));
        assertThrows(InvalidInputException.class, () -> ExternalUsers.checked("a\nb", "f"));
    }
}
