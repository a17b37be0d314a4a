/**
 * The data store aggregate: key-value stores of a project ({@link io.millrace.datastore.Store}),
 * their records with optional expiry ({@link io.millrace.datastore.StoreRecord}), the rules for
 * names, keys, values and TTLs, and the repository interface.
 */
package io.millrace.datastore;
