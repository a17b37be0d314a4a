package io.millrace.it.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.millrace.it.support.Api;
import io.millrace.it.support.JsCode;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Escape attempts from a code step, each through the real server: every one either fails inside the
 * step or finds nothing. A step returns "escaped" only if the attempt reached the host.
 */
class SandboxIT {
    private final Api api = Api.server();

    @ParameterizedTest
    @ValueSource(strings = {
        "return Java.type('java.lang.Runtime').getRuntime().exec('id') && 'escaped'",
        "return Polyglot.eval('js', '1') && 'escaped'",
        "return load('/etc/passwd') && 'escaped'",
        "return (await import('child_process')).execSync('id') && 'escaped'",
        "return (await import('node:net')).createConnection(22, '127.0.0.1') && 'escaped'",
        "return (await import('/etc/passwd')) && 'escaped'",
        "const fs = (await import('fs')).default; return fs.readFileSync('/etc/hostname', 'utf8') && 'escaped'",
        "const fs = (await import('fs')).default; return fs.readFileSync('/tmp/../../etc/hostname', 'utf8') && 'escaped'",
        "return (process.env.PATH || process.env.MILLRACE_ADMIN_API_KEY || process.env.HOME) ? 'escaped' : 'nothing'",
        "return typeof Packages !== 'undefined' || typeof java !== 'undefined' || typeof Graal === 'object' && Graal.versionECMAScript === undefined ? 'escaped' : 'nothing'",
        "return new Function('return this')().Java ? 'escaped' : 'nothing'",
        "return (await fetch('file:///etc/passwd')) && 'escaped'",
    })
    void theAttemptFailsOrFindsNothing(String body) {
        String code = "export default defineComponent({ async run() { " + body + " } })";
        JsonObject wf = api.createHttpWorkflow("escape", JsCode.steps(JsCode.step("escape", code)));
        JsonObject ex = api.runOnce(wf);
        JsonObject step = ex.getJsonArray("steps").getJsonObject(0);
        if (ex.getString("status").equals("success")) {
            assertEquals("nothing", step.getString("$return_value"), body);
        } else {
            assertEquals("error", ex.getString("status"), body);
        }
    }
}
