package io.github.vpnfailover.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest (or "dev" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = RootCommand.class.getPackage().getImplementationVersion();
        return new String[] {"vpnfailover " + (v == null ? "dev" : v)};
    }
}
