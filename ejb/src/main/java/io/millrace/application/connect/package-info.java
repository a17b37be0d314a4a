/**
 * Pipedream Connect's API for a project ({@code /v1/connect/{project_id}/…}): the caller's project and environment
 * ({@link ConnectScopes}), Connect tokens ({@link ConnectTokens}), external users ({@link ExternalUsers}), the app
 * catalogue and its categories as Connect lists them ({@link ConnectApps}), the
 * catalogue of components, actions and triggers ({@link ConnectComponents}, reusing
 * {@code application.component}'s configuration of props), running an action for an external user
 * ({@link ConnectActions}), triggers deployed for external users ({@link ConnectTriggers}, which are sources of the
 * project), external users' accounts ({@link ConnectAccounts}, over {@code application.accounts}), the proxy to an
 * app's API with an account's credentials ({@link ConnectProxy}, port {@link ProxyTransport}), Connect Link's
 * account connection and webhooks ({@link ConnectLink}), the project environment's webhook whose key signs them
 * ({@link ProjectWebhooks}) and the documented rate limits ({@link ConnectRateLimits}).
 * Writes go through {@link ConnectWriter}.
 */
package io.millrace.application.connect;
