/** Integration tests of projects: their API, folders and access control on every endpoint. */
package io.millrace.it.project;
