package io.github.vpnfailover.engine;

/**
 * Reads from the event stream when every tunnel went down and when one answered again: the first
 * {@link Problem#ALL_TUNNELS_DOWN} error starts an episode (the engine repeats it every such cycle), the next good
 * sample of any tunnel ends it. Metrics and hooks both follow these episodes (decisions 0190, 0192). Not thread-safe:
 * its caller serialises the events.
 */
public final class AllDownEpisodes {

    /** What an event changed. */
    public enum Change { NONE, ALL_DOWN, RECOVERED }

    private boolean down;

    public Change observe(EngineEvent e) {
        if (!down && e instanceof EngineEvent.ErrorEvent err && err.problem() == Problem.ALL_TUNNELS_DOWN) {
            down = true;
            return Change.ALL_DOWN;
        }
        if (down && e instanceof EngineEvent.SampleEvent s && s.sample().isGood()) {
            down = false;
            return Change.RECOVERED;
        }
        return Change.NONE;
    }

    public boolean down() {
        return down;
    }
}
