package io.github.vpnfailover.engine;

import java.util.Locale;

/** Where the measuring cycle is, as a {@link EngineEvent.ProgressEvent} says it. */
public enum Step {
    /** Measuring one tunnel (ping, download, upload in one script on the router). */
    MEASURE,
    /** The cycle ended; the next one starts after {@code nextCycleIn} (null: none is scheduled). */
    IDLE,
    /** The cycle was cancelled (measure now, close). */
    CANCELLED;

    /** The name in {@code --json-events} and the text output: lower case, as it always was. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
