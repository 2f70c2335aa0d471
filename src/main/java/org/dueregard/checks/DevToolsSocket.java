package org.dueregard.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The DevTools protocol, spoken straight to the page chromedriver opened: its own WebSocket, beside chromedriver's.
 * The checks' commands went through chromedriver and Selenium before, each command's answer read twice as JSON on
 * the way; the accessibility tree of a long report is 2.3 MB of it. The check's navigation goes this way too: a page
 * opened through chromedriver took about 10% longer to load (141 against 127 ms, the median of the sample's pages).
 */
final class DevToolsSocket implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_SECONDS = 60;

    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    /** Why the page or the connection is gone, once it is: every later command fails at once with it. */
    private volatile Throwable broken;
    /** Completed by the page's next load event, while {@link #navigate} waits for one. */
    private volatile CompletableFuture<JsonNode> loaded = new CompletableFuture<>();

    private DevToolsSocket(WebSocket socket, Listener listener) {
        this.socket = socket;
        listener.answers = this;
    }

    /**
     * @param debuggerAddress the browser's DevTools address as chromedriver reports it ("localhost:40123")
     * @param targetId        the page's target id (chromedriver's window handle)
     */
    static DevToolsSocket open(String debuggerAddress, String targetId) throws IOException {
        // The browser listens on 127.0.0.1; "localhost" might resolve to ::1 first.
        URI uri = URI.create("ws://" + debuggerAddress.replace("localhost", "127.0.0.1") + "/devtools/page/" + targetId);
        Listener listener = new Listener();
        try {
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, listener).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            DevToolsSocket page = new DevToolsSocket(socket, listener);
            page.call("Inspector.enable", Map.of()); // so a crashed page is reported at once, not after the timeout
            page.call("Page.enable", Map.of()); // for the load events navigate waits for
            return page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while connecting to Chromium's DevTools at " + uri, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Could not connect to Chromium's DevTools at " + uri + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command and returns its result; a protocol error is an exception. */
    JsonNode call(String method, Map<String, Object> params) {
        if (broken != null) throw new Stopped(broken.getMessage() + ", before " + method, broken);
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        try {
            socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
            JsonNode message = await(answer, method);
            if (message.has("error")) throw new IllegalStateException(method + " failed in Chromium: " + message.get("error").path("message").asText());
            return message.path("result");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            waiting.remove(id);
        }
    }

    private static JsonNode await(CompletableFuture<JsonNode> answer, String what) {
        try {
            return answer.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Chromium (" + what + ")", e);
        } catch (ExecutionException e) {
            throw new Stopped(e.getCause().getMessage() + ", during " + what, e.getCause());
        } catch (TimeoutException e) {
            throw new Stopped("no answer to " + what + " in " + TIMEOUT_SECONDS + " s", e);
        }
    }

    /** The page could not be opened, crashed or was closed, the connection dropped, or Chromium gave no answer in time. */
    static final class Stopped extends IllegalStateException {
        Stopped(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Opens an address and waits for the page's load event (its styles, scripts and pictures are in), as chromedriver's
     * navigation does, without the round trips through chromedriver.
     */
    void navigate(String url) {
        CompletableFuture<JsonNode> next = new CompletableFuture<>();
        loaded = next;
        JsonNode started = call("Page.navigate", Map.of("url", url));
        if (started.hasNonNull("errorText")) throw new Stopped("it could not open the page: " + started.get("errorText").asText(), null);
        if (!started.hasNonNull("loaderId")) return; // the same document, scrolled to a fragment: nothing loads
        await(next, "Page.navigate to " + url);
    }

    /** Evaluates a script in the page (a promise is waited for) and returns its value as JSON. */
    JsonNode evaluate(String expression) {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        JsonNode exception = result.path("exceptionDetails");
        if (!exception.isMissingNode()) {
            throw new IllegalStateException("A check's script failed in the page: "
                    + exception.path("exception").path("description").asText(exception.path("text").asText()));
        }
        return result.path("result").path("value");
    }

    @Override
    public void close() {
        socket.abort();
    }

    private void answered(String text) {
        JsonNode message;
        try {
            message = JSON.readTree(text);
        } catch (IOException e) {
            return; // not an answer we could wait for
        }
        JsonNode id = message.get("id");
        if (id == null) {
            String event = message.path("method").asText();
            if (event.equals("Page.loadEventFired")) loaded.complete(message);
            else if (event.equals("Inspector.targetCrashed") || event.equals("Inspector.detached")) {
                failed(new IOException(event.equals("Inspector.targetCrashed") ? "the page crashed in Chromium"
                        : "Chromium closed the page (" + message.path("params").path("reason").asText() + ")"));
            }
            return;
        }
        CompletableFuture<JsonNode> answer = waiting.get(id.asInt());
        if (answer != null) answer.complete(message);
    }

    private void failed(Throwable error) {
        broken = error;
        waiting.values().forEach(answer -> answer.completeExceptionally(error));
        loaded.completeExceptionally(error);
    }

    /** Joins a message's parts (a long answer comes in several) and hands it over whole. */
    private static final class Listener implements WebSocket.Listener {
        private volatile DevToolsSocket answers;
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                if (answers != null) answers.answered(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (answers != null) answers.failed(new IOException("Chromium closed the DevTools connection (" + statusCode + " " + reason + ")"));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (answers != null) answers.failed(error);
        }
    }
}
