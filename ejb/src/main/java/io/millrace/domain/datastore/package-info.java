/**
 * The data store aggregate: key-value stores of a project ({@link io.millrace.domain.datastore.Store}),
 * their records with optional expiry ({@link io.millrace.domain.datastore.StoreRecord}), the rules for
 * names, keys, values and TTLs, and the repository interface.
 */
package io.millrace.domain.datastore;
