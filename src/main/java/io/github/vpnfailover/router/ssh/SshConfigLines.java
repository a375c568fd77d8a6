package io.github.vpnfailover.router.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ssh_config lines as OpenSSH's readconf.c splits them: a keyword (any case), then its arguments after
 * white space or one '=', double- or single-quoted arguments, and a '#' that starts a word ends the line.
 */
final class SshConfigLines {

    /** One option line: keyword lower-cased, its arguments, and where it stands. */
    record Line(String keyword, List<String> args, Path file, int number) {
        String where() {
            return file + ":" + number;
        }
    }

    private SshConfigLines() {
    }

    static List<Line> read(Path file) throws IOException {
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            Line line = parse(file, i + 1, text.get(i));
            if (line != null) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Null for a blank or comment line. */
    static Line parse(Path file, int number, String raw) {
        String s = raw.strip();
        if (s.isEmpty() || s.startsWith("#")) {
            return null;
        }
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '=') {
            end++;
        }
        String keyword = s.substring(0, end).toLowerCase(Locale.ROOT);
        String rest = s.substring(end).stripLeading();
        if (rest.startsWith("=")) {
            rest = rest.substring(1);
        }
        return new Line(keyword, words(rest, file + ":" + number), file, number);
    }

    private static List<String> words(String s, String where) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '#') {
                break;
            }
            StringBuilder word = new StringBuilder();
            char quote = 0;
            while (i < s.length()) {
                c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (Character.isWhitespace(c)) {
                    break;
                } else if (c == '\\' && i + 1 < s.length()) {
                    word.append(s.charAt(++i));
                } else {
                    word.append(c);
                }
                i++;
            }
            if (quote != 0) {
                throw new InvalidTargetException(where + ": unterminated quote");
            }
            out.add(word.toString());
        }
        return out;
    }
}
