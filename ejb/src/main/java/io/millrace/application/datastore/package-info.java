/** Data stores and their records, through the API and as the {@code data_store} props of steps. */
package io.millrace.application.datastore;
