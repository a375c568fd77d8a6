package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.Sample;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * Run in a child JVM by {@link KillNineTest}: appends samples 1, 2, 3, ... to a history and saves the settings
 * (depth = sample number mod 9 + 1) every tenth sample, printing "ack N" after each sample is committed and
 * "settings N" after each save, until it is killed.
 */
public final class KillNineChild {

    private KillNineChild() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        SettingsStore settings = new SettingsStore(Path.of(args[1]), Clock.systemUTC());
        PrintStream out = System.out;
        try (HistoryStore store = HistoryStore.open(db)) {
            long start = store.countSamples();
            out.println("ready " + start);
            out.flush();
            for (long n = start + 1; ; n++) {
                store.append("router", new Sample("tun" + (n % 3), Instant.ofEpochMilli(n), 10.0 + n % 7, 9.0, 12.0, 0.5, 0.0,
                        50.0, 10.0, null));
                out.println("ack " + n);
                if (n % 10 == 0) {
                    Policy p = Policy.defaults();
                    int depth = (int) (n % 9) + 1;
                    settings.save(Settings.defaults().withPolicy(p.withDepth(depth)));
                    out.println("settings " + depth);
                }
                out.flush();
            }
        }
    }
}
