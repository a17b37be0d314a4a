package io.millrace.application.identity;

/** A new access token in clear (only this once), its lifetime and creation time (epoch ms). */
public record IssuedToken(String accessToken, long expiresInSeconds, long createdAt) {
}
