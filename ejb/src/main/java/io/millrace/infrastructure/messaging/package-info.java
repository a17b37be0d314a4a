/** Messaging adapters: the JMS execution queue (through the Artemis resource adapter) and the embedded broker. */
package io.millrace.infrastructure.messaging;
