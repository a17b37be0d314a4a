/** Server-wide settings the adapters share, such as where the server keeps its files. */
package io.millrace.infrastructure.config;
