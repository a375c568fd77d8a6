package io.github.vpnfailover.router;

/** What one remote command returned. */
public record CommandResult(int exitCode, String stdout, String stderr) {

    public boolean ok() {
        return exitCode == 0;
    }
}
