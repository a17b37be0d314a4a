/**
 * Pipedream Connect through the real server: the official SDK {@code @pipedream/sdk} run by Node
 * ({@link ConnectSdkIT}, its script in {@code src/test/node/connect-sdk}), errors and authorization of
 * {@code /v1/connect/{project_id}/…} ({@link ConnectApiIT}).
 */
package io.millrace.it.connect;
