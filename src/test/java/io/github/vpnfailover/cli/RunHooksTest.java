package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.HookSettings;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsLoad;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.testing.FakeParts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** The hook flags and the profile's hooks field of {@code run} (over a stand-in router; the real one is in FleetDaemonOverNamespaceRouterTest). */
class RunHooksTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        RunCommand cmd = new RunCommand();
        cmd.parts = FakeParts.of(shell -> new RunCommandTest.TwoTunnels(), shell -> null);
        CommandLine cl = new CommandLine(cmd);
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--router-hook | echo {iface} | --router-hook echo {iface}: unknown placeholder {iface} (only {from} and {to} exist)",
            "--router-hook | ' ' | --router-hook",
            "--hook-timeout-seconds | 0 | --hook-timeout-seconds 0: must be 1 to 3600",
            "--on-event | ' ' | --on-event (number 0 from 0): empty"})
    void aBadHookFlagIsAUsageErrorNamingTheFlag(String flag, String value, String message) {
        assertThat(run("--once", "--data-dir", dir.toString(), flag, value)).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains(message);
    }

    @Test
    void aProfilesHooksRunWithThoseOfTheFlags() throws Exception {
        Path rec = dir.resolve("rec.sh");
        Files.writeString(rec, "#!/bin/sh\necho \"$1$VFM_EVENT $VFM_ROUTER $VFM_TO\" >> \"$0.log\"\n");
        Files.setPosixFilePermissions(rec, PosixFilePermissions.fromString("rwx------"));
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"depth\": 1, \"threshold\": 0.1}");
        var local = RouterProfile.local();
        var withHooks = new RouterProfile(local.name(), null, null, null, null, List.of(), null, null, null, null,
                new HookSettings(List.of(rec + " profile:"), 5, null));
        new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()).save(Settings.defaults().withRouters(List.of(withHooks)));
        int code = run("--once", "--auto", "--profile", RouterProfile.LOCAL_NAME, "--config", policy.toString(), "--data-dir", dir.toString(),
                "--on-event", rec + " flag:");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(Path.of(rec + ".log"))).containsExactlyInAnyOrder("profile:switch This computer tun1",
                "flag:switch This computer tun1");
    }

    @Test
    void aBadRouterHookInSettingsIsRefusedAtLoadNamingTheField() throws Exception {
        Path f = dir.resolve("settings.json");
        var bad = new RouterProfile("lab", "192.0.2.1", 22, "root", null, List.of(), null, null, null, null,
                new HookSettings(List.of(), null, "logger {peer}"));
        Files.writeString(f, io.github.vpnfailover.store.Json.mapper().writeValueAsString(Settings.defaults().withRouters(List.of(bad))));
        SettingsLoad load = new SettingsStore(f, Clock.systemUTC()).load();
        System.out.println("[hooks in settings] " + load.detail());
        assertThat(load.status()).isEqualTo(SettingsLoad.Status.CORRUPT);
        assertThat(load.detail()).contains("routers[1].hooks.routerCommand = logger {peer}: unknown placeholder {peer}");
    }
}
