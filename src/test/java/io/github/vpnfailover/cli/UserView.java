package io.github.vpnfailover.cli;

import io.github.vpnfailover.engine.EngineEvent;

/** Test access to what a person sees of an engine event: the line {@code run} prints, and its --json-events line. */
public final class UserView {

    private static final EventJson JSON = new EventJson();

    private UserView() {
    }

    public static String text(EngineEvent e) {
        return TextEvents.line(e);
    }

    public static String json(EngineEvent e) {
        return JSON.line(e);
    }
}
