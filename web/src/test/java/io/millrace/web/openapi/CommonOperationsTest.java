package io.millrace.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

class CommonOperationsTest {
    @Test
    void theScopePlaceholderBecomesTheSingularOfThePathsFirstSegment() {
        assertEquals("listWorkspaceEnvVars", named("/v1/workspaces/{id}/env_vars", "list{scope}EnvVars"));
        assertEquals("getProjectEnvVar", named("/v1/projects/{id}/env_vars/{env_var_id}", "get{scope}EnvVar"));
        assertEquals("listWorkflows", named("/v1/workflows", "listWorkflows"));
    }

    /** The operation id after {@link CommonOperations#nameScope}, on a minimal stand-in for the model. */
    private static String named(String path, String operationId) {
        Map<String, Object> state = new HashMap<>(Map.of("id", operationId));
        Operation op = (Operation) Proxy.newProxyInstance(Operation.class.getClassLoader(),
                new Class<?>[] {Operation.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getOperationId" -> state.get("id");
                    case "setOperationId" -> state.put("id", args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        CommonOperations.nameScope(path, op);
        return op.getOperationId();
    }
}
