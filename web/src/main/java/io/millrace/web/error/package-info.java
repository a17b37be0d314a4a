/**
 * Exception mappers and the servlet filters that check a request's URL and headers first (the first of all,
 * {@link io.millrace.web.error.EncodedSeparators}, is declared in web.xml): every error answers JSON, client mistakes
 * get a 4xx naming the field.
 */
package io.millrace.web.error;
