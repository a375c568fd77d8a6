package io.github.vpnfailover.testbed;

import java.io.IOException;
import java.util.List;

/** Removes test namespaces: first every process still inside, by PID, then the namespace itself. */
final class NamespaceTeardown {

    private NamespaceTeardown() {
    }

    static void removeAll(List<String> namespaces) {
        for (String ns : namespaces) {
            try {
                for (String pid : NamespaceProcesses.pids(ns)) {
                    ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroyForcibly);
                }
            } catch (IOException | NumberFormatException e) {
                // the namespace may never have been made
            }
            try {
                Netns.run("ip", "netns", "del", ns);
            } catch (IOException e) {
                // idem; deleting the router namespace also deletes the management veth's host end
            }
        }
    }
}
