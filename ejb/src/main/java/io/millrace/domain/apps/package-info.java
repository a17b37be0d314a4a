/**
 * The app catalogue: apps ({@link io.millrace.domain.apps.App}, MR_APP) with their auth type, OAuth endpoints,
 * scopes and custom fields, listed by administrators or by the app props of component packages; a workspace's
 * own OAuth client for an app ({@link io.millrace.domain.apps.AppOAuthClient}, its secret sealed); port
 * {@link io.millrace.domain.apps.AppRepository}.
 */
package io.millrace.domain.apps;
