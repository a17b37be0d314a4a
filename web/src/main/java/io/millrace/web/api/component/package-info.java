/** {@code /v1/components}: saved and registry components. */
package io.millrace.web.api.component;
