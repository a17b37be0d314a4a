package io.millrace.web.openapi;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Administration: batch jobs, users, the mail check. */
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

    @Schema(name = "NewAdminUser", description = "Without org_id the user gets a workspace of its own")
    public static class NewAdminUser {
        @Schema(required = true, minLength = 1, maxLength = 64, pattern = "^[A-Za-z0-9_.-]+$",
                description = "letters, digits, _, . and -; unique")
        public String username;
        @Schema(nullable = true)
        public String email;
        @Schema(nullable = true, description = "the workspace to join (here the user's own input, not the common"
                + " parameter)")
        public String org_id;
        @Schema(nullable = true, enumeration = {"admin", "member"},
                description = "the role in the workspace org_id names (default member); only with org_id: without"
                        + " it the user owns its new workspace")
        public String role;
        @Schema(nullable = true, description = "whether the user is a server administrator; default false")
        public Boolean admin;
        @Schema(nullable = true, minLength = 12, maxLength = 128, description = "a password to sign in with at"
                + " /login: 12 to 128 characters, not the username or email, not a very common one; never shown again")
        public String password;
    }

    @Schema(name = "CreatedUser")
    public static class CreatedUser {
        @Schema(example = "u_aPmhl8Xy")
        public String id;
        public String username;
        @Schema(nullable = true)
        public String email;
        public String org_id;
        @Schema(nullable = true, description = "the default project of the user's new workspace; null when it joined"
                + " one")
        public String project_id;
        public boolean admin;
        @Schema(description = "the user's API key, shown only in this answer")
        public String api_key;
        @Schema(description = "epoch seconds")
        public long created_at;
    }

    @Schema(name = "CreatedUserData")
    public static class CreatedUserData {
        public CreatedUser data;
    }

    @Schema(name = "MailTest")
    public static class MailTest {
        @Schema(description = "the caller's email address the test message went to")
        public String to;
    }

    @Schema(name = "MailTestData")
    public static class MailTestData {
        public MailTest data;
    }
}
