package io.millrace.application.source;

import io.millrace.application.environment.SecretBox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.millrace.shared.JsonText;
import io.millrace.domain.source.ConfiguredProps;
import io.millrace.domain.source.Source;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceSecretsTest {
    private static final String DECLARED = "[{\"name\":\"apiKey\",\"type\":\"string\",\"secret\":true},"
            + "{\"name\":\"label\",\"type\":\"string\",\"optional\":true}]";

    /** Reversible, bound to its context, and never containing the plain text. */
    private static SourceSecrets secrets() {
        SourceSecrets s = new SourceSecrets();
        s.box = new SecretBox() {
            public String seal(String plaintext, String context) {
                return Base64.getEncoder().encodeToString((context + "|" + plaintext).getBytes(StandardCharsets.UTF_8));
            }

            public String open(String sealed, String context) {
                String text = new String(Base64.getDecoder().decode(sealed), StandardCharsets.UTF_8);
                if (!text.startsWith(context + "|")) {
                    throw new IllegalStateException("sealed for another context");
                }
                return text.substring(context.length() + 1);
            }

            public String mac(String value) {
                return value;
            }
        };
        return s;
    }

    private static Source stored(SourceSecrets secrets, String id, String configuredJson) {
        ConfiguredProps.Configuration config = secrets.seal(id,
                ConfiguredProps.validate(DECLARED, JsonText.parseObject(configuredJson), ""));
        Source source = new Source(id, "o_1", "proj_1", "u_1", "s", "s", null, 0);
        source.configure("sc_1", config, 0);
        return source;
    }

    @Test
    void secretValuesAreSealedStoredMaskedShownAndOpenedForTheRuntime() {
        SourceSecrets secrets = secrets();
        Source source = stored(secrets, "dc_1", "{\"apiKey\":\"s3cret-value\",\"label\":\"plain\"}");
        assertFalse(source.propsJson().contains("s3cret-value"), source.propsJson());
        assertFalse(source.configuredPropsJson().contains("s3cret-value"), source.configuredPropsJson());
        assertEquals("{\"apiKey\":\"********\",\"label\":\"plain\"}", source.configuredPropsJson());
        assertEquals("s3cret-value", JsonText.parseObject(secrets.runtimeProps(source)).getString("apiKey"));
        assertEquals("plain", JsonText.parseObject(secrets.runtimeProps(source)).getString("label"));
    }

    @Test
    void anUpdateKeepsTheSecretWhenItIsLeftOutOrSentMaskedAndReplacesItWhenGiven() {
        SourceSecrets secrets = secrets();
        Source source = stored(secrets, "dc_1", "{\"apiKey\":\"first\",\"label\":\"a\"}");
        assertEquals("first", secrets.merged(source, JsonText.parseObject("{\"label\":\"b\"}")).getString("apiKey"));
        assertEquals("first", secrets.merged(source, JsonText.parseObject("{\"apiKey\":\"********\"}")).getString("apiKey"));
        assertEquals("second", secrets.merged(source, JsonText.parseObject("{\"apiKey\":\"second\"}")).getString("apiKey"));
        assertFalse(secrets.merged(source, JsonText.parseObject("{\"apiKey\":null}")).containsKey("apiKey"));
    }

    @Test
    void aSealedValueOpensOnlyForItsOwnSource() {
        SourceSecrets secrets = secrets();
        Source source = stored(secrets, "dc_1", "{\"apiKey\":\"k\"}");
        Source other = new Source("dc_2", "o_1", "proj_1", "u_1", "s", "s", null, 0);
        other.configure("sc_1", ConfiguredProps.validate(DECLARED, JsonText.parseObject("{\"apiKey\":\"x\"}"), "")
                .withJson(source.configuredPropsJson(), source.propsJson()), 0);
        assertThrows(IllegalStateException.class, () -> secrets.runtimeProps(other));
    }
}
