package io.github.vpnfailover.testbed;

import io.github.vpnfailover.router.LocalShell;
import java.util.List;

/** A router login that is not root, in the router namespace: {@code setpriv} drops to nobody. */
final class NobodyShell extends LocalShell {
    private final String ns;

    NobodyShell(String ns) {
        this.ns = ns;
    }

    @Override
    protected List<String> argv(String command) {
        return List.of("ip", "netns", "exec", ns, "setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                "sh", "-c", command);
    }
}
