package io.millrace.batch;

import io.millrace.domain.execution.ExecutionRepository;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Deletes a chunk of executions with their step results, in the chunk's transaction. */
@Named("executionDeleter")
@Dependent
public class ExecutionDeleter extends AbstractItemWriter {
    @Inject
    ExecutionRepository executions;

    @Override
    public void writeItems(List<Object> ids) {
        ids.forEach(id -> executions.delete((String) id));
    }
}
