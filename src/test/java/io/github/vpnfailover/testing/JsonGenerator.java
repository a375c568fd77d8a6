package io.github.vpnfailover.testing;

import java.util.List;
import java.util.Random;

/**
 * Random JSON documents whose keys come from the real format ("depth", "policy", "time", ...), so the fuzz
 * inputs get past the parser into the readers' own checks; values are every kind JSON has, at every limit.
 */
public final class JsonGenerator {

    private static final String[] NUMBERS = {
        "0", "-0", "1", "-1", "3", "100", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "1e308", "1e309", "-1e309", "1e999999999", "1e-999999999", "-1e-999999999", "0.5",
        "1.0E-400", "31556889864403199", "31556889864403200", "-31557014167219201", "1700000000.123456789",
        "1700000000.1234567891234", "12345678901234567890123456789", "4.9e-324", "0.000000001", "1e18",
    };
    private static final String[] STRINGS = {
        "", " ", "def1", "DEFAULT", "command", "classic", "relative", "tun0", "wg+", "tun.*", "(", "[a-", "1700000000",
        "1700000000.5", "-5", "2023-11-14T22:13:20Z", "2023-13-45T99:99:99Z", "+999999999-12-31T23:59:59Z",
        "1e999999999", "http://127.0.0.1/x", "127.0.0.1", "::1", "-oProxyCommand=x", "a b", "\\u0000", "ä€😀",
        "This computer", "root", "/root/.ssh/id_ed25519", "9".repeat(60),
    };

    private final Random random;
    private final List<String> keys;

    public JsonGenerator(Random random, List<String> keys) {
        this.random = random;
        this.keys = keys;
    }

    /** A document: usually an object, sometimes any value. */
    public String next() {
        StringBuilder sb = new StringBuilder();
        if (random.nextInt(10) == 0) {
            value(sb, 0);
        } else {
            object(sb, 0);
        }
        return sb.toString();
    }

    private void object(StringBuilder sb, int depth) {
        sb.append('{');
        int n = random.nextInt(depth == 0 ? 9 : 5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String key = random.nextInt(12) == 0 ? STRINGS[random.nextInt(STRINGS.length)] : keys.get(random.nextInt(keys.size()));
            sb.append('"').append(key).append("\":");
            value(sb, depth + 1);
        }
        sb.append('}');
    }

    private void value(StringBuilder sb, int depth) {
        int kind = random.nextInt(depth > 4 ? 5 : 7);
        switch (kind) {
            case 0, 1 -> sb.append(NUMBERS[random.nextInt(NUMBERS.length)]);
            case 2 -> sb.append('"').append(STRINGS[random.nextInt(STRINGS.length)]).append('"');
            case 3 -> sb.append(random.nextBoolean() ? "true" : "false");
            case 4 -> sb.append(random.nextBoolean() ? "null" : String.valueOf(random.nextInt(1000) - 500));
            case 5 -> {
                sb.append('[');
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    value(sb, depth + 1);
                }
                sb.append(']');
            }
            default -> object(sb, depth + 1);
        }
    }
}
