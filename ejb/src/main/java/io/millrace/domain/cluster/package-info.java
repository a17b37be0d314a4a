/**
 * Claims that server nodes sharing one database take so that work meant to run once runs on one node at a time:
 * {@code NodeClaim} (MR_NODE_CLAIM: a name, the node holding it, until when) and its repository port.
 */
package io.millrace.domain.cluster;
