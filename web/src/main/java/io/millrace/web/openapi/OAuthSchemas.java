package io.millrace.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OAuth clients of a workspace and the client-credentials token endpoints. */
public final class OAuthSchemas {
    private OAuthSchemas() {
    }

    @Schema(name = "OAuthClient")
    public record OAuthClient(
            @Schema(example = "oa_K0uAeeXy") String client_id,
            String name,
            String org_id,
            @Schema(nullable = true, description = "only in the answer that created the client or rotated its secret")
            String client_secret,
            long created_at,
            long updated_at) {
    }

    @Schema(name = "OAuthClientData")
    public record OAuthClientData(OAuthClient data) {
    }

    @Schema(name = "OAuthClientList")
    public record OAuthClientList(CommonSchemas.PageInfo page_info, List<OAuthClient> data) {
    }

    @Schema(name = "NewOAuthClient")
    public record NewOAuthClient(@Schema(required = true) String name) {
    }

    @Schema(name = "TokenRequest", description = "Also accepted as application/x-www-form-urlencoded")
    public record TokenRequest(
            @Schema(required = true, enumeration = "client_credentials") String grant_type,
            @Schema(required = true) String client_id,
            @Schema(required = true) String client_secret) {
    }

    @Schema(name = "AccessToken")
    public record AccessToken(
            String access_token,
            @Schema(enumeration = "Bearer") String token_type,
            @Schema(description = "seconds", example = "3600") long expires_in,
            @Schema(description = "epoch seconds") long created_at) {
    }

    @Schema(name = "RevokeRequest", description = "Also accepted as application/x-www-form-urlencoded")
    public record RevokeRequest(
            @Schema(required = true) String token,
            @Schema(required = true) String client_id,
            @Schema(required = true) String client_secret) {
    }

    @Schema(name = "Empty", description = "{}")
    public record Empty() {
    }
}
