package io.github.vpnfailover.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class AppIconsTest {

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void loadsEveryWindowIconSizeFromTheClassPath() {
        List<Image> icons = new AppIcons().load();

        assertThat(icons).extracting(Image::getWidth)
                .containsExactly(16.0, 24.0, 32.0, 48.0, 64.0, 128.0, 256.0);
        assertThat(icons).allSatisfy(icon -> {
            assertThat(icon.isError()).as("decoded without error").isFalse();
            assertThat(icon.getHeight()).isEqualTo(icon.getWidth());
        });
    }
}
