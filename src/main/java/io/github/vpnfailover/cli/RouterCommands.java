package io.github.vpnfailover.cli;

import picocli.CommandLine;

/** A picocli factory that builds the router commands over a given {@link ShellFactory}. */
public final class RouterCommands implements CommandLine.IFactory {

    private final ShellFactory shells;

    public RouterCommands(ShellFactory shells) {
        this.shells = shells;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == TunnelsCommand.class) {
            return type.cast(new TunnelsCommand(shells));
        }
        if (type == MeasureCommand.class) {
            return type.cast(new MeasureCommand(shells));
        }
        if (type == SwitchCommand.class) {
            return type.cast(new SwitchCommand(shells));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
