package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.core.ValueRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a known_hosts file line by line as OpenSSH does: blank lines and comments are passed over, and a
 * line OpenSSH would not use (unknown marker, missing field, bad base64, unknown or malformed key) is
 * skipped with a warning naming file and line. One bad line never hides the lines after it (decision 0130).
 */
final class KnownHostsParser {

    private static final Logger LOG = LoggerFactory.getLogger(KnownHostsParser.class);

    /** The usable entries and one warning per skipped line. */
    record Result(List<KnownHostsEntry> entries, List<String> warnings) { }

    private KnownHostsParser() {
    }

    /** A missing file knows no keys; an unreadable one is an error (we must not treat every key as new). */
    static Result read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            return new Result(List.of(), List.of());
        }
        List<KnownHostsEntry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String problem = parse(file, i + 1, lines.get(i), entries);
            if (problem != null) {
                String warning = file + ":" + (i + 1) + ": " + problem + "; line skipped";
                warnings.add(warning);
                LOG.warn("known_hosts {}", warning);
            }
        }
        return new Result(List.copyOf(entries), List.copyOf(warnings));
    }

    /** Adds the line's entry to {@code out}; returns null for a good, blank or comment line, else the problem. */
    static String parse(Path file, int number, String line, List<KnownHostsEntry> out) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return null;
        }
        String[] fields = trimmed.split("[ \t]+");
        int at = 0;
        KnownHostsEntry.Marker marker = KnownHostsEntry.Marker.NONE;
        if (fields[0].startsWith("@")) {
            if (fields[0].equals("@revoked")) {
                marker = KnownHostsEntry.Marker.REVOKED;
            } else if (fields[0].equals("@cert-authority")) {
                marker = KnownHostsEntry.Marker.CERT_AUTHORITY;
            } else {
                return "unknown marker '" + ValueRules.printable(fields[0]) + "'";
            }
            at = 1;
        }
        if (fields.length < at + 3) {
            return "expected hosts, key type and key, found " + (fields.length - at) + " field(s)";
        }
        String type = fields[at + 1];
        byte[] blob;
        try {
            blob = Base64.getDecoder().decode(fields[at + 2]);
        } catch (IllegalArgumentException e) {
            return "the key of type '" + ValueRules.printable(type) + "' is not valid base64";
        }
        String problem = KeyBlobs.problem(type, blob);
        if (problem != null) {
            return ValueRules.printable(problem);
        }
        out.add(new KnownHostsEntry(file, number, marker, fields[at], type, blob));
        return null;
    }
}
