package io.github.vpnfailover.core;

/**
 * The adaptive miss timeout of one probe target, computed as TCP computes its retransmission timeout (RFC 6298):
 * a smoothed round trip and its variance (gains 1/8 and 1/4), timeout = {@code srtt + 4 * rttvar}, but never under
 * {@code 2 * srtt}, clamped to {@code [floor, ceiling]}; before the first sample it is the ceiling. The {@code 2 * srtt}
 * is for a far link whose variance has settled: a sudden spike's first answer must still come before the third miss
 * (decision 0204). Ping sequence numbers tie every reply to its
 * probe, so unlike TCP every sample counts (Karn's rule guards against an ambiguity ping does not have), and there is
 * no back-off: a doubled timeout after a miss would only delay the verdict on a dead tunnel (decision 0200).
 */
public final class MissTimeout {

    private static final double ALPHA = 1.0 / 8;
    private static final double BETA = 1.0 / 4;
    private static final int K = 4;
    private static final int SRTT_MULTIPLE = 2;

    private final int floorMillis;
    private final int ceilingMillis;
    private double srtt = Double.NaN;
    private double rttvar;

    public MissTimeout(int floorMillis, int ceilingMillis) {
        if (floorMillis < 1 || ceilingMillis < floorMillis) {
            throw new IllegalArgumentException("need 1 <= floor <= ceiling, got " + floorMillis + ", " + ceilingMillis);
        }
        this.floorMillis = floorMillis;
        this.ceilingMillis = ceilingMillis;
    }

    /** A measured round trip of an answered probe; non-finite or negative values are ignored. */
    public void sample(double rttMs) {
        if (!Double.isFinite(rttMs) || rttMs < 0) {
            return;
        }
        if (Double.isNaN(srtt)) {
            srtt = rttMs;
            rttvar = rttMs / 2;
        } else {
            rttvar = (1 - BETA) * rttvar + BETA * Math.abs(srtt - rttMs);
            srtt = (1 - ALPHA) * srtt + ALPHA * rttMs;
        }
    }

    /** How long a probe may go unanswered before it is a miss, in ms. */
    public long millis() {
        if (Double.isNaN(srtt)) {
            return ceilingMillis;
        }
        double rto = Math.ceil(Math.max(srtt + K * rttvar, SRTT_MULTIPLE * srtt));
        return (long) Math.max(floorMillis, Math.min(ceilingMillis, rto));
    }

    /** The smoothed round trip in ms, NaN before the first sample. */
    public double smoothedRttMs() {
        return srtt;
    }
}
