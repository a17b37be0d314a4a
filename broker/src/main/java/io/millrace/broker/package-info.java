/**
 * The embedded broker's password: generated once into a file of the data directory
 * ({@code BrokerPassword}), read by the embedded broker in the application and by the Artemis resource
 * adapter through {@code DataFilePasswordCodec} (this jar is also packaged in {@code artemis.rar}).
 */
package io.millrace.broker;
