package io.github.vpnfailover.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Session ids come from /dev/urandom, and from a SecureRandom where that cannot be read. */
class KernelRandomTest {

    @Test
    void givesDifferentIdsFromTheDeviceAndFromTheFallback() {
        for (KernelRandom random : new KernelRandom[] {new KernelRandom(), new KernelRandom("/nonexistent/urandom")}) {
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 1000; i++) {
                byte[] id = new byte[8];
                random.nextBytes(id);
                ids.add(Hex.encode(id));
            }
            assertThat(ids).hasSize(1000);
        }
    }

    @Test
    void aShortDeviceFallsBackInsteadOfGivingZeros() {
        // /dev/null ends at once: a short read must not leave the id all zeros
        byte[] id = new byte[8];
        new KernelRandom("/dev/null").nextBytes(id);
        assertThat(Hex.encode(id)).isNotEqualTo("0000000000000000");
    }

    @Test
    void nextIntStaysInItsBoundsAndCoversThem() {
        KernelRandom random = new KernelRandom();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            int v = random.nextInt(10);
            assertThat(v).isBetween(0, 9);
            seen.add(v);
        }
        assertThat(seen).hasSize(10);
    }
}
