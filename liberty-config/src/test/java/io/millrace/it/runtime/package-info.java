/**
 * What a code step can and cannot do in the real server: the step runtime, the sandbox, npm packages,
 * runaway allocation, the step's environment (env vars, HTTP, /tmp), the feed parser.
 */
package io.millrace.it.runtime;
