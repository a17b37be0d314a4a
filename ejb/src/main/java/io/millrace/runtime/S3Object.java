package io.millrace.runtime;

/**
 * One {@code $.send.s3({ bucket, prefix, payload })} of a step (seed page /workflows/data-management/destinations/s3):
 * written once the execution ends, to the project's file store, or to an S3-compatible endpoint when the step's
 * {@code aws} prop names a connected account.
 *
 * @param bucket      the bucket: the top folder in the project's file store, or the endpoint's bucket
 * @param prefix      the prefix inside it ("" when none)
 * @param payloadJson the JSON of the payload
 * @param account     the connected account ({@code apn_…}) whose endpoint and keys to use, or null: the file store
 */
public record S3Object(String bucket, String prefix, String payloadJson, String account) {
    /** A payload for the project's file store. */
    public S3Object(String bucket, String prefix, String payloadJson) {
        this(bucket, prefix, payloadJson, null);
    }

    /** This payload, for the endpoint of this account. */
    public S3Object withAccount(String accountId) {
        return new S3Object(bucket, prefix, payloadJson, accountId);
    }
}
