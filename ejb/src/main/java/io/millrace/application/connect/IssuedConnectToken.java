package io.millrace.application.connect;

/** A Connect token just issued: the token (shown only now) and when it expires (epoch ms). */
public record IssuedConnectToken(String token, long expiresAt, String externalUserId) {
}
