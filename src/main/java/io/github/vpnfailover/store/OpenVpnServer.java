package io.github.vpnfailover.store;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An OpenVPN server reached through {@code tunnel}: what the endpoint probe checks. {@code proto} is udp or tcp;
 * {@code wrapping} is none, tls-auth, tls-crypt or tls-crypt-v2; {@code keyFile} is a path, never key material;
 * {@code keyDirection} (tls-auth only) is 0, 1 or none, null meaning check-openvpn's default 1 (decision 0212).
 * A missing key direction is not written, so files without one keep their bytes.
 */
public record OpenVpnServer(String tunnel, String host, int port, String proto, String wrapping, String keyFile,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String keyDirection) {

    /** A server with check-openvpn's default key direction. */
    public OpenVpnServer(String tunnel, String host, int port, String proto, String wrapping, String keyFile) {
        this(tunnel, host, port, proto, wrapping, keyFile, null);
    }
}
