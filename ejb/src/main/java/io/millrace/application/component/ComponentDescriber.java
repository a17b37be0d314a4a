package io.millrace.application.component;

import io.millrace.domain.component.Component;
import io.millrace.runtime.ComponentInfo;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.StepSyntaxException;
import io.millrace.shared.InvalidInputException;
import io.millrace.runtime.ComponentPackage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.millrace.shared.Jsonp;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Asks the component runtime what a component's code declares; invalid code is a 400 naming line and column. */
@ApplicationScoped
public class ComponentDescriber {
    /** The largest component code accepted, in bytes (UTF-8). */
    public static final int MAX_CODE_BYTES = 1024 * 1024;

    @Inject
    ComponentRuntime runtime;

    /**
     * @param field the request field the code came from, for errors
     * @throws InvalidInputException when the code is too large, does not parse, or declares something invalid
     */
    public Component.Declaration describe(String code, String field) {
        if (code.isBlank()) {
            throw new InvalidInputException(field, field + " is empty");
        }
        if (!ComponentPackage.isPackage(code) && code.getBytes(StandardCharsets.UTF_8).length > MAX_CODE_BYTES) {
            throw new InvalidInputException(field, "the component code is larger than " + MAX_CODE_BYTES + " bytes");
        }
        ComponentInfo info;
        try {
            info = runtime.describe(code);
        } catch (StepSyntaxException e) {
            String where = e.line() > 0 ? " at line " + e.line() + ", column " + e.column() : "";
            throw new InvalidInputException(field, "invalid component" + where + ": " + e.getMessage());
        }
        JsonObjectBuilder packages = Jsonp.createObjectBuilder();
        info.packages().forEach(packages::add);
        return new Component.Declaration(info.key(), info.name(), info.type(), info.version(), info.description(),
                info.dedupe(), info.configurablePropsJson(), info.hooks(), packages.build().toString());
    }

    /** The SHA-256 of the code (UTF-8), in lower-case hex: the API's {@code code_hash}. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
