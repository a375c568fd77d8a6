package io.github.vpnfailover.probe;

/** Hex decoding with messages that name the bad character. */
public final class Hex {
    private Hex() {
    }

    /** Decodes hex, ignoring white space and an optional "0x" prefix or ':' separators; throws IllegalArgumentException. */
    public static byte[] decode(String text) {
        String s = text.strip();
        if (s.startsWith("0x") || s.startsWith("0X")) {
            s = s.substring(2);
        }
        s = withoutSpaceOrColons(s);
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

    /** {@code s} without ':' and regex {@code \s} characters; a loop, as a regex costs check-openvpn's start (0111). */
    private static String withoutSpaceOrColons(String s) {
        StringBuilder kept = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ':' && " \t\n\u000B\f\r".indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** Decodes the hex body of a key file, ignoring white space; the error names the file and line. */
    static byte[] decodeLenient(String body, String source) throws KeyFileException {
        StringBuilder digits = new StringBuilder(body.length());
        String[] lines = body.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            for (char c : lines[n].strip().toCharArray()) {
                if (Character.digit(c, 16) < 0) {
                    throw new KeyFileException(source + ": '" + c + "' in line " + (n + 1)
                            + " of the key is not a hex digit");
                }
                digits.append(c);
            }
        }
        if (digits.length() % 2 != 0) {
            throw new KeyFileException(source + ": the key has an odd number of hex digits");
        }
        return digits.length() == 0 ? new byte[0] : decode(digits.toString());
    }

    /** Lower-case hex of {@code bytes}. */
    public static String encode(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
