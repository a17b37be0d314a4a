package io.millrace.application.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.domain.environment.EnvVar;
import io.millrace.domain.environment.EnvVarRepository;
import io.millrace.domain.environment.Scope;
import io.millrace.infrastructure.secrets.AesGcm;
import io.millrace.shared.Page;
import io.millrace.shared.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExecutionEnvironmentTest {
    private final AesGcm aes = new AesGcm(new byte[32]);
    private final List<EnvVar> stored = new ArrayList<>();
    private final ExecutionEnvironment environment = new ExecutionEnvironment();

    ExecutionEnvironmentTest() {
        environment.envVars = new Stored();
        environment.box = new SecretBox() {
            @Override
            public String seal(String plaintext, String context) {
                return aes.seal(plaintext, context);
            }

            @Override
            public String open(String sealed, String context) {
                return aes.open(sealed, context);
            }

            @Override
            public String mac(String value) {
                throw new UnsupportedOperationException("not used here");
            }
        };
    }

    @Test
    void projectVariablesOverrideWorkspaceOnesAndSecretsAreDecrypted() {
        add("ev_1", Scope.workspace("o_1"), "BASE", "workspace", false);
        add("ev_2", Scope.workspace("o_1"), "TOKEN", "t0k3n", true);
        add("ev_3", Scope.project("proj_1"), "BASE", "project", false);
        add("ev_4", Scope.project("proj_2"), "OTHER", "not mine", false);
        add("ev_5", Scope.workspace("o_2"), "FOREIGN", "not mine", false);

        assertEquals(Map.of("BASE", "project", "TOKEN", "t0k3n"), environment.forExecution("o_1", "proj_1"));
        assertEquals(Map.of("BASE", "workspace", "TOKEN", "t0k3n"), environment.forExecution("o_1", null));
        assertEquals(Map.of(), environment.forExecution("o_3", "proj_3"));
    }

    @Test
    void aValueThatDoesNotDecryptIsLeftOut() {
        add("ev_1", Scope.workspace("o_1"), "GOOD", "yes", true);
        stored.add(new EnvVar("ev_2", Scope.workspace("o_1"), "BAD", aes.seal("x", "ev_other"), null, true, 1));
        assertEquals(Map.of("GOOD", "yes"), environment.forExecution("o_1", null));
    }

    private void add(String id, Scope scope, String key, String value, boolean secret) {
        stored.add(new EnvVar(id, scope, key, aes.seal(value, id), null, secret, 1));
    }

    private final class Stored implements EnvVarRepository {
        @Override
        public List<EnvVar> all(Scope scope) {
            return stored.stream().filter(v -> v.scope().equals(scope)).toList();
        }

        @Override
        public Optional<EnvVar> envVar(Scope scope, String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<EnvVar> byKey(Scope scope, String key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<EnvVar> envVars(Scope scope, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void add(EnvVar envVar) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void remove(EnvVar envVar) {
            throw new UnsupportedOperationException();
        }
    }
}
