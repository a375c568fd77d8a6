package io.github.vpnfailover.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What a script reading {@code run --json-events} sees: the complete lines printed so far, and a wait for one. */
final class JsonEventLines {
    private final StringWriter out = new StringWriter();
    private final ObjectMapper json = new ObjectMapper();

    /** The writer to hand to picocli as its standard output. */
    PrintWriter writer() {
        return new PrintWriter(out, true);
    }

    /** Waits up to 60 s for a line at index {@code from} or later that matches; returns its index. */
    int await(Predicate<JsonNode> which, int from) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() - end < 0) {
            List<JsonNode> now = lines();
            for (int i = from; i < now.size(); i++) {
                if (which.test(now.get(i))) {
                    return i;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected event not printed; output:\n" + out);
    }

    /** Every complete line so far; a line still being written is left for the next call. */
    List<JsonNode> lines() throws Exception {
        List<JsonNode> result = new ArrayList<>();
        String text = out.toString();
        String[] all = text.split("\n");
        for (int i = 0; i < all.length - 1 || i < all.length && text.endsWith("\n"); i++) {
            if (!all[i].isBlank()) {
                result.add(json.readTree(all[i]));
            }
        }
        return result;
    }

    static boolean type(JsonNode j, String type) {
        return type.equals(j.get("type").asText());
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
