package io.github.vpnfailover.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Makes hostile text from real captures: truncations, splices, repeated lines, flipped bytes, huge and odd
 * numbers, localized separators, control and non-ASCII characters, and plain random text. Deterministic per seed.
 */
public final class TextMutator {

    /** Fragments a parser is likely to choke on: numbers at and beyond every limit, separators, markers. */
    private static final String[] TOKENS = {
        "0", "-1", "1.5", "0,5", "99999999999", "9223372036854775808", "1e999999999", "-1e-999999999", "NaN",
        "Infinity", "1.2.3", ".", ",", "/", "//", ":", ": <", "<", ">", "@", "%", "=", " ", "\t", "\n", "\r\n", "\r",
        "\u0000", "\u00a0", "\u2028", "\u0085", "ä", "€", "\uD83D\uDE00", "\uFFFD", "'", "\"", "\\", "$(", "`", ";",
        " ms", " time=", "mdev", "packets transmitted", " received", "% packet loss", "rtt min/avg/max/mdev = ",
        "round-trip min/avg/max = ", "vfm-curl ", "http_code=", "time_total=", " state UP ", "link/none", " peer ",
        " via ", " dev ", " metric ", "default", "inet ", "inet6 ", "/24", "/999", "ping: ", "Zeit", "empfangen",
    };

    private final Random random;
    private final List<String> seeds;

    public TextMutator(Random random, List<String> seeds) {
        this.random = random;
        this.seeds = seeds;
    }

    /** One input: about a fifth pure noise, the rest mutations (1-4 stacked) of a seed. */
    public String next() {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return randomText(random.nextInt(400));
        }
        if (kind == 1) {
            byte[] b = new byte[random.nextInt(400)];
            random.nextBytes(b);
            return new String(b, random.nextBoolean() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        }
        String s = seeds.get(random.nextInt(seeds.size()));
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            s = mutate(s);
        }
        return s;
    }

    private String mutate(String s) {
        int len = s.length();
        int a = len == 0 ? 0 : random.nextInt(len + 1);
        int b = len == 0 ? 0 : a + random.nextInt(len - a + 1);
        switch (random.nextInt(12)) {
            case 0: // truncate, as a dropped connection would
                return s.substring(0, a);
            case 1: // lose a piece
                return s.substring(0, a) + s.substring(b);
            case 2: // repeat a piece
                return s.substring(0, b) + s.substring(a, b).repeat(1 + random.nextInt(random.nextInt(20) == 0 ? 500 : 4)) + s.substring(b);
            case 3: // insert a token
                return s.substring(0, a) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(a);
            case 4: // replace a piece with a token
                return s.substring(0, a) + TOKENS[random.nextInt(TOKENS.length)] + s.substring(b);
            case 5: // locale: decimal comma
                return random.nextBoolean() ? s.replace('.', ',') : s.substring(0, a) + s.substring(a, b).replace('.', ',') + s.substring(b);
            case 6: // one character changed to anything
                if (len == 0) {
                    return String.valueOf((char) random.nextInt(0x3000));
                }
                char[] c = s.toCharArray();
                c[random.nextInt(len)] = (char) random.nextInt(random.nextBoolean() ? 128 : 0x3000);
                return new String(c);
            case 7: // digits grow: every number limit
                return s.substring(0, a) + "9".repeat(1 + random.nextInt(40)) + s.substring(a);
            case 8: // splice with another capture
                String other = seeds.get(random.nextInt(seeds.size()));
                int o = other.isEmpty() ? 0 : random.nextInt(other.length() + 1);
                return s.substring(0, a) + other.substring(o);
            case 9: // line endings and whitespace change
                return random.nextBoolean() ? s.replace("\n", "\r\n") : s.replace(" ", random.nextBoolean() ? "\t" : "  ");
            case 10: // random run of text
                return s.substring(0, a) + randomText(random.nextInt(30)) + s.substring(b);
            default: // lines shuffled by swapping two
                String[] lines = s.split("\n", -1);
                if (lines.length > 1) {
                    int i = random.nextInt(lines.length);
                    int j = random.nextInt(lines.length);
                    String t = lines[i];
                    lines[i] = lines[j];
                    lines[j] = t;
                }
                return String.join("\n", lines);
        }
    }

    private String randomText(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int r = random.nextInt(10);
            sb.append(r < 6 ? (char) (32 + random.nextInt(95)) : r < 8 ? "0123456789./:, \n".charAt(random.nextInt(16))
                    : r < 9 ? (char) random.nextInt(32) : (char) (0x80 + random.nextInt(0x2f80)));
        }
        return sb.toString();
    }
}
