/**
 * Event sources: deploying source components, running their hooks and {@code run(event)} one at a time
 * (a lease in the source's row), recording what they emit, their HTTP intake and live event feed; the
 * source-queue port {@code SourceQueue}.
 */
package io.millrace.application.source;
