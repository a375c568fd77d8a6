package io.github.vpnfailover.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.store.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void firstRunOnlyRecommendsAndKeepsThatWhenAProfileIsSaved() throws Exception {
        Path file = dir.resolve("settings.json");
        try (var service = new SettingsService(new SettingsStore(file, Clock.systemUTC()))) {
            SettingsLoad first = service.load().get();
            assertThat(first.status()).isEqualTo(SettingsLoad.Status.MISSING);
            assertThat(first.settings().policy().autoFailover()).isFalse();

            service.saveProfile(new RouterProfile("r1", "192.0.2.1", 22, "root", null, java.util.List.of())).get();
            assertThat(service.load().get().settings().policy().autoFailover()).isFalse();
        }
    }

    @Test
    void anOperatorsSavedChoiceIsKept() throws Exception {
        Path file = dir.resolve("settings.json");
        try (var service = new SettingsService(new SettingsStore(file, Clock.systemUTC()))) {
            service.savePolicy(Policy.defaults().withAutoFailover(true)).get();
            SettingsLoad again = service.load().get();
            assertThat(again.status()).isEqualTo(SettingsLoad.Status.OK);
            assertThat(again.settings().policy().autoFailover()).isTrue();
        }
    }

    @Test
    void defaultsInPlaceOfACorruptOrTooNewFileOnlyRecommend() throws Exception {
        Path file = dir.resolve("settings.json");
        try (var service = new SettingsService(new SettingsStore(file, Clock.systemUTC()))) {
            java.nio.file.Files.writeString(file, "{\"version\": 1, \"policy\": {\"depth\": ");
            SettingsLoad corrupt = service.load().get();
            assertThat(corrupt.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
            assertThat(corrupt.settings().policy().autoFailover()).isFalse();
            java.nio.file.Files.writeString(file, "{\"version\": 99}");
            SettingsLoad tooNew = service.load().get();
            assertThat(tooNew.status()).isEqualTo(SettingsLoad.Status.TOO_NEW);
            assertThat(tooNew.settings().policy().autoFailover()).isFalse();
        }
    }
}
