package io.github.vpnfailover.probe;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Turns the exchanges with each address into one status and one line a person can read. */
final class Verdict {
    static final String SILENCE = "no valid response (not OpenVPN, wrong key or wrong wrapping?)";

    private final ProbeRequest request;
    private final List<Exchange> exchanges;
    private final Duration elapsed;

    Verdict(ProbeRequest request, List<Exchange> exchanges, Duration elapsed) {
        this.request = request;
        this.exchanges = exchanges;
        this.elapsed = elapsed;
    }

    ProbeResult result() {
        int attempts = exchanges.stream().mapToInt(Exchange::attempts).sum();
        Exchange last = exchanges.get(exchanges.size() - 1);
        if (last.reply() instanceof Reply.Valid) {
            return new ProbeResult(ProbeStatus.OK, okMessage(last), last.target(), last.time(), attempts);
        }
        Exchange bad = first(Reply.BadAuth.class);
        if (bad != null) {
            String reason = ((Reply.BadAuth) bad.reply()).reason();
            return new ProbeResult(ProbeStatus.WARNING, "invalid " + (reason.startsWith("HMAC") ? "HMAC" : "tag")
                    + " in the reply from " + where(bad.target()) + ": " + reason + others(bad), null, elapsed, attempts);
        }
        Exchange invalid = first(Reply.Invalid.class);
        if (invalid != null) {
            return new ProbeResult(ProbeStatus.CRITICAL, "invalid response from " + where(invalid.target()) + ": "
                    + ((Reply.Invalid) invalid.reply()).reason() + others(invalid), null, elapsed, attempts);
        }
        List<String> parts = new ArrayList<>();
        for (Exchange e : exchanges) {
            parts.add(where(e.target()) + ": " + e.failure() + strays(e));
        }
        String advice = request.wrapping().adviceWhenSilent();
        return new ProbeResult(ProbeStatus.CRITICAL, SILENCE + " from " + String.join("; ", parts)
                + (advice.isEmpty() ? "" : "; " + advice), null, elapsed, attempts);
    }

    private String okMessage(Exchange ok) {
        String how = request.validate()
                ? request.wrapping().describe() + (request.wrapping().proof().isEmpty() ? "" : ", "
                        + request.wrapping().proof())
                : "reply not validated";
        return "OpenVPN server " + where(ok.target()) + " answered in " + Transport.seconds(ok.time()) + " (" + how
                + ")" + ackOnly(ok) + others(ok) + strays(ok);
    }

    private static String ackOnly(Exchange ok) {
        return ok.reply() instanceof Reply.Valid v && v.ackOnly()
                ? "; it acknowledged our reset without one of its own, as a point-to-point server holding an earlier"
                        + " session does" : "";
    }

    private Exchange first(Class<? extends Reply> kind) {
        return exchanges.stream().filter(e -> kind.isInstance(e.reply())).findFirst().orElse(null);
    }

    /** The other addresses tried, so the operator sees that e.g. IPv6 failed before IPv4 answered. */
    private String others(Exchange chosen) {
        List<String> parts = new ArrayList<>();
        for (Exchange e : exchanges) {
            if (e != chosen) {
                parts.add(where(e.target()) + " " + (e.reply() == null ? e.failure() : "gave a bad reply"));
            }
        }
        return parts.isEmpty() ? "" : "; other addresses: " + String.join(", ", parts);
    }

    private static String strays(Exchange e) {
        return e.strays() == 0 ? "" : "; ignored " + e.strays() + " datagram" + (e.strays() == 1 ? "" : "s")
                + " from other sources";
    }

    private String where(InetSocketAddress target) {
        String host = target.getAddress().getHostAddress();
        if (target.getAddress() instanceof Inet6Address) {
            host = "[" + host + "]";
        }
        return host + ":" + target.getPort() + "/" + request.proto().label();
    }
}
