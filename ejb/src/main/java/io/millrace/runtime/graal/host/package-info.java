/**
 * The host services a step reaches through the bridge: its {@code /tmp} files ({@code HostFiles}, a
 * jail and the file operations), HTTP ({@code HostHttp}: requests, responses, failures), byte codecs,
 * digests and random bytes, RSS/Atom feeds, data stores and sends ({@code RunExtras}), and the
 * {@code EventLoop} their completions and the step's timers run on.
 *
 * <p>Values cross as strings (mostly JSON), numbers, ArrayBuffers and polyglot proxies. May use the
 * GraalVM polyglot values and proxies, the step-runtime port ({@code io.millrace.runtime}), Rome and
 * the JDK; never {@code io.millrace.runtime.graal} or its other sub-packages, which build on this one.
 */
package io.millrace.runtime.graal.host;
