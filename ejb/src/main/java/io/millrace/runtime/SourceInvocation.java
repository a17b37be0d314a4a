package io.millrace.runtime;

import java.time.Instant;
import java.util.Map;

/**
 * What a source needs for one {@link SourcePhase}.
 *
 * @param sourceId        the source's id ({@code dc_...}); also the source name used in stack traces
 * @param code            the component module source
 * @param phase           which hook to run, or {@code run}
 * @param propsJson       JSON object of the configured values of its user-input props ("{}" when none);
 *                        interface and service props need none
 * @param httpEndpointUrl the URL of its {@code $.interface.http} endpoint ({@code this.http.endpoint}), or null
 * @param eventJson       the event passed to {@code run(event)} (null for hooks): for a timer
 *                        {@code {"timestamp": <epoch s>, "interval_seconds": n}} (or {@code "cron"}), for
 *                        HTTP the request shape of the component API, for a subscription the emitted event
 * @param dbJson          JSON object of its {@code $.service.db} contents before the run, key to value ("{}")
 * @param deadline        when the run must stop
 * @param env             the environment variables it sees as {@code process.env}
 * @param dataStores      resolves the configured values of its {@code data_store} props
 * @param packages        npm packages name to exact version, as {@link ComponentInfo#packages()} gave them
 */
public record SourceInvocation(String sourceId, String code, SourcePhase phase, String propsJson,
                               String httpEndpointUrl, String eventJson, String dbJson, Instant deadline,
                               Map<String, String> env, DataStores dataStores, Map<String, String> packages) {
    public SourceInvocation {
        propsJson = propsJson == null ? "{}" : propsJson;
        dbJson = dbJson == null ? "{}" : dbJson;
        env = env == null ? Map.of() : Map.copyOf(env);
        dataStores = dataStores == null ? DataStores.NONE : dataStores;
        packages = packages == null ? Map.of() : Map.copyOf(packages);
    }

    /** Names the environment variables but never shows their values, which may be secrets. */
    @Override
    public String toString() {
        return "SourceInvocation[sourceId=" + sourceId + ", phase=" + phase + ", env=" + env.keySet() + "]";
    }
}
