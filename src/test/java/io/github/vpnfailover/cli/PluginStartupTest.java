package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A check-openvpn run in a real JVM loads only what a check needs (decision 0111): the class-load log says so. */
class PluginStartupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // session ids from /dev/urandom: no SecureRandom, so no security providers without a digest
        "plain check; 127.0.0.1 -p 9 --timeout 0.1 --retrycount 1; false; false",
        "--json; 127.0.0.1 -p 9 --timeout 0.1 --retrycount 1 --json; true; false",
        // HMAC without javax.crypto.Mac, whose policy files cost 45 ms a check (decision 0203)
        "tls-auth; 127.0.0.1 -p 9 --timeout 0.1 --retrycount 1 --tls-auth src/main/cds/training-ta.key; false; true",
    })
    void aCheckLoadsNoPicocliLoggingEngineOrDesktop(String name, String args, boolean jsonExpected,
            boolean providersExpected) throws Exception {
        Path out = Files.createTempFile("vfm-check-classes", ".log");
        Process p = null;
        try {
            List<String> cmd = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-verbose:class",
                    "-cp", System.getProperty("java.class.path"), "io.github.vpnfailover.Main", "check-openvpn"));
            cmd.addAll(List.of(args.split(" ")));
            p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the check ended").isTrue();
            assertThat(p.exitValue()).as("CRITICAL: nothing listens on port 9").isEqualTo(2);
            List<String> loaded = Files.readAllLines(out).stream().filter(l -> l.contains("[class,load]")).toList();
            // the log must show the check's own classes, or an empty log would pass
            assertThat(loaded).anyMatch(l -> l.contains(" io.github.vpnfailover.probe.UdpTransport "));
            for (String banned : List.of(" picocli.", " ch.qos.logback.", " org.slf4j.", " javafx.",
                    " com.jcraft.", " org.sqlite.", " io.github.vpnfailover.engine.", " io.github.vpnfailover.store.",
                    " io.github.vpnfailover.router.", " io.github.vpnfailover.ui.", " io.github.vpnfailover.cli.RunCommand ",
                    " io.github.vpnfailover.cli.RootCommand ", " javax.crypto.JceSecurity ")) {
                assertThat(loaded).as(banned).noneMatch(l -> l.contains(banned));
            }
            if (jsonExpected) {
                assertThat(loaded).anyMatch(l -> l.contains(" com.fasterxml.jackson.databind.ObjectMapper "));
            } else {
                assertThat(loaded).noneMatch(l -> l.contains(" com.fasterxml."));
                // a regex compiled on the way costs milliseconds a check: key files and output are read by loops
                assertThat(loaded).noneMatch(l -> l.contains(" java.util.regex.Pattern "));
            }
            assertThat(loaded).as("security providers started").matches(l -> l.stream()
                    .anyMatch(c -> c.contains(" sun.security.jca.Providers ")) == providersExpected);
        } finally {
            if (p != null) {
                p.destroyForcibly();
            }
            Files.deleteIfExists(out);
        }
    }
}
