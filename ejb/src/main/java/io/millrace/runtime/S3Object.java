package io.millrace.runtime;

/**
 * One {@code $.send.s3({ bucket, prefix, payload })} of a step (seed page /workflows/data-management/destinations/s3):
 * written to the project's file store once the execution ends.
 *
 * @param bucket      the bucket: the top folder in the project's file store
 * @param prefix      the prefix inside it ("" when none)
 * @param payloadJson the JSON of the payload
 */
public record S3Object(String bucket, String prefix, String payloadJson) {
}
