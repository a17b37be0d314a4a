package io.millrace.runtime.graal;

import java.io.IOException;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

import io.millrace.runtime.graal.modules.Packages;

/** The bridge functions of bootstrap.js's CommonJS {@code require} of npm packages: pkgResolve and pkgLoad. */
final class RequireBridge {

    private RequireBridge() {
    }

    /** {@code pkgResolve(dir, id)}: what require(id) from dir loads ("builtin:name", a package file, or null). */
    static Object resolve(Packages packages, Value[] args) {
        try {
            return packages.resolveRequire(args[0].isNull() ? null : args[0].asString(), args[1].asString());
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * {@code pkgLoad(path)}: a package's CommonJS file compiled, in the current context, as a
     * function(exports, require, module, __filename, __dirname), or a JSON file's text.
     */
    static Object load(Packages packages, Value[] args) {
        String path = args[0].asString();
        String text;
        try {
            text = packages.read(path);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot find module '" + path + "'");
        }
        if (path.endsWith(".json")) {
            return text;
        }
        try {
            if (packages.isEsModule(path)) {
                throw new IllegalArgumentException("require() of the ES module '" + path + "' is not supported here:"
                        + " import it instead (CommonJS files of a component package may require its ES modules"
                        + " only by a literal relative path)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot find module '" + path + "'");
        }
        if (text.startsWith("#!")) {
            text = "//" + text;
        }
        return Context.getCurrent().eval(Source.newBuilder(Sandbox.LANGUAGE,
                "(function (exports, require, module, __filename, __dirname) {" + text + "\n})", path).buildLiteral());
    }
}
