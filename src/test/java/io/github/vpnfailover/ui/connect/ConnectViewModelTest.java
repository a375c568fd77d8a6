package io.github.vpnfailover.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.ui.common.ConnectionStatus;
import io.github.vpnfailover.ui.session.SettingsService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Adding, editing and deleting saved routers against a real settings.json, with executors injected: no window, no
 * FX thread. Re-adding a name and a missing key file are refused with a message; the last router is remembered.
 */
class ConnectViewModelTest {

    @TempDir
    Path dir;

    private SettingsService settings;

    private ConnectViewModel model() throws Exception {
        settings = new SettingsService(new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()));
        var vm = new ConnectViewModel(settings, (p, pw, pol, keys, link) -> {
            throw new IllegalStateException("no router in this test");
        }, Runnable::run, Runnable::run, new ConnectionStatus(Instant::now));
        vm.load().get(5, TimeUnit.SECONDS);
        return vm;
    }

    @AfterEach
    void close() {
        if (settings != null) {
            settings.close();
        }
    }

    private static NewRouter router(String name, String host, String key) {
        return new NewRouter(new RouterProfile(name, host, null, "root", key, List.of()), null);
    }

    @Test
    void reAddingANameIsRefusedNotASilentReplace() throws Exception {
        var vm = model();
        assertThat(vm.add(router("lab", "192.0.2.1", null)).get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(vm.add(router("lab", "192.0.2.2", null)).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Not saved: A router called \"lab\" exists already; choose another name or edit that one");
        assertThat(Files.readString(dir.resolve("settings.json"))).contains("192.0.2.1").doesNotContain("192.0.2.2");
    }

    @Test
    void aMissingKeyFileIsRefusedAtSave() throws Exception {
        var vm = model();
        Path missing = dir.resolve("no-such-key");
        assertThat(vm.add(router("lab", "192.0.2.1", missing.toString())).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Not saved: the key file " + missing + " does not exist");
        assertThat(vm.profiles()).extracting(RouterProfile::name).containsExactly(RouterProfile.LOCAL_NAME);
        Files.writeString(missing, "key");
        assertThat(vm.add(router("lab", "192.0.2.1", missing.toString())).get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aServerKeyFileThatIsMissingOrNoKeyIsRefusedAtSaveByTheProbesReader() throws Exception {
        var vm = model();
        Path key = dir.resolve("ta.key");
        var server = new io.github.vpnfailover.store.OpenVpnServer("tun0", "192.0.2.7", 1194, "udp", "tls-auth", key.toString());
        NewRouter r = new NewRouter(new RouterProfile("lab", "192.0.2.1", null, "root", null, List.of(server)), null);
        assertThat(vm.add(r).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Not saved: server 1 (192.0.2.7:1194): " + key + ": no such file");
        Files.writeString(key, "not a key\n");
        assertThat(vm.add(r).get(5, TimeUnit.SECONDS)).isFalse();
        assertThat(vm.messageProperty().get()).startsWith("Not saved: server 1 (192.0.2.7:1194): " + key);
        assertThat(vm.profiles()).extracting(RouterProfile::name).containsExactly(RouterProfile.LOCAL_NAME);
    }

    @Test
    void editRenamesInPlaceDuplicateAddsAndDeleteRemovesAndTheSelectionIsRemembered() throws Exception {
        var vm = model();
        vm.add(router("a", "192.0.2.1", null)).get(5, TimeUnit.SECONDS);
        vm.add(router("b", "192.0.2.2", null)).get(5, TimeUnit.SECONDS);
        vm.edit("a", router("a2", "192.0.2.3", null)).get(5, TimeUnit.SECONDS);
        assertThat(vm.profiles()).extracting(RouterProfile::name).containsExactly(RouterProfile.LOCAL_NAME, "a2", "b");
        assertThat(vm.edit("a2", router("b", "192.0.2.3", null)).get(5, TimeUnit.SECONDS)).as("rename onto b").isFalse();
        vm.add(new NewRouter(vm.profiles().get(1).withName("a2 (copy)"), null)).get(5, TimeUnit.SECONDS);
        assertThat(vm.profiles()).extracting(RouterProfile::host).containsExactly(null, "192.0.2.3", "192.0.2.2", "192.0.2.3");
        vm.delete(vm.profiles().get(2)).get(5, TimeUnit.SECONDS);
        assertThat(vm.profiles()).extracting(RouterProfile::name).containsExactly(RouterProfile.LOCAL_NAME, "a2", "a2 (copy)");
        assertThat(vm.delete(RouterProfile.local()).get(5, TimeUnit.SECONDS)).isFalse();

        vm.selectedProperty().set(vm.profiles().get(1));
        vm.connect(io.github.vpnfailover.router.ssh.HostKeyDecider.refuse());
        assertThat(vm.messageProperty().get()).isEqualTo("no router in this test");
        settings.savePolicy(io.github.vpnfailover.core.Policy.defaults()).get(5, TimeUnit.SECONDS);
        settings.close();
        assertThat(model().selectedProperty().get().name()).as("remembered after a restart").isEqualTo("a2");
    }
}
