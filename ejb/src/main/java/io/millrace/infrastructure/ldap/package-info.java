/**
 * The LDAP directory adapter ({@code application.signin.Directory}) on the UnboundID LDAP SDK: finds the
 * person with the user filter (values escaped, RFC 4515), binds as them with their password, and reads
 * their groups from {@code memberOf} or a group search.
 */
package io.millrace.infrastructure.ldap;
