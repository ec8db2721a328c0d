package io.jplr.agent.replica;

import java.net.http.HttpClient;

/**
 * What the application's calls to {@code HttpClient.newHttpClient()} and {@code HttpClient.newBuilder()}
 * become in a replica. The client runs its own selector and executor threads, whose calls the replicas
 * make in different orders; rather than diverge or hang, a replica refuses it with a clear error.
 * (It lives in the agent, not the bootstrap jar: java.net.http is not a boot module.)
 */
public final class HttpClientRefusal {
    private HttpClientRefusal() {
    }

    public static HttpClient newHttpClient() {
        throw refusal();
    }

    public static HttpClient.Builder newBuilder() {
        throw refusal();
    }

    private static UnsupportedOperationException refusal() {
        return new UnsupportedOperationException("jPLR: java.net.http.HttpClient is not replicated yet; use "
                + "HttpURLConnection, or run this program without jPLR");
    }
}
