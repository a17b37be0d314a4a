/**
 * The workflows API through the real server: create, read, change and redeploy, delete; YAML
 * definitions; paging of workflows and of their executions.
 */
package io.millrace.it.workflow;
