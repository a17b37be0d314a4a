/**
 * Data stores and their records through the real server: the API, TTLs and their purge, scale, and
 * stores used by steps.
 */
package io.millrace.it.datastore;
