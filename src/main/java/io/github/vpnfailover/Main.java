package io.github.vpnfailover;

import io.github.vpnfailover.cli.RootCommand;
import picocli.CommandLine;

/**
 * The one entry point. No arguments opens the desktop app; anything else is a headless command,
 * and those paths never load JavaFX.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            launchDesktop();
            return;
        }
        System.exit(RootCommand.commandLine().execute(args));
    }

    private static void launchDesktop() {
        try {
            // Looked up by name so that the CLI classes never link against JavaFX.
            Class.forName("io.github.vpnfailover.ui.DesktopLauncher")
                    .getMethod("launch", String[].class)
                    .invoke(null, (Object) new String[0]);
        } catch (ReflectiveOperationException e) {
            System.err.println("Could not start the desktop app: " + e);
            System.exit(1);
        }
    }
}
