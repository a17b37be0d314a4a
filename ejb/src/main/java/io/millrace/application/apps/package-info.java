/**
 * The app catalogue ({@code /v1/apps}): {@link io.millrace.application.apps.AppCatalogue} (search, read, an
 * administrator's changes, apps listed by components' app props) and a workspace's own OAuth clients for apps
 * ({@link io.millrace.application.apps.AppOAuthClients}, secrets sealed through {@code SecretBox}).
 */
package io.millrace.application.apps;
