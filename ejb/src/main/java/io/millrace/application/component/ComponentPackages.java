package io.millrace.application.component;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import io.millrace.domain.component.CodeFetcher;
import io.millrace.runtime.ComponentPackage;
import io.millrace.runtime.ComponentRuntime;
import io.millrace.runtime.PackageArchive;
import io.millrace.runtime.PackagePaths;
import io.millrace.runtime.PackageProblem;
import io.millrace.shared.InvalidInputException;
import io.millrace.shared.Quoted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Turns the ways a request gives a component package into its code ({@link ComponentPackage#encode()}):
 * {@code files} and {@code entry}, an {@code archive} (base64 zip or tar.gz) and {@code entry}, an {@code npm}
 * package specifier and {@code entry}, or a {@code component_url} whose relative imports are fetched from the
 * same base URL. Each package is checked: its entry exists and every relative import of a file reachable from
 * it names a file inside the package. A problem is a 400 naming the request field.
 */
@ApplicationScoped
public class ComponentPackages {
    /** The most files fetched for one {@code component_url}. */
    static final int MAX_URL_FILES = 200;

    @Inject
    CodeFetcher fetcher;
    @Inject
    ComponentRuntime runtime;

    /** {@code files: {path: code}} with {@code entry}. */
    public String fromFiles(JsonValue files, String entry) {
        if (files.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("files", "files must be an object of file paths to their code");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : ((JsonObject) files).entrySet()) {
            if (!(e.getValue() instanceof JsonString s)) {
                throw new InvalidInputException("files." + e.getKey(), "each file must be a string with its code");
            }
            texts.put(e.getKey(), s.getString());
        }
        return checked(texts, entry, "files");
    }

    /** {@code archive}: a base64 zip or tar.gz, with {@code entry}. */
    public String fromArchive(String base64, String entry) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("archive", "archive must be a zip or tar.gz file in base64");
        }
        return fromArchive(bytes, entry);
    }

    /** An archive's bytes (a zip or tar.gz, as uploaded), with {@code entry}. */
    public String fromArchive(byte[] bytes, String entry) {
        try {
            return checked(PackageArchive.fromArchive(bytes, entry, "archive"), entry, "archive");
        } catch (PackageProblem e) {
            throw invalid(e, "archive");
        }
    }

    /** {@code npm}: a package published on npm ({@code name} or {@code name@range}), with {@code entry}. */
    public String fromNpm(String specifier, String entry) {
        try {
            return checked(runtime.npmPackageFiles(specifier.trim()), entry, "npm");
        } catch (PackageProblem e) {
            throw invalid(e, "npm");
        }
    }

    /**
     * The code at {@code url}: a single module as fetched, or, when it imports relative paths, a package of it
     * and every file reachable from it, each fetched from the same base URL (Node's rules: the path as written,
     * then with .mjs, .js, .cjs, .json, then index files). Paths are those of the URLs, without the directories
     * all of them share.
     */
    public String fromUrl(String url) {
        Fetch fetch = fetcher::fetch;
        String code;
        try {
            code = fetch.get(url);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("component_url", Quoted.detail(e.getMessage()));
        }
        if (PackagePaths.scan(code).stream().noneMatch(PackagePaths::isRelative)) {
            return code;
        }
        URI base = URI.create(url.trim());
        String entry = base.getPath() == null ? null : PackagePaths.clean(base.getPath().replaceFirst("^/+", ""));
        if (entry == null) {
            throw new InvalidInputException("component_url", "component_url must name a file");
        }
        Map<String, String> files = new LinkedHashMap<>();
        files.put(entry, code);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(entry);
        while (!queue.isEmpty()) {
            String importer = queue.poll();
            if (!PackagePaths.isCode(importer) && !importer.equals(entry)) {
                continue;
            }
            for (String specifier : PackagePaths.scan(files.get(importer))) {
                if (!PackagePaths.isRelative(specifier)) {
                    continue;
                }
                String path = PackagePaths.join(importer, specifier);
                if (path == null) {
                    throw new InvalidInputException("component_url", importer + " imports '" + specifier
                            + "', a path outside the package (it climbs above the URL's root)");
                }
                if (PackagePaths.file(files, path) != null) {
                    continue;
                }
                String found = fetchFirst(base, path, files, fetch, importer, specifier);
                queue.add(found);
                if (files.size() > MAX_URL_FILES) {
                    throw new InvalidInputException("component_url", "the package at component_url imports more than "
                            + MAX_URL_FILES + " files");
                }
            }
        }
        return checked(withoutSharedDirectories(files, entry), shorten(entry, files), "component_url");
    }

    /** Fetches a URL's text; an {@link IllegalArgumentException} says why it could not. */
    @FunctionalInterface
    interface Fetch {
        String get(String url);
    }

    private static String fetchFirst(URI base, String path, Map<String, String> files, Fetch fetch, String importer,
                                     String specifier) {
        String last = null;
        for (String candidate : candidates(path)) {
            try {
                String text = fetch.get(base.resolve("/" + candidate).toString());
                files.put(candidate, text);
                return candidate;
            } catch (IllegalArgumentException e) {
                last = e.getMessage();
            }
        }
        throw new InvalidInputException("component_url", importer + " imports '" + specifier
                + "', which could not be fetched from the same base URL (" + base.resolve("/" + path) + ": " + last + ")");
    }

    private static java.util.List<String> candidates(String path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (!path.isEmpty()) {
            out.add(path);
            for (String ext : new String[] {".mjs", ".js", ".cjs", ".json"}) {
                out.add(path + ext);
            }
        }
        for (String ext : new String[] {".mjs", ".js", ".cjs"}) {
            out.add(path.isEmpty() ? "index" + ext : path + "/index" + ext);
        }
        return out;
    }

    private static Map<String, String> withoutSharedDirectories(Map<String, String> files, String entry) {
        String prefix = shared(files);
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((path, text) -> out.put(path.substring(prefix.length()), text));
        return out;
    }

    private static String shorten(String entry, Map<String, String> files) {
        return entry.substring(shared(files).length());
    }

    private static String shared(Map<String, String> files) {
        String prefix = null;
        for (String path : files.keySet()) {
            String dir = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
            if (prefix == null) {
                prefix = dir;
            }
            while (!dir.startsWith(prefix)) {
                String trimmed = prefix.substring(0, prefix.length() - 1);
                prefix = trimmed.contains("/") ? trimmed.substring(0, trimmed.lastIndexOf('/') + 1) : "";
            }
        }
        return prefix == null ? "" : prefix;
    }

    /** The package of {@code files} with {@code entry}, checked, as code. */
    private static String checked(Map<String, String> files, String entry, String field) {
        try {
            ComponentPackage pkg = ComponentPackage.of(entry, files);
            PackagePaths.reachable(pkg);
            return pkg.encode();
        } catch (PackageProblem e) {
            throw invalid(e, field);
        }
    }

    private static InvalidInputException invalid(PackageProblem e, String field) {
        return new InvalidInputException("entry".equals(e.field()) ? "entry" : field, e.getMessage());
    }
}
