package io.github.vpnfailover.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes a snapshot taken on the FX thread as PNG. Blocking: call off the FX thread. */
public final class PngExport {

    private PngExport() {
    }

    public static void write(Image snapshot, Path file) throws IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(snapshot, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
