/** API-key authentication of the REST API. */
package io.millrace.web.security;
