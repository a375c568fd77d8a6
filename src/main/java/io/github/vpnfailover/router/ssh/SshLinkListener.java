package io.github.vpnfailover.router.ssh;

/** Told about every change of the SSH link state; called on the thread that caused it, so keep it quick. */
@FunctionalInterface
public interface SshLinkListener {

    void onStatus(SshLinkStatus status);

    static SshLinkListener none() {
        return status -> { };
    }
}
