package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OAuth clients of a workspace and the client-credentials token endpoints. */
public final class OAuthSchemas {
    private OAuthSchemas() {
    }

    @Schema(name = "OAuthClient")
    public static class OAuthClient {
        @Schema(example = "oa_K0uAeeXy")
        public String client_id;
        public String name;
        public String org_id;
        @Schema(nullable = true, description = "only in the answer that created the client or rotated its secret")
        public String client_secret;
        public long created_at;
        public long updated_at;
    }

    @Schema(name = "OAuthClientData")
    public static class OAuthClientData {
        public OAuthClient data;
    }

    @Schema(name = "OAuthClientList")
    public static class OAuthClientList {
        public CommonSchemas.PageInfo page_info;
        public List<OAuthClient> data;
    }

    @Schema(name = "NewOAuthClient")
    public static class NewOAuthClient {
        @Schema(required = true)
        public String name;
    }

    @Schema(name = "TokenRequest", description = "Also accepted as application/x-www-form-urlencoded")
    public static class TokenRequest {
        @Schema(required = true, enumeration = "client_credentials")
        public String grant_type;
        @Schema(required = true)
        public String client_id;
        @Schema(required = true)
        public String client_secret;
    }

    @Schema(name = "AccessToken")
    public static class AccessToken {
        public String access_token;
        @Schema(enumeration = "Bearer")
        public String token_type;
        @Schema(description = "seconds", example = "3600")
        public long expires_in;
        @Schema(description = "epoch seconds")
        public long created_at;
    }

    @Schema(name = "RevokeRequest", description = "Also accepted as application/x-www-form-urlencoded")
    public static class RevokeRequest {
        @Schema(required = true)
        public String token;
        @Schema(required = true)
        public String client_id;
        @Schema(required = true)
        public String client_secret;
    }

    @Schema(name = "Empty", description = "{}")
    public static class Empty {
    }
}
