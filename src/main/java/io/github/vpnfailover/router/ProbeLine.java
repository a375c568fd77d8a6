package io.github.vpnfailover.router;

/** One line of a liveness probe stream, already tied to its target (the index in the target list). */
public sealed interface ProbeLine {

    int target();

    /** An echo reply to probe {@code seq} after {@code rttMs}. */
    record Reply(int target, long seq, double rttMs) implements ProbeLine { }

    /** A probe reported lost by ping itself: iputils' "no answer yet" (-O) or an ICMP error; {@code seq} may be null. */
    record Lost(int target, Long seq, boolean definite, String line) implements ProbeLine { }

    /** Anything else (the PING header, errors, a new ping version's wording): kept raw, never fatal. */
    record Other(int target, String line) implements ProbeLine { }
}
