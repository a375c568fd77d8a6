package io.github.vpnfailover.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;

/** A real Prometheus server (Debian package {@code prometheus}) on loopback, scraping one target every second. */
public final class PrometheusServer implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/bin/prometheus");

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    private PrometheusServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(BINARY), "the metrics test needs a real Prometheus: apt-get install prometheus");
    }

    /** Starts Prometheus with its data in {@code dir}, scraping 127.0.0.1:{@code target}/metrics; waits until it is ready. */
    public static PrometheusServer start(Path dir, int target) throws IOException, InterruptedException {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\nscrape_configs:\n"
                + "  - job_name: vpnfailover\n    static_configs:\n      - targets: ['127.0.0.1:" + target + "']\n");
        int port = MetricsScrape.freePort();
        Path log = dir.resolve("prometheus.log");
        Process p = new ProcessBuilder(BINARY.toString(), "--config.file=" + config, "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port, "--log.level=warn")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PrometheusServer server = new PrometheusServer(p, port, log);
        try {
            server.awaitReady();
            return server;
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() - end < 0) {
            if (!process.isAlive()) {
                throw new IOException("prometheus exited: " + Files.readString(log));
            }
            try {
                if (get("/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("prometheus not ready within 20 s: " + Files.readString(log));
    }

    /** The {@code data.result} array of an instant query. */
    public JsonNode query(String promql) throws IOException, InterruptedException {
        HttpResponse<String> r = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        JsonNode body = json.readTree(r.body());
        if (r.statusCode() != 200 || !"success".equals(body.path("status").asText())) {
            throw new IOException("query " + promql + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return body.get("data").get("result");
    }

    /** The value of an instant query with exactly one result; null while it has none. */
    public Double single(String promql) throws IOException, InterruptedException {
        JsonNode result = query(promql);
        if (result.size() > 1) {
            throw new AssertionError(promql + " has " + result.size() + " results: " + result);
        }
        return result.isEmpty() ? null : Double.parseDouble(result.get(0).get("value").get(1).asText());
    }

    /** The health of our scrape target as Prometheus saw it last ("up", "down", "unknown"). */
    public String targetHealth() throws IOException, InterruptedException {
        JsonNode active = json.readTree(get("/api/v1/targets").body()).get("data").get("activeTargets");
        return active.isEmpty() ? "none" : active.get(0).get("health").asText() + " " + active.get(0).get("lastError").asText();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Stops it by its PID: SIGTERM, then SIGKILL after 5 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
