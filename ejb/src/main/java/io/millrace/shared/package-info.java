/**
 * Small building blocks shared by every layer: identifiers, JSON text, reading request fields
 * ({@link io.millrace.shared.BodyFields}), paging, common exceptions.
 */
package io.millrace.shared;
