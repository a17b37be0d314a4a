/**
 * Pipedream Connect's API, {@code /v1/connect/{project_id}/…} (seed /connect/api-reference): tokens, external users,
 * components, actions and triggers, deployed triggers, in the shapes the official SDK {@code @pipedream/sdk}
 * validates ({@link ConnectJson}); the environment comes from the {@code x-pd-environment} header.
 */
package io.millrace.web.api.connect;
