package io.millrace.application.identity;

import io.millrace.domain.workspace.User;

/**
 * Who an API request comes from.
 *
 * @param user     the user of the API key, or for an OAuth access token a non-admin member of its
 *                 client's workspace ({@link User#actingFor}, never stored)
 * @param viaOAuth whether the credential was an OAuth access token rather than a user API key
 */
public record Authenticated(User user, boolean viaOAuth) {
}
