/**
 * The embedded broker's password: generated once into a file of the data directory
 * ({@code BrokerPassword}), read by the embedded broker in the application and by the Artemis resource
 * adapter through {@code DataFilePasswordCodec}. This package uses only the JDK and Artemis's
 * {@code PasswordCodec}: liberty-config copies its classes out of the ejb jar into {@code artemis.rar}.
 */
package io.millrace.infrastructure.broker;
