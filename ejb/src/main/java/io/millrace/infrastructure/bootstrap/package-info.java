/** What happens when the server starts: seeding an empty database. */
package io.millrace.infrastructure.bootstrap;
