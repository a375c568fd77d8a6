package io.github.vpnfailover.store;

/** The old manager's config.json, field for field ({@code delay} = seconds between cycles). */
public record LegacyConfig(int depth, double threshold, int delay, double uploadWeight, double downloadWeight, double latencyWeight) { }
