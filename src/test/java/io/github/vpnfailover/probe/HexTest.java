package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hex.decode drops white space by a loop now (decision 0111); the regex it replaced is the reference here. */
class HexTest {
    private static final String ALPHABET = "0123456789abcdefABCDEFxX:g \t\n\u000B\f\r\u00a0\u2003\u001c";

    @Test
    void decodesAsTheRegexVersionDidOnRandomText() {
        Random random = new Random(11);
        int decoded = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (random.nextInt(4) == 0) {
                text.insert(0, "0x");
            }
            String s = text.toString();
            String ours = outcome(s, false);
            assertThat(ours).as("'%s'", s).isEqualTo(outcome(s, true));
            decoded += ours.startsWith("[") ? 1 : 0;
        }
        // the comparison must cover decodable text, not only errors
        assertThat(decoded).isGreaterThan(1000);
    }

    private static String outcome(String text, boolean byRegex) {
        try {
            return Arrays.toString(byRegex ? regexDecode(text) : Hex.decode(text));
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    /** The decode before 0111's loop, as it was written. */
    private static byte[] regexDecode(String text) {
        String s = text.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        s = s.replace(":", "").replaceAll("\\s+", "");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty hex string");
        }
        if (s.length() % 2 != 0) {
            throw new IllegalArgumentException("hex string has an odd number of digits (" + s.length() + ")");
        }
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < s.length(); i++) {
            int v = Character.digit(s.charAt(i), 16);
            if (v < 0) {
                throw new IllegalArgumentException("'" + s.charAt(i) + "' at position " + (i + 1) + " is not a hex digit");
            }
            out[i / 2] = (byte) (out[i / 2] << 4 | v);
        }
        return out;
    }
}
