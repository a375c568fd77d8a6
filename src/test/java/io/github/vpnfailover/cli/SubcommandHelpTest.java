package io.github.vpnfailover.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command answers --help and --version as a new user types them, in a real JVM through Main: exit 0, its
 * usage on stdout naming every option, and nothing on stderr (picocli warns there about a description it cannot
 * format, and then prints it raw).
 */
class SubcommandHelpTest {

    @Test
    void everyCommandPrintsItsHelpAndVersionCleanly() throws Exception {
        CommandLine root = RootCommand.commandLine();
        List<String> names = new ArrayList<>(root.getSubcommands().keySet());
        names.remove("help");
        assertThat(names).contains("run", "score", "import-legacy", "export-legacy", "check-openvpn", "measure");
        for (String name : names) {
            Run help = run(name, "--help");
            assertThat(help.exit).as(name + " --help: " + help.err).isZero();
            assertThat(help.err).as(name + " --help stderr").isEmpty();
            assertThat(help.out).startsWith("Usage: vpnfailover " + name);
            for (OptionSpec option : root.getSubcommands().get(name).getCommandSpec().options()) {
                String shown = option.negatable() ? "--[no-]" + option.longestName().substring(2) : option.longestName();
                assertThat(help.out).as(name + " names " + shown).contains(shown);
            }
            Run version = run(name, "-V");
            assertThat(version.exit).as(name + " -V: " + version.err).isZero();
            assertThat(version.out).as(name + " -V").isNotBlank();
        }
    }

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.github.vpnfailover.Main"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended: " + cmd).isTrue();
        return new Run(p.exitValue(), out, err);
    }
}
