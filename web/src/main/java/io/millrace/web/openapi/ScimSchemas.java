package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of a workspace's SCIM tokens (documentation only). */
public final class ScimSchemas {
    private ScimSchemas() {
    }

    @Schema(name = "ScimToken")
    public static class ScimToken {
        @Schema(example = "scimt_K0uAeeXy")
        public String id;
        @Schema(example = "Okta")
        public String name;
        @Schema(example = "scim_AbCd…wXyZ", description = "the token's prefix and first and last characters")
        public String hint;
        @Schema(description = "creation time, epoch milliseconds")
        public long created_at;
        @Schema(nullable = true, description = "the bearer token for /scim/v2, only in the answer that creates it")
        public String token;
    }

    @Schema(name = "ScimTokenData")
    public static class ScimTokenData {
        public ScimToken data;
    }

    @Schema(name = "ScimTokenList")
    public static class ScimTokenList {
        public List<ScimToken> data;
    }

    @Schema(name = "NewScimToken")
    public static class NewScimToken {
        @Schema(required = true, minLength = 1, maxLength = 100, example = "Okta")
        public String name;
    }
}
