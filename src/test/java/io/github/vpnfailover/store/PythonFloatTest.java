package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.testing.PythonReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our spelling of doubles against python3's own repr(float), which the old manager's json.dumps used. */
class PythonFloatTest {

    @Test
    void spellsEveryDoubleAsPythonsReprDoes() throws Exception {
        PythonReference.assumeAvailable();
        List<Double> values = new ArrayList<>(List.of(61.0, 98.725, 41.75, 26.53, 8.0, 2.2, 0.0, -0.0, 1e-05, 0.0001, 1.5e-07,
                1e16, 1e15, 123456789012345678.0, 1e22, 1e23, 2e23, 0.1 + 0.2, 1.0 / 3, 100.0, 5e-324, Double.MIN_NORMAL,
                Double.MAX_VALUE, 9007199254740993.0, 4.35, 0.3, 1234567.125, 1e-4 * 3, 9.999999999999999e22, 2.0 / 3 * 1e-5));
        Random r = new Random(12);
        for (int i = 0; i < 3000; i++) {
            values.add(Double.longBitsToDouble(r.nextLong() & Long.MAX_VALUE)); // any positive double, NaN filtered below
            values.add(Math.round(r.nextDouble() * 300_000) / 1000.0); // latency as round(x, 3)
            values.add(Math.round(r.nextDouble() * 100_000) / 100.0); // Mbit/s as round(x, 2)
            values.add(Math.pow(2, r.nextInt(200) - 100)); // powers of two: the lopsided rounding intervals
        }
        values.removeIf(d -> Double.isNaN(d) || Double.isInfinite(d));
        StringBuilder hex = new StringBuilder();
        values.forEach(d -> hex.append(Double.toHexString(d)).append('\n'));
        java.nio.file.Path in = java.nio.file.Files.createTempFile("vfm-floats", ".txt");
        try {
            java.nio.file.Files.writeString(in, hex);
            String python = PythonReference.run("import sys\nfor line in open(sys.argv[1]):\n    print(repr(float.fromhex(line.strip())))\n",
                    Map.of(), List.of(in.toString()));
            List<String> expected = python.lines().toList();
            assertThat(expected).hasSize(values.size());
            List<String> mismatches = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String ours = PythonFloat.repr(values.get(i));
                if (!ours.equals(expected.get(i))) {
                    mismatches.add(Double.toHexString(values.get(i)) + ": python " + expected.get(i) + ", ours " + ours);
                }
            }
            assertThat(mismatches).as("%d values compared", values.size()).isEmpty();
        } finally {
            java.nio.file.Files.deleteIfExists(in);
        }
    }

    @Test
    void javaWouldSpellSomeOfThemDifferently() {
        assertThat(Double.toString(1e-05)).isEqualTo("1.0E-5");
        assertThat(PythonFloat.repr(1e-05)).isEqualTo("1e-05");
        assertThat(PythonFloat.repr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFloat.repr(61.0)).isEqualTo("61.0");
        assertThat(PythonFloat.repr(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
