package io.millrace.jms;

import io.millrace.shared.memory.OutOfMemoryAlarm;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Raises the {@link OutOfMemoryAlarm} when an {@code OutOfMemoryError} reaches a worker, then lets it go on
 * (the container rolls the message back, so it is redelivered once memory is back).
 */
public class OutOfMemoryWatch {

    @AroundInvoke
    Object watch(InvocationContext call) throws Exception {
        try {
            return call.proceed();
        } catch (Exception | Error e) {
            OutOfMemoryAlarm.check(call.getTarget().getClass().getSimpleName(), e);
            throw e;
        }
    }
}
