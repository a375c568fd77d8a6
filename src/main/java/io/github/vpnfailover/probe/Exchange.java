package io.github.vpnfailover.probe;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * What happened with one address: the reply (null if none came), the attempts made, the round trip of the answered
 * attempt, why nothing came back, and how many datagrams from other sources were ignored.
 */
record Exchange(InetSocketAddress target, int attempts, Reply reply, Duration time, String failure, int strays) {

    static Exchange answered(InetSocketAddress target, int attempts, Reply reply, Duration time, int strays) {
        return new Exchange(target, attempts, reply, time, null, strays);
    }

    static Exchange silent(InetSocketAddress target, int attempts, String failure, int strays) {
        return new Exchange(target, attempts, null, null, failure, strays);
    }
}
