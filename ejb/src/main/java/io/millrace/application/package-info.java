/**
 * Application services: the use cases the web and JMS layers call (create and deploy workflows,
 * accept trigger events, run executions, read history), and the ports they need from infrastructure.
 */
package io.millrace.application;
