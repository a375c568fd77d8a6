package io.github.vpnfailover.router;

/**
 * The conntrack flush after a switch (decision 0172): the {@code oldTunnel} whose flows were deleted, how many
 * entries, or why nothing was deleted ({@code detail}: the router's own words when it failed).
 */
public record ConntrackFlush(Status status, String oldTunnel, int deleted, String detail) {

    /** What became of the flush. */
    public enum Status {
        /** The old tunnel's entries were deleted ({@code deleted} may be 0). */
        FLUSHED,
        /** The router has no {@code conntrack} program. */
        MISSING,
        /** conntrack ran and refused (e.g. no permission). */
        FAILED,
        /** Off in the profile, no old tunnel, or the route change was refused. */
        NOT_RUN
    }

    /** How to install conntrack, for the one message that says it is missing. */
    public static final String INSTALL_HINT = "install it on the router: opkg install conntrack (OpenWrt), "
            + "apt install conntrack (Debian/Ubuntu)";

    public static ConntrackFlush notRun(String why) {
        return new ConntrackFlush(Status.NOT_RUN, null, 0, why);
    }
}
