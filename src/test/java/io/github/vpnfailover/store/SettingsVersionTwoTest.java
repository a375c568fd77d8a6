package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.LivenessSettings;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.QualityThresholds;
import io.github.vpnfailover.core.RouteMode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings version 2 (decision 0210): each router profile carries its measurement settings. The exact bytes of a
 * version-2 file with a set-up router, and a version-1 file of the same router, which loads as the same settings
 * (the old global measurement settings copied into the profile) and is written back as version 2.
 */
class SettingsVersionTwoTest {

    static final MeasureSettings LAB_MEASURE = new MeasureSettings("^tun[0-9]+$", List.of("10.9.0.1"), 4, 0.2,
            "http://10.9.0.1:8000/f.bin", "http://10.9.0.1:8080/up", 2_000_000, 8, RouteMode.DEF1, null);
    static final LivenessSettings LAB_LIVENESS = new LivenessSettings(List.of("10.9.0.1"), 200, 800, 3, 5, 1,
            new QualityThresholds(300.0, 200.0, 20.0, 5.0, 50), 3, 120, List.of(), 50);
    static final RouterProfile LAB = new RouterProfile("Lab", "192.0.2.1", 22, "root", "/root/.ssh/id_ed25519", List.of(), true,
            LAB_LIVENESS, LAB_MEASURE);

    @TempDir
    Path dir;

    @Test
    void aSetUpRouterIsWrittenExactlyAsVersionTwo() throws Exception {
        Path f = dir.resolve("settings.json");
        new SettingsStore(f, Clock.systemUTC()).save(Settings.defaults().withPolicy(SettingsFormatTest.WRITTEN)
                .withRouters(List.of(LAB)).withSelectedRouter("Lab"));
        assertThat(Files.readString(f)).isEqualTo(fixture("v2-lab-router.json"));
    }

    @Test
    void versionTwoBytesLoadAsWritten() throws Exception {
        Settings s = load("v2-lab-router.json");
        assertThat(s.router("Lab")).isEqualTo(LAB);
        assertThat(s.selectedRouter()).isEqualTo("Lab");
        assertThat(s.policy()).isEqualTo(SettingsFormatTest.WRITTEN);
    }

    @Test
    void aVersionOneFileGivesEachProfileTheMeasurementSettingsItRanWith() throws Exception {
        Settings s = load("v1-lab-router.json");
        assertThat(s.router("Lab")).isEqualTo(LAB);
        assertThat(s.router(RouterProfile.LOCAL_NAME).measure()).as("This computer measured with them too").isEqualTo(LAB_MEASURE);
        assertThat(s.router("Lab").needsSetup()).as("a migrated router is set up already").isFalse();
    }

    @Test
    void aVersionOneFileIsWrittenBackAsVersionTwo() throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, fixture("v1-lab-router.json"));
        var store = new SettingsStore(f, Clock.systemUTC());
        store.save(store.load().settings());
        String text = Files.readString(f);
        assertThat(text).startsWith("{\n  \"version\" : 2,");
        assertThat(store.load().settings().router("Lab")).isEqualTo(LAB);
    }

    @Test
    void aProfileWithAValueTheRouterWouldRefuseIsReportedAtLoadNamingIt() throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, fixture("v2-lab-router.json").replace("\"10.9.0.1\" ],\n      \"pingCount\"", "\"10.9.0.1;id\" ],\n      \"pingCount\""));
        SettingsLoad load = new SettingsStore(f, Clock.systemUTC()).load();
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains("routers[1].measure.pingTargets[0] = '10.9.0.1;id' is not allowed");
    }

    private Settings load(String name) throws Exception {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, fixture(name));
        SettingsLoad load = new SettingsStore(f, Clock.systemUTC()).load();
        assertThat(load.status()).as(load.detail()).isEqualTo(SettingsLoad.Status.OK);
        return load.settings();
    }

    static String fixture(String name) throws Exception {
        try (InputStream in = SettingsVersionTwoTest.class.getResourceAsStream("/settings/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
