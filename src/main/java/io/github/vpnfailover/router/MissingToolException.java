package io.github.vpnfailover.router;

/** The router lacks a command this app needs ({@code ip}, {@code ping}, {@code curl}, {@code sh}); says how to install it. */
public final class MissingToolException extends ShellException {

    private final String tool;

    public MissingToolException(String tool, String where) {
        super(ToolHints.missing(tool, where));
        this.tool = tool;
    }

    public String tool() {
        return tool;
    }
}
