package io.github.vpnfailover.router;

import io.github.vpnfailover.core.MeasureSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the one shell script that measures one tunnel: ping each target, then download and upload with curl,
 * each part framed by marker lines "##vfm-NONCE## ping 0", "... exit RC" (see decision 0011). Every value is
 * validated here again and single-quoted, so a bad setting is refused before anything is sent.
 */
public final class MeasureScript {

    /** ping's -W: seconds to wait for a late reply. */
    static final int PING_WAIT_SECONDS = 2;
    /** How long an upload may go on after its feeder stopped, to empty the socket buffer and read the answer. */
    static final int UPLOAD_DRAIN_SECONDS = 5;

    private final String marker;
    private final InterfaceName iface;
    private final List<HostAddress> targets = new ArrayList<>();
    private final int count;
    private final double interval;
    private final HttpUrl downloadUrl;
    private final HttpUrl uploadUrl;
    private final long maxBytes;
    private final int maxSeconds;
    private final Privilege privilege;

    /** Validates everything; throws {@link UnsafeValueException} naming the first bad value. */
    public MeasureScript(String nonce, InterfaceName iface, MeasureSettings s) {
        this(nonce, iface, s, Privilege.DIRECT);
    }

    /** As above; with {@link Privilege#SUDO} the WireGuard handshake is read through {@code sudo -n wg show}. */
    public MeasureScript(String nonce, InterfaceName iface, MeasureSettings s, Privilege privilege) {
        this.privilege = privilege;
        if (!nonce.matches("[0-9a-f]{8,32}")) {
            throw new UnsafeValueException("marker nonce", nonce, "must be 8-32 lower-case hex digits");
        }
        this.marker = "##vfm-" + nonce + "##";
        this.iface = iface;
        for (String t : s.pingTargets()) {
            targets.add(HostAddress.of(t));
        }
        this.count = (int) Limits.inRange("ping count", s.pingCount(), 1, MeasureSettings.MAX_PING_COUNT);
        this.interval = Limits.inRange("ping interval (s)", s.pingIntervalSeconds(),
                MeasureSettings.MIN_PING_INTERVAL_SECONDS, MeasureSettings.MAX_PING_INTERVAL_SECONDS);
        this.downloadUrl = s.downloadUrl() == null || s.downloadUrl().isBlank() ? null : HttpUrl.of(s.downloadUrl());
        this.uploadUrl = s.uploadUrl() == null || s.uploadUrl().isBlank() ? null : HttpUrl.of(s.uploadUrl());
        this.maxBytes = Limits.inRange("max bytes", s.maxBytes(), 1, MeasureSettings.MAX_BYTES_CAP);
        this.maxSeconds = (int) Limits.inRange("max seconds", s.maxSeconds(), 1, MeasureSettings.MAX_SECONDS_CAP);
    }

    public String marker() {
        return marker;
    }

    public int pingTargetCount() {
        return targets.size();
    }

    public List<HostAddress> targets() {
        return List.copyOf(targets);
    }

    public boolean measuresDownload() {
        return downloadUrl != null;
    }

    public boolean measuresUpload() {
        return uploadUrl != null;
    }

    public double intervalSeconds() {
        return interval;
    }

    public int maxSeconds() {
        return maxSeconds;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The script text. */
    public String text() {
        String m = ShellQuote.quote(marker);
        var sb = new StringBuilder();
        sb.append("LC_ALL=C; export LC_ALL\n");
        sb.append("M=").append(m).append("; IF=").append(iface.quoted()).append('\n');
        sb.append("for t in ping curl head sleep; do command -v \"$t\" >/dev/null 2>&1 || echo \"$M missing $t\"; done\n");
        // Decision 0174: before the first probe, so sockets bound to an idle tap have a route through it.
        sb.append(TapRouteScript.part("taproute", privilege));
        if (targets.stream().anyMatch(HostAddress::isIpv6) || downloadUrl != null && downloadUrl.isIpv6Literal()
                || uploadUrl != null && uploadUrl.isIpv6Literal()) {
            // Decision 0176: IPv6 targets through a tunnel IPv6 is not routed through.
            sb.append(BoundIpv6RouteScript.part("v6route", privilege));
        }
        String interval = String.format(Locale.ROOT, "%.3f", this.interval);
        for (int i = 0; i < targets.size(); i++) {
            String family = targets.get(i).isIpv6() ? "-6 " : "";
            sb.append("echo \"$M ping ").append(i).append("\"\n");
            sb.append("ping ").append(family).append("-c ").append(count).append(" -i ").append(interval)
                    .append(" -W ").append(PING_WAIT_SECONDS).append(" -I \"$IF\" ").append(targets.get(i).quoted())
                    .append(" 2>&1; echo \"$M exit $?\"\n");
        }
        // "if!": the value is an interface name, never a host name. Without it curl resolves a vanished
        // interface's name through DNS (10 s per transfer on a router whose DNS goes through a dead tunnel).
        String curl = "curl -sS --interface \"if!$IF\" ";
        if (downloadUrl != null) {
            // Decision 0120. The byte cap is the reader's: head stops after B bytes and curl's next write fails (exit 23), so a
            // server that ignores the Range header and sends a bigger file is measured over B bytes, not refused.
            // The body goes to head, so curl's figures go to stderr, which fd 3 brings back to the output.
            sb.append("echo \"$M download\"\n");
            sb.append("{ { ").append(curl).append("--max-time ").append(maxSeconds).append(" -r 0-").append(maxBytes - 1)
                    .append(" -w ").append(ShellQuote.quote("%{stderr}" + CurlWriteOut.FORMAT)).append(' ')
                    .append(downloadUrl.quoted()).append(" 2>&3; echo \"$M exit $?\" >&3; } | head -c ")
                    .append(maxBytes).append(" >/dev/null; } 3>&1\n");
        }
        if (uploadUrl != null) {
            // Incompressible bytes, ended after B bytes or S seconds, whichever comes first: the feeder stops,
            // curl sends the last chunk and waits for the server's answer, so every byte it counts has arrived
            // (a curl stopped by --max-time would count what still sits in its socket buffer).
            sb.append("echo \"$M upload\"\n");
            sb.append("{ head -c ").append(maxBytes).append(" /dev/urandom & vp=$!; exec >/dev/null 2>&1; ")
                    .append("(sleep ").append(maxSeconds).append(" & vs=$!; trap 'kill $vs; exit 0' TERM; wait $vs; kill $vp) & vw=$!; ")
                    .append("wait $vp; kill $vw; } | ")
                    .append(curl).append("--max-time ").append(maxSeconds + UPLOAD_DRAIN_SECONDS).append(" -o /dev/null -w ")
                    .append(ShellQuote.quote(CurlWriteOut.FORMAT)).append(" -T - ").append(uploadUrl.quoted())
                    .append(" 2>&1; echo \"$M exit $?\"\n");
        }
        // Decision 0180: after the pings, which sent traffic and so made a live peer shake hands.
        sb.append(HandshakeScript.part("handshake", privilege));
        // Last: is the interface still there? One that vanished mid-run makes the whole sample a failure.
        sb.append("echo \"$M link\"\n");
        sb.append("ip link show dev \"$IF\" >/dev/null 2>&1; echo \"$M exit $?\"\n");
        sb.append("echo \"$M end\"\n");
        return sb.toString();
    }

    /** How long the shell may wait: every part's worst case plus slack for the round trip. */
    public Duration timeout() {
        double perTarget = count * interval + PING_WAIT_SECONDS + 2;
        double transfers = (downloadUrl != null ? maxSeconds + 5 : 0)
                + (uploadUrl != null ? maxSeconds + UPLOAD_DRAIN_SECONDS + 5 : 0);
        return Duration.ofMillis((long) ((targets.size() * perTarget + transfers + 10) * 1000));
    }
}
