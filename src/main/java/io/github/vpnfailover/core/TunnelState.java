package io.github.vpnfailover.core;

/** Whether a tunnel passes traffic, as far as we know. */
public enum TunnelState { UP, DOWN, UNKNOWN }
