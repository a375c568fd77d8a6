package io.github.vpnfailover.probe;

import io.github.vpnfailover.core.DecimalText;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Sends our reset to one address and waits for the first reply, retrying up to {@code tries} times. */
interface Transport {

    /**
     * {@code packets} builds the packet for attempt n (1-based); {@code reader} judges a received packet.
     * Never throws: network errors end up in {@link Exchange#failure()}.
     */
    Exchange exchange(InetSocketAddress target, IntFunction<byte[]> packets, Function<byte[], Reply> reader,
                      Duration timeout, int tries);

    static int millis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, nanos / 1_000_000));
    }

    static String seconds(Duration d) {
        return DecimalText.significant(d.toNanos() / 1e9, 3) + " s";
    }
}
