/**
 * Pipedream Connect: the external users of a project's environment ({@link ExternalUser}, MR_CONNECT_USER), the
 * short-lived Connect tokens issued for them ({@link ConnectToken}, stored as their SHA-256), the triggers deployed
 * for them ({@link ConnectTrigger}: a source of the project with its owner and listeners); port
 * {@link ConnectRepository}.
 */
package io.millrace.domain.connect;
