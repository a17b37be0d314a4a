/** Jakarta Batch jobs: restartable bulk work over history (retention purge, bulk replay); thin artifacts that call application services. */
package io.millrace.batch;
