package io.github.vpnfailover.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.vpnfailover.probe.ProbeResult;
import io.github.vpnfailover.probe.Proto;
import java.net.Inet6Address;
import java.util.LinkedHashMap;
import java.util.Map;

/** check-openvpn's {@code --json} object; its own class so that a plain check never loads Jackson. */
final class PluginJson {

    private PluginJson() {
    }

    static String of(ProbeResult result, String host, int port, Proto proto, String wrapping) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", result.status().name());
        m.put("exitCode", result.status().exitCode());
        m.put("message", result.message());
        m.put("host", host);
        m.put("port", port);
        m.put("proto", proto.label());
        m.put("wrapping", wrapping);
        m.put("responder", result.responder() == null ? null : address(result));
        m.put("timeSeconds", result.time().toNanos() / 1e9);
        m.put("attempts", result.attempts());
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serializes", e);
        }
    }

    private static String address(ProbeResult result) {
        String ip = result.responder().getAddress().getHostAddress();
        return (result.responder().getAddress() instanceof Inet6Address ? "[" + ip + "]" : ip) + ":"
                + result.responder().getPort();
    }
}
