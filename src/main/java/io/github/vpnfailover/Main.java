package io.github.vpnfailover;

import io.github.vpnfailover.cli.PluginCommandLine;
import io.github.vpnfailover.cli.RootCommand;
import java.io.PrintWriter;

/**
 * The one entry point. No arguments opens the desktop app; anything else is a headless command,
 * and those paths never load JavaFX. {@code check-openvpn}, started anew for every monitoring check, gets a
 * command line of its own that loads nothing else.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            launchDesktop();
            return;
        }
        if (args[0].equals(PluginCommandLine.NAME)) {
            System.exit(PluginCommandLine.execute(args, new PrintWriter(System.out, true),
                    new PrintWriter(System.err, true)));
        }
        System.exit(RootCommand.commandLine().execute(args));
    }

    private static void launchDesktop() {
        String display = System.getenv("DISPLAY");
        String wayland = System.getenv("WAYLAND_DISPLAY");
        String os = System.getProperty("os.name", "");
        // macOS and Windows draw without DISPLAY; only X11 and Wayland desktops need one of the two
        boolean needsDisplay = !os.startsWith("Mac") && !os.startsWith("Windows");
        if (needsDisplay && (display == null || display.isBlank()) && (wayland == null || wayland.isBlank())) {
            // typed on a router or over SSH: JavaFX would only say "Unable to open DISPLAY" deep in a stack trace
            System.err.println("No display for the desktop app (DISPLAY and WAYLAND_DISPLAY are not set). On a router"
                    + " or over SSH, use the commands: vpnfailover --help");
            System.exit(1);
        }
        try {
            // Looked up by name so that the CLI classes never link against JavaFX.
            Class.forName("io.github.vpnfailover.ui.DesktopLauncher")
                    .getMethod("launch", String[].class)
                    .invoke(null, (Object) new String[0]);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.err.println("Could not start the desktop app: " + e.getCause());
            System.exit(1);
        } catch (ReflectiveOperationException e) {
            System.err.println("Could not start the desktop app: " + e);
            System.exit(1);
        }
    }
}
