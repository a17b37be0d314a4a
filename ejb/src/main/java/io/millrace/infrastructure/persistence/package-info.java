/** JPA (EclipseLink) implementations of the domain repositories. */
package io.millrace.infrastructure.persistence;
