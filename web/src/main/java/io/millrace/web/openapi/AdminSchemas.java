package io.millrace.web.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Administration: batch jobs. */
public final class AdminSchemas {
    private AdminSchemas() {
    }

    @Schema(name = "Job")
    public static class Job {
        public long id;
        @Schema(description = "Jakarta Batch status, e.g. STARTING, COMPLETED")
        public String status;
    }

    @Schema(name = "JobData")
    public static class JobData {
        public Job data;
    }
}
