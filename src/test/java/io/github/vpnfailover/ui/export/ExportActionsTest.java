package io.github.vpnfailover.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.ui.FakeEngine;
import io.github.vpnfailover.ui.chart.TimeRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {

    private final FakeEngine engine = FakeEngine.manual();
    private final ExportActions export = new ExportActions(engine, Runnable::run, Clock.systemUTC());

    @Test
    void csvHoldsTheRangesStoredHistoryOfEveryTunnel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("h.csv");

        int rows = export.csv(FakeEngine.TUNNELS, TimeRange.MIN_15, file).get(10, TimeUnit.SECONDS);

        List<String> lines = Files.readAllLines(file);
        assertThat(rows).isGreaterThan(20);
        assertThat(lines).hasSize(rows + 1);
        assertThat(lines.get(0)).isEqualTo(CsvExport.HEADER);
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).containsOnly("tun0", "tun1", "wg0");
        assertThat(engine.historyCalls).hasValue(3);
    }

    @Test
    void pngIsAReadableImageOfTheSnapshotsSize(@TempDir Path dir) throws Exception {
        WritableImage image = new WritableImage(40, 30);
        image.getPixelWriter().setColor(3, 4, Color.RED);
        Path file = dir.resolve("c.png");

        export.png(image, file).get(10, TimeUnit.SECONDS);

        var read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(40);
        assertThat(read.getHeight()).isEqualTo(30);
        assertThat(read.getRGB(3, 4) & 0xffffff).isEqualTo(0xff0000);
    }
}
