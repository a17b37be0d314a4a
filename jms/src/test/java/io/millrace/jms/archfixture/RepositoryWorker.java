package io.millrace.jms.archfixture;

import io.millrace.domain.execution.ExecutionRepository;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Breaks the worker rule on purpose (WorkerArchitectureTest): an MDB that does the work itself. */
@MessageDriven
public class RepositoryWorker implements MessageListener {
    @Inject
    ExecutionRepository executions;

    @Override
    public void onMessage(Message message) {
        try {
            executions.execution(message.getBody(String.class));
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }
}
