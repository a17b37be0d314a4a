/** Project archives: a project's workflows, sources, data store names and env var names as one document, exported and imported. */
package io.millrace.application.transfer;
