package vn.bentre.papi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** /engine-rest as an official's script or client uses it: HTTP Basic as that official. */
public final class EngineRestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public EngineRestClient(int port) {
        this.baseUrl = "http://localhost:" + port + "/engine-rest";
    }

    public JsonNode get(String user, String password, String path) {
        HttpResponse<String> response = send(request(user, password, path).GET());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes a task with typed variables ({@code name → {value, type}}); returns the HTTP response. */
    public HttpResponse<String> completeTask(String user, String password, String taskId, Map<String, Map<String, Object>> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("variables", variables));
            return send(request(user, password, "/task/" + taskId + "/complete")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one request per item from its own thread, all released at the same instant; returns the statuses. */
    public static <T> List<Integer> simultaneously(List<T> items, Function<T, HttpResponse<String>> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(items.size());
        try {
            CyclicBarrier start = new CyclicBarrier(items.size());
            List<Future<HttpResponse<String>>> results = new ArrayList<>();
            for (T item : items) {
                results.add(threads.submit(() -> {
                    start.await();
                    return request.apply(item);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> result : results) {
                HttpResponse<String> response = result.get();
                if (response.statusCode() >= 300) {
                    System.err.println("Refused: " + response.statusCode() + " " + response.body());
                }
                statuses.add(response.statusCode());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    public static Map<String, Object> typed(Object value, String type) {
        return Map.of("value", value, "type", type);
    }

    private HttpRequest.Builder request(String user, String password, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Basic " + credentials)
            .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
