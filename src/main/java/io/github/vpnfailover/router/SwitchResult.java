package io.github.vpnfailover.router;

/**
 * The outcome of a switch. {@code verified} only when the routes were read back pointing at the tunnel;
 * otherwise {@code detail} says exactly what was found (or the router's own error).
 */
public record SwitchResult(String tunnel, boolean verified, String activeAfter, String detail) { }
