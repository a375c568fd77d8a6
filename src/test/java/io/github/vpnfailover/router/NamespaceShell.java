package io.github.vpnfailover.router;

import java.io.File;
import java.util.List;

/** Test shell: runs every command inside a network namespace, as if that namespace were the router. */
public final class NamespaceShell extends LocalShell {

    private final String namespace;
    private final File directory;
    private final String path;

    public NamespaceShell(String namespace, File directory) {
        this(namespace, directory, null);
    }

    /** With {@code path} set, commands see only that PATH (to play a router that lacks a tool). */
    public NamespaceShell(String namespace, File directory, String path) {
        this.namespace = namespace;
        this.directory = directory;
        this.path = path;
    }

    @Override
    protected List<String> argv(String command) {
        if (path != null) {
            return List.of("ip", "netns", "exec", namespace, "env", "PATH=" + path, "sh", "-c", command);
        }
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
