/**
 * Small building blocks shared by every layer: identifiers, JSON text, reading request fields
 * ({@link io.millrace.shared.BodyFields}), the text rules of requests ({@link io.millrace.shared.SafeText}),
 * paging, common exceptions.
 */
package io.millrace.shared;
