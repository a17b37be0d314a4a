/** What happens when the server starts: seeding an empty database; and how far the start has gone (readiness). */
package io.millrace.infrastructure.bootstrap;
