package io.millrace.application.connect;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Sends a Connect proxy request to the app's API, under the server's egress policy, without following redirects. */
public interface ProxyTransport {
    /** The upstream request: headers already filtered and with the account's credentials. */
    record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
    }

    /** The upstream answer: its status, content type (null: none) and body. */
    record Answer(int status, String contentType, byte[] body) {
    }

    /**
     * @throws ProxyFailedException when the egress policy refuses the address, the host is unknown or unreachable,
     *                              or the API does not answer in time
     */
    Answer send(Request request);
}
