package io.millrace.runtime.graal.modules;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces module specifiers in the {@code import … from}, {@code export … from}, {@code import "…"} and
 * {@code import(…)} of an ES module's source. GraalJS resolves a bare specifier the same way from every module,
 * so an ES module of a package nested in the tree (npm's answer to conflicting ranges) gets the exact package
 * it would get in Node through this.
 */
final class NestedImports {

    private static final Pattern SPECIFIER = Pattern.compile(
            "(\\bfrom\\s*|\\bimport\\s*\\(?\\s*)([\"'])([^\"'\\n]+)\\2");

    private NestedImports() {
    }

    /** The source with each specifier for which {@code replacement} answers non-null replaced by that answer. */
    static String rewrite(String source, Function<String, String> replacement) {
        Matcher m = SPECIFIER.matcher(source);
        StringBuilder out = new StringBuilder(source.length());
        while (m.find()) {
            String to = replacement.apply(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(
                    to == null ? m.group() : m.group(1) + m.group(2) + to + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
