package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.engine.SessionSpec;
import io.github.vpnfailover.store.RouterProfile;
import io.github.vpnfailover.store.Settings;
import io.github.vpnfailover.store.SettingsStore;
import io.github.vpnfailover.store.StorePaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code installer/vpnfailover@.service}: systemd reads it cleanly, and its ExecStart is a {@code run} that selects the instance's profile. */
class SystemdTemplateTest {

    private static final Path UNIT = Path.of("installer/vpnfailover@.service");

    @TempDir
    Path dir;

    /** ExecStart as systemd runs it for instance {@code name}, with {@code options} in $VFM_OPTIONS. */
    private static List<String> execStart(String name, String options) throws Exception {
        String line = Files.readAllLines(UNIT).stream().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow();
        List<String> argv = new ArrayList<>();
        for (String word : line.substring("ExecStart=".length()).split(" +")) {
            if (word.equals("$VFM_OPTIONS")) {
                argv.addAll(options.isBlank() ? List.of() : Arrays.asList(options.split(" +")));
            } else {
                argv.add(word.replace("%I", name).replace("%i", name));
            }
        }
        return argv;
    }

    @Test
    void execStartRunsTheInstancesProfileWithTheOptionsOfItsConfFile() throws Exception {
        List<String> argv = execStart("branch-12", "--metrics-listen 127.0.0.1:9788 --on-event /etc/vpnfailover/notify-hook");
        System.out.println("[vpnfailover@branch-12] " + argv);
        assertThat(argv.subList(0, 2)).containsExactly("/opt/vpnfailover/bin/vpnfailover", "run");
        var profile = new RouterProfile("branch-12", "192.0.2.12", 22, "vpnfailover", null, List.of());
        new SettingsStore(dir.resolve("settings.json"), Clock.systemUTC()).save(Settings.defaults().withRouters(List.of(profile)));
        RunCommand cmd = new RunCommand();
        new CommandLine(cmd).parseArgs(argv.subList(2, argv.size()).toArray(String[]::new));
        SessionSpec spec = cmd.sessionSpec(new StorePaths(dir, dir));
        assertThat(spec.routerKey()).isEqualTo("192.0.2.12");
        assertThat(spec.policy().autoFailover()).isTrue();
        assertThat(cmd.metrics.address().getPort()).isEqualTo(9788);
        assertThat(cmd.hookFlags.settings(profile.hooksOrNone()).onEvent()).containsExactly("/etc/vpnfailover/notify-hook");
        RunCommand bare = new RunCommand();
        new CommandLine(bare).parseArgs(execStart("branch-12", "").subList(2, 6).toArray(String[]::new));
        assertThat(bare.metrics.address()).as("no conf file: no metrics").isNull();
    }

    @Test
    void systemdAnalyzeVerifiesTheTemplateWithoutAWarning() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")), "systemd-analyze is missing: apt-get install systemd");
        // the installed binary is not on a build machine: the same unit with it replaced by one that exists
        Path unit = dir.resolve("vpnfailover@.service");
        Files.writeString(unit, Files.readString(UNIT).replace("/opt/vpnfailover/bin/vpnfailover", "/bin/echo"));
        Process p = new ProcessBuilder("/usr/bin/systemd-analyze", "verify", "--man=no", "vpnfailover@branch-12.service")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        System.out.println("[systemd-analyze verify] exit " + p.exitValue() + (out.isBlank() ? ", no output" : ": " + out));
        assertThat(p.exitValue()).isZero();
        assertThat(out).as("warnings about the unit").doesNotContain("vpnfailover@");
    }
}
