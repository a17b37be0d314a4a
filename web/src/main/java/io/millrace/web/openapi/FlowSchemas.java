package io.millrace.web.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resume and cancel URLs of {@code $.flow.delay}. */
public final class FlowSchemas {
    private FlowSchemas() {
    }

    @Schema(name = "FlowResult")
    public static class FlowResult {
        @Schema(description = "the execution id")
        public String id;
        @Schema(enumeration = {"resumed", "cancelled"})
        public String status;
    }

    @Schema(name = "FlowResultData")
    public static class FlowResultData {
        public FlowResult data;
    }
}
