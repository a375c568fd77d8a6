package io.github.vpnfailover.router;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.core.Tunnel;
import java.util.List;
import java.util.Optional;

/**
 * What the engine needs from a router. {@code Router} implements it over a {@link RemoteShell};
 * engine unit tests may fake it. A failed measurement is a {@link Sample} with an error, not an exception;
 * a {@link ShellException} means the router could not be reached at all.
 */
public interface RouterControl {

    List<Tunnel> listTunnels(MeasureSettings settings) throws ShellException;

    /** Measures one tunnel in one remote invocation. */
    Sample measure(String tunnel, MeasureSettings settings) throws ShellException;

    /** The tunnel that carries the default traffic now, if any. */
    Optional<String> active() throws ShellException;

    /** Where IPv4 and IPv6 go now; by default only IPv4 is known (decision 0171). */
    default ActiveRoutes activeRoutes() throws ShellException {
        return new ActiveRoutes(active().orElse(null), null, false);
    }

    /** Points the routes at {@code tunnel} with {@code settings.routeMode()}, then reads them back. */
    SwitchResult switchTo(String tunnel, MeasureSettings settings) throws ShellException;

    /** For messages: which router this is. */
    String describe();
}
