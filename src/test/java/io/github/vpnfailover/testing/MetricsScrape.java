package io.github.vpnfailover.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads our /metrics as Prometheus would: one GET, then the text format's sample lines. */
public final class MetricsScrape {

    private MetricsScrape() {
    }

    /** A port nothing listens on right now, on loopback. */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The body of GET http://127.0.0.1:port/metrics; IOException when nothing answers. */
    public static String get(int port) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** The value of the one sample line of {@code name} that has every {@code k="v"} pair given; null when none. */
    public static Double value(String text, String name, String... labels) {
        List<Double> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            String head = line.substring(0, line.lastIndexOf(' '));
            boolean all = true;
            for (int i = 0; i + 1 < labels.length; i += 2) {
                all &= head.contains(labels[i] + "=\"" + labels[i + 1] + "\"");
            }
            if (all) {
                found.add(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        if (found.size() > 1) {
            throw new AssertionError(found.size() + " lines of " + name + " match " + List.of(labels));
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** Every metric name that has a sample line (histogram lines under their own _bucket/_count/_sum names). */
    public static Set<String> names(String text) {
        Set<String> names = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                int end = line.indexOf('{') >= 0 ? line.indexOf('{') : line.indexOf(' ');
                names.add(line.substring(0, end));
            }
        }
        return names;
    }
}
