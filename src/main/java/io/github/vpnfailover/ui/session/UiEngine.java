package io.github.vpnfailover.ui.session;

import io.github.vpnfailover.engine.EngineControl;

/** What the desktop app drives: the engine's controls plus the active tunnel it knows (tests hand in a fake). */
public interface UiEngine extends EngineControl {

    /** The tunnel the routes point at as last read or set; null when unknown. */
    String active();
}
