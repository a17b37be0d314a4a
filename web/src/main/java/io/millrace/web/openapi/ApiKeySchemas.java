package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A user's named API keys. */
public final class ApiKeySchemas {
    private ApiKeySchemas() {
    }

    @Schema(name = "ApiKey")
    public static class ApiKey {
        @Schema(example = "ak_K0uAeeXy")
        public String id;
        @Schema(example = "u_VjHU65tV")
        public String user_id;
        @Schema(example = "ci")
        public String name;
        @Schema(nullable = true, example = "mr_AbCd…wXyZ",
                description = "the key's prefix and first and last characters, to tell keys apart; null for a key from"
                        + " before named keys until it is next used")
        public String hint;
        @Schema(nullable = true, description = "the key itself: only in the answer that created or rotated it")
        public String api_key;
        public long created_at;
        @Schema(nullable = true, description = "when the key was last used (recorded at most once a minute), or null")
        public Long last_used_at;
    }

    @Schema(name = "ApiKeyData")
    public static class ApiKeyData {
        public ApiKey data;
    }

    @Schema(name = "ApiKeyList")
    public static class ApiKeyList {
        public List<ApiKey> data;
    }

    @Schema(name = "NewApiKey")
    public static class NewApiKey {
        @Schema(required = true, minLength = 1, maxLength = 100, example = "ci")
        public String name;
    }
}
