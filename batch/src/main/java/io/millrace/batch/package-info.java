/** Jakarta Batch jobs: restartable bulk work over history (retention purge). */
package io.millrace.batch;
