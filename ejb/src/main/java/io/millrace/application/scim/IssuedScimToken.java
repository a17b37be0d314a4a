package io.millrace.application.scim;

import io.millrace.domain.scim.ScimToken;

/** A new SCIM token and its secret, shown only this once. */
public record IssuedScimToken(ScimToken token, String secret) {
}
