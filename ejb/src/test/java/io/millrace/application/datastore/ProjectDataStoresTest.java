package io.millrace.application.datastore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectDataStoresTest {
    @Test
    void aConfiguredValueIsAnIdOrNameOrAnObjectWithAnId() {
        assertEquals(new ProjectDataStores.Reference("ds_Ab3dE9xQ", false), ProjectDataStores.reference("\"ds_Ab3dE9xQ\""));
        assertEquals(new ProjectDataStores.Reference("customers", false), ProjectDataStores.reference("\"customers\""));
        assertEquals(new ProjectDataStores.Reference("ds_Ab3dE9xQ", true),
                ProjectDataStores.reference("{\"id\": \"ds_Ab3dE9xQ\", \"name\": \"ignored\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"\"", "\"  \"", "42", "[]", "{}", "{\"id\": 5}", "{\"name\": \"x\"}", "not json"})
    void anythingElseIsAnErrorForTheUser(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProjectDataStores.reference(value));
        assertEquals(false, e.getMessage().isBlank());
    }

    @Test
    void aMissingValueSaysNoStoreIsSelected() {
        assertEquals(true, assertThrows(IllegalArgumentException.class, () -> ProjectDataStores.reference(null))
                .getMessage().startsWith("no data store is selected"));
    }
}
