/** Data stores and their records. */
package io.millrace.web.api.datastore;
