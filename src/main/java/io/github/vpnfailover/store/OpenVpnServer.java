package io.github.vpnfailover.store;

/**
 * An OpenVPN server reached through {@code tunnel}: what the endpoint probe checks. {@code proto} is udp or tcp;
 * {@code wrapping} is none, tls-auth, tls-crypt or tls-crypt-v2; {@code keyFile} is a path, never key material.
 */
public record OpenVpnServer(String tunnel, String host, int port, String proto, String wrapping, String keyFile) { }
