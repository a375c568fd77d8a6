package io.github.vpnfailover.router;

/**
 * How route changes run on the router: as the login user ({@code DIRECT}, needs root) or through
 * {@code sudo -n} ({@code SUDO}, for a non-root login allowed only the {@code ip route} commands; see
 * docs/least-privilege.md). Reading routes and measuring never need privileges.
 */
public enum Privilege {
    DIRECT,
    SUDO;

    /** What goes before each route-changing {@code ip}: {@code sudo -n} never prompts, it fails with its own message. */
    String prefix() {
        return this == SUDO ? "sudo -n " : "";
    }
}
