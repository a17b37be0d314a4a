/**
 * The workflow error stream ({@code $errors}): one {@link io.millrace.domain.errors.ErrorEvent} per event on
 * which a workflow failed, with the original event and context and the error, identified by
 * time-ordered {@code <epoch ms>-<sequence>} ids.
 */
package io.millrace.domain.errors;
