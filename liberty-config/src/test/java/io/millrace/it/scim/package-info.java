/** SCIM 2.0 provisioning through HTTP, as Okta and Entra ID drive it. */
package io.millrace.it.scim;
