/**
 * Environment variables of workspaces and projects ({@code process.env} of steps), sealed at rest through
 * the {@code SecretBox} port.
 */
package io.millrace.application.environment;
