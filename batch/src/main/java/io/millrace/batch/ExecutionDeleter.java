package io.millrace.batch;

import io.millrace.domain.execution.ExecutionRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Deletes a chunk of finished executions with their step results in the chunk's transaction: two statements
 * ({@code DELETE … WHERE id IN (…)}) per chunk, so no lock is held longer than one short transaction.
 */
@Named("executionDeleter")
@Dependent
public class ExecutionDeleter extends AbstractItemWriter {
    @Inject
    ExecutionRepository executions;

    @Override
    public void writeItems(List<Object> ids) {
        executions.deleteFinished(ids.stream().map(String.class::cast).toList());
    }
}
