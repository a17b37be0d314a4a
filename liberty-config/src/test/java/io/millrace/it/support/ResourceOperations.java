package io.millrace.it.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.Index;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.MethodInfo;

/**
 * Every JAX-RS operation of the deployed application, as {@code "GET /v1/workflows/{id}"}, read from the
 * class files of the web module inside the EAR the test server runs (Jandex reads the annotations
 * without loading the classes). New resources are found without anyone listing them.
 */
public final class ResourceOperations {
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final DotName PRODUCES = DotName.createSimple("jakarta.ws.rs.Produces");
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    /** Parameters with one of these annotations are not the request body. */
    private static final Set<DotName> NOT_BODY = Set.of("PathParam", "QueryParam", "HeaderParam", "CookieParam",
            "MatrixParam", "FormParam", "BeanParam", "core.Context").stream()
            .map(n -> DotName.createSimple("jakarta.ws.rs." + n)).collect(java.util.stream.Collectors.toSet());

    private ResourceOperations() {
    }

    /** The operations whose path starts with {@code prefix}. */
    public static Set<String> deployed(String prefix) {
        return deployedWithBodies(prefix).keySet();
    }

    /** The operations whose path starts with {@code prefix}, each with whether its method takes a request body. */
    public static Map<String, Boolean> deployedWithBodies(String prefix) {
        return scan(prefix, (resource, m) -> takesBody(m));
    }

    /**
     * The operations whose path starts with {@code prefix}, each with the media types it produces: its
     * method's {@code @Produces}, else its class's, else none.
     */
    public static Map<String, Set<String>> deployedProducing(String prefix) {
        return scan(prefix, (resource, m) -> {
            AnnotationInstance produces = m.declaredAnnotation(PRODUCES);
            if (produces == null) {
                produces = resource.declaredAnnotation(PRODUCES);
            }
            return produces == null || produces.value() == null ? Set.of() : Set.of(produces.value().asStringArray());
        });
    }

    /** "METHOD /path" → what {@code about} says of the resource class and method, for the operations under {@code prefix}. */
    private static <T> Map<String, T> scan(String prefix, BiFunction<ClassInfo, MethodInfo, T> about) {
        Index index = indexWebModule();
        Map<String, T> ops = new TreeMap<>();
        for (AnnotationInstance path : index.getAnnotations(PATH)) {
            if (path.target().kind() != AnnotationTarget.Kind.CLASS) {
                continue;
            }
            ClassInfo resource = path.target().asClass();
            for (ClassInfo c = resource; c != null; c = c.superName() == null ? null : index.getClassByName(c.superName())) {
                for (MethodInfo m : c.methods()) {
                    for (String http : METHODS) {
                        if (m.declaredAnnotation(DotName.createSimple("jakarta.ws.rs." + http)) != null) {
                            AnnotationInstance sub = m.declaredAnnotation(PATH);
                            String full = normalize("/" + path.value().asString() + (sub == null ? "" : "/" + sub.value().asString()));
                            if (full.startsWith(prefix)) {
                                ops.put(http + " " + full, about.apply(resource, m));
                            }
                        }
                    }
                }
            }
        }
        return ops;
    }

    /** Whether a parameter of the method is the entity (has no JAX-RS parameter annotation). */
    private static boolean takesBody(MethodInfo m) {
        for (int i = 0; i < m.parametersCount(); i++) {
            int position = i;
            boolean annotated = m.annotations().stream().anyMatch(a -> NOT_BODY.contains(a.name())
                    && a.target().kind() == AnnotationTarget.Kind.METHOD_PARAMETER
                    && a.target().asMethodParameter().position() == position);
            if (!annotated) {
                return true;
            }
        }
        return false;
    }

    /** {@code {name: regex}} becomes {@code {name}}; no double or trailing slashes. */
    public static String normalize(String path) {
        String p = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    private static Index indexWebModule() {
        Path ear = Path.of(System.getProperty("millrace.it.wlp.dir"), "usr", "servers",
                System.getProperty("millrace.it.server"), "apps", "millrace-ear.ear");
        Indexer indexer = new Indexer();
        try (ZipFile zip = new ZipFile(ear.toFile())) {
            ZipEntry war = zip.getEntry("millrace-web.war");
            if (war == null) {
                throw new AssertionError("no millrace-web.war in " + ear);
            }
            try (ZipInputStream classes = new ZipInputStream(zip.getInputStream(war))) {
                for (ZipEntry e; (e = classes.getNextEntry()) != null; ) {
                    if (e.getName().startsWith("WEB-INF/classes/") && e.getName().endsWith(".class")) {
                        indexer.index(new ByteArrayInputStream(readAll(classes)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return indexer.complete();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
