package io.github.vpnfailover.engine;

/** The router link as the user sees it in the status bar. */
public enum ConnectionState { CONNECTING, CONNECTED, RECONNECTING, FAILED, CLOSED }
