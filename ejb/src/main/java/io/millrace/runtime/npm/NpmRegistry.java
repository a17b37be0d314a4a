package io.millrace.runtime.npm;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.millrace.shared.http.RenewableHttpClient;

/**
 * Reads package metadata ("packuments") and tarballs from an npm registry ({@code GET {base}/{name}}).
 * Packuments are cached in memory for {@link #PACKUMENT_TTL}. Thread-safe.
 */
public final class NpmRegistry {

    public static final String DEFAULT_BASE = "https://registry.npmjs.org";
    public static final Duration PACKUMENT_TTL = Duration.ofMinutes(5);
    static final long MAX_TARBALL_BYTES = 64L * 1024 * 1024;

    /** One published version of a package, with what the resolver and loader need. */
    public record Version(String name, String version, String tarball, Map<String, String> dependencies,
                          boolean gypfile, Map<String, Object> manifest) {
    }

    /** A package's versions and dist-tags. */
    public record Packument(String name, Map<String, Version> versions, Map<String, String> distTags) {
    }

    private record Cached(Packument packument, long at) {
    }

    private final String base;
    private final RenewableHttpClient client;
    private final Duration timeout;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public NpmRegistry() {
        this(DEFAULT_BASE);
    }

    public NpmRegistry(String base) {
        this(base, Duration.ofSeconds(30));
    }

    public NpmRegistry(String base, Duration timeout) {
        String b = Objects.requireNonNull(base, "base");
        this.base = b.endsWith("/") ? b.substring(0, b.length() - 1) : b;
        this.timeout = timeout;
        this.client = new RenewableHttpClient("npm registry", () -> HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    public String base() {
        return base;
    }

    /** The package's metadata; a {@link PackageException} when the registry does not know it. */
    public Packument packument(String name) {
        Cached cached = cache.get(name);
        if (cached != null && System.currentTimeMillis() - cached.at() < PACKUMENT_TTL.toMillis()) {
            return cached.packument();
        }
        String path = name.startsWith("@") ? "@" + URLEncoder.encode(name.substring(1), StandardCharsets.UTF_8)
                : URLEncoder.encode(name, StandardCharsets.UTF_8);
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString(), timeout.plusSeconds(15));
        } catch (IOException e) {
            throw new PackageException(name, "the npm registry could not be reached for package '" + name + "': " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackageException(name, "interrupted while fetching package '" + name + "'", e);
        }
        if (response.statusCode() == 404) {
            throw new PackageException(name, "npm package '" + name + "' was not found in the registry");
        }
        if (response.statusCode() / 100 != 2) {
            throw new PackageException(name, "the npm registry answered " + response.statusCode() + " for package '" + name + "'");
        }
        Packument packument = parse(name, response.body());
        cache.put(name, new Cached(packument, System.currentTimeMillis()));
        return packument;
    }

    /** The tarball's bytes (at most {@link #MAX_TARBALL_BYTES}). */
    public byte[] tarball(String name, String url) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .GET().build(), HttpResponse.BodyHandlers.ofInputStream(), timeout.plusSeconds(15));
            try (InputStream in = response.body()) {
                if (response.statusCode() / 100 != 2) {
                    throw new PackageException(name, "downloading " + url + " failed with " + response.statusCode());
                }
                byte[] bytes = in.readNBytes((int) MAX_TARBALL_BYTES + 1);
                if (bytes.length > MAX_TARBALL_BYTES) {
                    throw new PackageException(name, "package '" + name + "' is too large");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new PackageException(name, "downloading package '" + name + "' failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PackageException(name, "interrupted while downloading package '" + name + "'", e);
        }
    }

    static Packument parse(String name, String json) {
        Map<String, Object> root = JsonReader.object(JsonReader.parse(json));
        Map<String, String> tags = new LinkedHashMap<>();
        JsonReader.object(root.get("dist-tags")).forEach((k, v) -> {
            if (v instanceof String s) {
                tags.put(k, s);
            }
        });
        Map<String, Version> versions = new LinkedHashMap<>();
        JsonReader.object(root.get("versions")).forEach((v, value) -> {
            Map<String, Object> manifest = JsonReader.object(value);
            Map<String, String> deps = new LinkedHashMap<>();
            JsonReader.object(manifest.get("dependencies")).forEach((k, r) -> deps.put(k, r instanceof String s ? s : "*"));
            versions.put(v, new Version(name, v, JsonReader.string(JsonReader.object(manifest.get("dist")).get("tarball")),
                    Map.copyOf(deps), Boolean.TRUE.equals(manifest.get("gypfile")), manifest));
        });
        return new Packument(name, versions, tags);
    }

    static List<String> keys(Map<String, ?> map) {
        return List.copyOf(map.keySet());
    }
}
