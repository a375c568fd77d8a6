package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packages' check-openvpn launcher's main class, in a real JVM: the same lines and exit codes as
 * {@code vpnfailover check-openvpn} with the same arguments.
 */
class CheckOpenVpnMainTest {

    @Test
    void answersAsTheSubcommandDoes() throws Exception {
        for (List<String> args : List.of(List.of("127.0.0.1", "-p", "9", "--timeout", "0.1", "--retrycount", "1"),
                List.of("--version"), List.of("127.0.0.1", "-p", "99999"), List.of("--help"))) {
            List<String> sub = new ArrayList<>(List.of("check-openvpn"));
            sub.addAll(args);
            Run viaMain = run("io.github.vpnfailover.Main", sub);
            Run own = run(CheckOpenVpnMain.class.getName(), args);
            assertThat(own.exit).as(args.toString()).isEqualTo(viaMain.exit);
            // the time in a CRITICAL line differs from run to run
            assertThat(own.out.replaceAll("[0-9]+\\.[0-9]+", "T")).as(args.toString())
                    .isEqualTo(viaMain.out.replaceAll("[0-9]+\\.[0-9]+", "T")).isNotBlank();
        }
    }

    record Run(int exit, String out) {
    }

    private static Run run(String main, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }
}
