package io.github.vpnfailover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import io.github.vpnfailover.router.ActiveRoutes;
import io.github.vpnfailover.router.ConntrackFlush;
import io.github.vpnfailover.router.SwitchResult;
import io.github.vpnfailover.router.WireGuardHandshake;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes of the router commands (a public contract: keys exact, null where not measured). */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    /**
     * {"tunnel","latencyMs","latencyMinMs","latencyMaxMs","jitterMs","lossPercent","downloadMbps","uploadMbps","error",
     * "handshakeAgeSeconds","handshake"}; the last two WireGuard only (decision 0180), null otherwise.
     */
    static Map<String, Object> sample(Sample s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tunnel", s.tunnel());
        m.put("latencyMs", s.latencyMs());
        m.put("latencyMinMs", s.latencyMinMs());
        m.put("latencyMaxMs", s.latencyMaxMs());
        m.put("jitterMs", s.jitterMs());
        m.put("lossPercent", s.lossPercent());
        m.put("downloadMbps", s.downloadMbps());
        m.put("uploadMbps", s.uploadMbps());
        m.put("error", s.error());
        m.put("handshakeAgeSeconds", s.handshakeAgeSeconds());
        m.put("handshake", s.handshake() == null ? null : s.handshake().name());
        return m;
    }

    /** As below, plus {@code ipv6Active}: IPv6 goes through this tunnel (decision 0171). */
    static Map<String, Object> tunnel(Tunnel t, boolean active, WireGuardHandshake handshake, ActiveRoutes routes) {
        Map<String, Object> m = tunnel(t, active, handshake);
        m.put("ipv6Active", t.name().equals(routes.ipv6()));
        return m;
    }

    /**
     * {"name","state","addresses","peer","active","invalidReason","wireGuard","handshakeAgeSeconds","handshakeProblem","gateway"};
     * the three handshake fields added in decision 0180 ({@code handshake} null: not WireGuard), "gateway" in decision
     * 0173 (the next hop of a tunnel without a peer, from its routes; null when it has a peer or no route names one).
     */
    static Map<String, Object> tunnel(Tunnel t, boolean active, WireGuardHandshake handshake) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("state", t.state().name());
        m.put("addresses", t.addresses());
        m.put("peer", t.peer());
        m.put("active", active);
        m.put("invalidReason", t.invalidReason());
        m.put("wireGuard", handshake != null);
        m.put("handshakeAgeSeconds", handshake == null ? null : handshake.ageSeconds());
        m.put("handshakeProblem", handshake == null ? null : handshake.problem());
        m.put("gateway", t.gateway());
        return m;
    }

    private static Map<String, Object> conntrack(ConntrackFlush c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", c.status());
        m.put("oldTunnel", c.oldTunnel());
        m.put("deleted", c.deleted());
        m.put("detail", c.detail());
        return m;
    }

    static Map<String, Object> switchResult(SwitchResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tunnel", r.tunnel());
        m.put("verified", r.verified());
        m.put("activeAfter", r.activeAfter());
        m.put("detail", r.detail());
        m.put("ipv6After", r.ipv6After());
        m.put("ipv6", r.ipv6());
        m.put("conntrack", r.conntrack() == null ? null : conntrack(r.conntrack()));
        return m;
    }
}
