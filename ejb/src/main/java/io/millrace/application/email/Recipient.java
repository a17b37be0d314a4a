package io.millrace.application.email;

import io.millrace.application.intake.TriggerTarget;

/**
 * A recipient address that belongs to an active workflow's email trigger.
 *
 * @param address the address as sent, with its {@code +data}
 * @param data    what followed the {@code +}, or null
 * @param target  the workflow, its deployment and the trigger's id as emitter
 */
public record Recipient(String address, String data, TriggerTarget target) {
}
