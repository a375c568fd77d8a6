package io.github.vpnfailover.ui;

import javafx.application.Application;

/** Starts JavaFX; kept apart from {@code Main} so the CLI never touches JavaFX classes. */
public final class DesktopLauncher {

    private DesktopLauncher() {
    }

    public static void launch(String[] args) {
        Application.launch(DesktopApp.class, args);
    }
}
