package io.github.vpnfailover.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Tunnels that failed a commit-confirm are never switched to until their time is up. Thread-safe. */
public final class Quarantine {

    private record Entry(Instant until, String reason) { }

    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public Quarantine(Clock clock) {
        this.clock = clock;
    }

    /** Quarantines {@code tunnel} for {@code duration} from now (a zero duration does nothing). */
    public void add(String tunnel, Duration duration, String reason) {
        if (!duration.isZero() && !duration.isNegative()) {
            entries.put(tunnel, new Entry(clock.instant().plus(duration), reason));
        }
    }

    public boolean contains(String tunnel) {
        Entry e = entries.get(tunnel);
        if (e == null) {
            return false;
        }
        if (!clock.instant().isBefore(e.until())) {
            entries.remove(tunnel, e);
            return false;
        }
        return true;
    }

    /** The tunnels quarantined now. */
    public Set<String> current() {
        return entries.keySet().stream().filter(this::contains).collect(Collectors.toUnmodifiableSet());
    }

    /** Time left for {@code tunnel}; zero when it is not quarantined. */
    public Duration remaining(String tunnel) {
        Entry e = entries.get(tunnel);
        if (e == null || !contains(tunnel)) {
            return Duration.ZERO;
        }
        return Duration.between(clock.instant(), e.until());
    }
}
