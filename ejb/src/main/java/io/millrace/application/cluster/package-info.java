/**
 * Server nodes that share one database and one broker (docs/cluster.md): what one node must tell the others,
 * as small notes on a broker topic. {@code NodeNotes} is the port (a JMS topic in
 * {@code infrastructure.messaging}); {@code NoteBoard} hands a note from another node to the feature that
 * reads its kind ({@code NoteReader}). Features use this package; it uses none of them.
 */
package io.millrace.application.cluster;
