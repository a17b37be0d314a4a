/**
 * Small building blocks shared by every layer: identifiers, JSON text, reading request fields
 * ({@link io.millrace.shared.BodyFields}), the text rules of requests ({@link io.millrace.shared.SafeText}),
 * client text as error messages quote it ({@link io.millrace.shared.Quoted}), paging, common exceptions.
 */
package io.millrace.shared;
