/** Small building blocks shared by every layer: identifiers, JSON text, paging, common exceptions. */
package io.millrace.shared;
