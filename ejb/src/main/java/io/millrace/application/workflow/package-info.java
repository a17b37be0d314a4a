/** Creating, deploying, reading and deleting workflows, and reading what they emitted. */
package io.millrace.application.workflow;
