/**
 * Pipedream Connect's API, {@code /v1/connect/{project_id}/…} (seed /connect/api-reference), and the parts without a
 * project: the app catalogue ({@code /v1/connect/apps}, {@code /app_categories}) and a token's check
 * ({@code /v1/connect/tokens/{ctok}/validate}): tokens, external users,
 * components, actions and triggers, deployed triggers, in the shapes the official SDK {@code @pipedream/sdk}
 * validates ({@link ConnectJson}); the environment comes from the {@code x-pd-environment} header.
 */
package io.millrace.web.api.connect;
