/** Adapters to the outside: persistence (JPA), messaging (JMS, embedded Artemis), start-up, runtime wiring. */
package io.millrace.infrastructure;
