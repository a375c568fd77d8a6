package io.github.vpnfailover.core;

/** How samples become a score: normalized weights (default) or the old Python manager's formula. */
public enum ScoringMode { NORMALIZED, CLASSIC }
