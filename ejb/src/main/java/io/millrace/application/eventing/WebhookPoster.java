package io.millrace.application.eventing;

import java.util.Map;

/**
 * Makes the HTTP call of a webhook attempt: a POST with a 10 s connect and 30 s answer timeout that does
 * not follow redirects, to an address the server's egress policy allows. Implemented in infrastructure.
 */
public interface WebhookPoster {

    /**
     * POSTs {@code body} to {@code url} with {@code headers}.
     *
     * @return null when the webhook answered 2xx, otherwise why the attempt failed (such as {@code HTTP 500}
     * or {@code ConnectException: …}, or the egress policy's refusal: {@code refused by the egress policy: …})
     */
    String post(String url, Map<String, String> headers, String body);
}
