package io.github.vpnfailover.engine;

/**
 * What the detection benchmark measured on one tunnel profile (decision 0202). Rates are bytes per second per
 * tunnel; {@code spike} is null where the profile has no spike case.
 */
record ProfileFigures(double baseRttMs, BenchStats failover, BenchStats detection, int noFailover, Noise lossJitter,
                      Noise spike, double icmpOurs, double sshOurs, double icmpDpinger, double sshDpinger,
                      BenchStats oursKilled, BenchStats dpingerKilled, int dpingerSilent) {

    /** One noise case: how long it ran, the switches and the non-UP liveness reports (any tunnel) it caused. */
    record Noise(long seconds, long switches, long nonUp, int spikes) {

        boolean clean() {
            return switches == 0 && nonUp == 0;
        }
    }
}
