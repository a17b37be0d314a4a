package io.millrace.application.scim;

/** The identity provider calling {@code /scim/v2}: the workspace its token belongs to, and the token. */
public record ScimClient(String workspaceId, String tokenId, String tokenName) {
}
