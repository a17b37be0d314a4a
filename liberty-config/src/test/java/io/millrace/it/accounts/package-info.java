/** The app catalogue and connected accounts (key-based and OAuth against a real Keycloak) through the real server. */
package io.millrace.it.accounts;
