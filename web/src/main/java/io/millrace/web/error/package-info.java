/** Exception mappers: every error answers JSON, client mistakes get a 4xx naming the field. */
package io.millrace.web.error;
