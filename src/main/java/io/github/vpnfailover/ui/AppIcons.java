package io.github.vpnfailover.ui;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/** Loads the app icon in every size the window manager may pick from (rendered by icons/render.sh). */
public final class AppIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    /** Returns the icons found on the class path, smallest first; a missing size is skipped. */
    public List<Image> load() {
        List<Image> icons = new ArrayList<>();
        for (int size : SIZES) {
            URL url = AppIcons.class.getResource("/icons/vpnfailover-" + size + ".png");
            if (url != null) {
                // loaded now rather than in the background so the first frame already has its icon
                icons.add(new Image(url.toExternalForm(), false));
            }
        }
        return icons;
    }
}
