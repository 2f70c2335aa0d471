package org.dueregard.preview;

/**
 * A request the preview answers with an error status and a short plain message instead of a file: it is malformed,
 * too large, for another host, or uses a method the preview does not serve.
 */
final class RequestRefused extends Exception {

    private final int status;

    RequestRefused(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    HttpResponse toResponse() {
        HttpResponse response = HttpResponse.text(status, getMessage());
        return status == 405 ? response.withHeader("Allow", "GET, HEAD") : response;
    }
}
