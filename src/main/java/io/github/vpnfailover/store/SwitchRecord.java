package io.github.vpnfailover.store;

import java.time.Instant;

/** One stored route change or attempt: {@code verified} only when read back pointing at {@code to}. */
public record SwitchRecord(Instant time, String from, String to, boolean verified, boolean manual, String reason) { }
