/**
 * The egress policy: which addresses the HTTP requests of user code (steps' and sources' {@code fetch},
 * axios, {@code $.send.http}) and webhooks may reach. Internal addresses (loopback, private, link-local,
 * unique-local, shared, unspecified, multicast and reserved ranges, IPv4 embedded in IPv6 included) and
 * the server's own ports are refused unless the allow-list ({@code millrace.egress.allow}) names them.
 * {@link io.millrace.shared.egress.EgressGuard} applies the policy to a URL after DNS resolution and
 * gives the address to connect to, so that the connection goes where the check was made. Plain Java
 * ({@code java.net}) only, for every adapter that sends requests.
 */
package io.millrace.shared.egress;
