package io.github.vpnfailover.router;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits a marker-framed script output into its parts: each part's text and exit code, tools reported missing. */
public final class ScriptOutput {

    /** One framed part. {@code exitCode} is null when the output stopped before the part's exit line. */
    public record Part(String name, String text, Integer exitCode) { }

    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final List<String> missingTools = new ArrayList<>();
    private final boolean complete;

    public ScriptOutput(String marker, String output) {
        String current = null;
        StringBuilder text = new StringBuilder();
        boolean ended = false;
        for (String line : splitAtMarkers(marker, output == null ? "" : output)) {
            if (!line.startsWith(marker + " ")) {
                if (current != null) {
                    text.append(line).append('\n');
                }
                continue;
            }
            String word = line.substring(marker.length() + 1).trim();
            if (word.startsWith("missing ")) {
                missingTools.add(word.substring(8));
            } else if (word.startsWith("exit ") && current != null) {
                parts.put(current, new Part(current, text.toString(), parseCode(word.substring(5))));
                current = null;
            } else if (word.equals("end")) {
                ended = true;
            } else {
                if (current != null) {
                    parts.put(current, new Part(current, text.toString(), null));
                }
                current = word;
                text.setLength(0);
            }
        }
        if (current != null) {
            parts.put(current, new Part(current, text.toString(), null));
        }
        this.complete = ended;
    }

    /** A line may end without a newline before the next marker: split it so the marker starts its own line. */
    private static List<String> splitAtMarkers(String marker, String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.split("\\R")) {
            int at;
            while ((at = line.indexOf(marker)) > 0) {
                lines.add(line.substring(0, at));
                line = line.substring(at);
            }
            lines.add(line);
        }
        return lines;
    }

    private static Integer parseCode(String s) {
        return s.trim().matches("\\d{1,3}") ? Integer.valueOf(s.trim()) : null;
    }

    public Part part(String name) {
        return parts.get(name);
    }

    public List<String> missingTools() {
        return List.copyOf(missingTools);
    }

    /** True when the script ran to its end marker. */
    public boolean complete() {
        return complete;
    }
}
