package io.github.vpnfailover.router;

import java.io.File;
import java.util.List;

/** Test shell: runs every command inside a network namespace, as if that namespace were the router. */
final class NamespaceShell extends LocalShell {

    private final String namespace;
    private final File directory;

    NamespaceShell(String namespace, File directory) {
        this.namespace = namespace;
        this.directory = directory;
    }

    @Override
    protected List<String> argv(String command) {
        return List.of("ip", "netns", "exec", namespace, "sh", "-c", command);
    }

    @Override
    protected File workingDirectory() {
        return directory;
    }

    @Override
    public String describe() {
        return "namespace " + namespace;
    }
}
