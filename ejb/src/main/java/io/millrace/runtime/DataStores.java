package io.millrace.runtime;

/**
 * Finds the data stores that {@code data_store} props name. A prop's configured value is a data
 * store's id ({@code ds_...}), its name, or {@code {"id": "ds_..."}}, within the project of the
 * workflow or source that runs.
 */
public interface DataStores {

    /**
     * The data store that {@code configuredValueJson} (the prop's configured value, as JSON) names.
     *
     * @throws IllegalArgumentException with a message for the user when it names none
     */
    DataStore open(String configuredValueJson);

    /** No data stores: every {@link #open} fails. */
    DataStores NONE = value -> {
        throw new IllegalArgumentException("data stores are not available here");
    };
}
