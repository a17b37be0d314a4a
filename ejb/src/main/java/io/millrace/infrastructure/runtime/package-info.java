/** Wires the GraalJS step runtime into CDI. */
package io.millrace.infrastructure.runtime;
