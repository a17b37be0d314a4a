/**
 * Small building blocks shared by every layer: identifiers, JSON text, reading request fields
 * ({@link io.millrace.shared.BodyFields}), the text rules of requests ({@link io.millrace.shared.SafeText}),
 * client text as error messages quote it ({@link io.millrace.shared.Quoted}), paging, common exceptions, live
 * listeners by key ({@link io.millrace.shared.Listeners}), work after a transaction ended
 * ({@link io.millrace.shared.TransactionEnd}).
 */
package io.millrace.shared;
