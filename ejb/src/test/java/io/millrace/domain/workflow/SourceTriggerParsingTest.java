package io.millrace.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.InvalidInputException;
import io.millrace.shared.JsonText;
import org.junit.jupiter.api.Test;

/** {@code {"type": "source", "source_id": …}} triggers: parsed, kept in the definition's JSON, rejected by field. */
class SourceTriggerParsingTest {
    private static WorkflowRequest parse(String triggers) {
        return DefinitionParser.parse(JsonText.parse("{\"name\":\"w\",\"triggers\":" + triggers + ",\"steps\":[]}"), null);
    }

    @Test
    void aSourceTriggerKeepsItsSourceThroughJson() {
        WorkflowDefinition d = parse("[{\"type\":\"http\"},{\"type\":\"source\",\"source_id\":\"dc_abc\"}]").definition();
        assertEquals(new TriggerSpec("source", "dc_abc"), d.triggers().get(1));
        assertEquals(1, d.httpTriggerCount());
        assertEquals(d, WorkflowDefinition.fromJson(d.toJson()));
    }

    @Test
    void badSourceTriggersNameTheField() {
        assertEquals("triggers[0].source_id", assertThrows(InvalidInputException.class,
                () -> parse("[{\"type\":\"source\"}]")).field());
        assertEquals("triggers[0].source_id", assertThrows(InvalidInputException.class,
                () -> parse("[{\"type\":\"source\",\"source_id\":\"p_x\"}]")).field());
        assertEquals("triggers[0].source_id", assertThrows(InvalidInputException.class,
                () -> parse("[{\"type\":\"http\",\"source_id\":\"dc_x\"}]")).field());
    }
}
