package io.github.vpnfailover.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;

/**
 * AtlantaFX Primer light or dark, plus the app's own sheet and the bridge that gives ControlsFX controls
 * the Modena colour names AtlantaFX does not define (without it the ToggleSwitch is invisible).
 */
public final class Theme {

    private static final String BRIDGE = "/io/github/vpnfailover/ui/controlsfx-bridge.css";
    private static final String APP = "/io/github/vpnfailover/ui/app.css";

    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();

    /** Dark when the desktop's GTK theme says so; there is no portable way to ask the system in JavaFX 21. */
    public static boolean systemPrefersDark() {
        String gtk = System.getenv("GTK_THEME");
        return gtk != null && gtk.toLowerCase(java.util.Locale.ROOT).contains("dark");
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    public void apply(boolean useDark) {
        dark.set(useDark);
        Application.setUserAgentStylesheet(useDark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public void toggle() {
        apply(!dark.get());
    }

    /** Adds the bridge and app sheets to {@code scene}. */
    public static void style(Scene scene) {
        scene.getStylesheets().addAll(Theme.class.getResource(BRIDGE).toExternalForm(),
                Theme.class.getResource(APP).toExternalForm());
    }
}
