package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs from a router whose shell runs in German (captured here with a generated de_DE.UTF-8 locale and the
 * real iputils ping on loopback; the two "handmade" files show an NLS build's decimal commas and words): each
 * becomes a clear "could not parse" result that keeps the raw line, and every command the app sends forces
 * LC_ALL=C so a German router answers in the form the parsers read.
 */
class LocalizedOutputTest {

    private final PingParser ping = new PingParser();

    @Test
    void translatedErrorsAreUnparsedWithTheRoutersOwnWords() {
        Parsed.Unparsed<PingSummary> nodev = unparsed(ping.parse(Captures.read("ping/iputils-de-nodev.txt")));
        assertThat(nodev.reason()).isEqualTo("ping failed: SO_BINDTODEVICE nosuch0: Kein passendes Gerät gefunden");
        assertThat(nodev.raw()).isEqualTo("SO_BINDTODEVICE nosuch0: Kein passendes Gerät gefunden");
        Parsed.Unparsed<PingSummary> busybox = unparsed(ping.parse(Captures.read("ping/busybox-de-nodev.txt")));
        assertThat(busybox.raw()).isEqualTo("bad address 'nosuch0'");
    }

    @Test
    void decimalCommasAndTranslatedSummariesAreUnparsedWithTheRawLine() {
        Parsed.Unparsed<PingSummary> comma = unparsed(ping.parse(Captures.read("ping/iputils-de-rtt-comma-handmade.txt")));
        assertThat(comma.reason()).isEqualTo("could not parse the round-trip line");
        assertThat(comma.raw()).isEqualTo("rtt min/avg/max/mdev = 0,048/0,070/0,101/0,022 ms");
        Parsed.Unparsed<PingSummary> nls = unparsed(ping.parse(Captures.read("ping/iputils-nls-de-handmade.txt")));
        assertThat(nls.reason()).isEqualTo("no ping statistics line found");
        assertThat(nls.raw()).isEqualTo("rtt min/avg/max/mdev = 0,048/0,070/0,101/0,022 ms");
        Parsed.Unparsed<CurlStats> curl = unparsed(new CurlWriteOut().parse(
                "vfm-curl http_code=200 size_download=1000 size_upload=0 speed_download=97323,600 speed_upload=0 time_total=0,010275\n"));
        assertThat(curl.reason()).startsWith("curl printed a number this parser cannot read");
        assertThat(curl.raw()).contains("speed_download=97323,600");
    }

    @Test
    void aGermanPingStillReadsWhenItsNumbersAreInCForm() {
        // iputils 20221126 (no NLS) prints decimal points even under de_DE; only libc's error texts are translated.
        PingSummary s = ping.parse(Captures.read("ping/iputils-de-lo.txt")).valueOrNull();
        assertThat(s).isNotNull();
        assertThat(s.minMs()).isEqualTo(0.028);
        // "-i 0,2" typed in German is "garbage" to ping: it warns and pings with no gap; the summary still reads.
        assertThat(ping.parse(Captures.read("ping/iputils-de-comma-interval.txt")).valueOrNull().received()).isEqualTo(3);
    }

    @Test
    void theLogLineOfAFailedPingCarriesTheRawText() {
        String nonce = "0123456789abcdef";
        var settings = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of("10.66.0.2"), 3, 0.2, null, null,
                1_000_000, 3, RouteMode.DEF1, null);
        var script = new MeasureScript(nonce, InterfaceName.of("tunA"), settings);
        String m = script.marker();
        String output = m + " ping 0\n" + Captures.read("ping/iputils-de-rtt-comma-handmade.txt") + m + " exit 0\n" + m + " end\n";
        Sample s = new SampleAssembler().assemble("tunA", Instant.EPOCH, script, new ScriptOutput(m, output), "x", 1).sample();
        assertThat(s.latencyMs()).isNull();
        assertThat(s.error()).isEqualTo("ping 10.66.0.2: could not parse the round-trip line "
                + "[rtt min/avg/max/mdev = 0,048/0,070/0,101/0,022 ms]");
    }

    @Test
    void everyCommandTheRouterSendsForcesTheCLocale() throws Exception {
        var shell = new RecordingShell();
        var router = new Router(shell);
        var settings = MeasureSettings.defaults();
        try {
            router.listTunnels(settings);
        } catch (ShellException expected) {
            // the recording shell prints nothing useful; only the command matters here
        }
        router.active();
        router.measure("tun0", settings);
        try {
            router.switchTo("tun0", settings);
        } catch (RuntimeException | ShellException expected) {
            // no such tunnel in the empty listing: refused before any route command
        }
        assertThat(shell.commands).hasSizeGreaterThanOrEqualTo(3);
        assertThat(shell.commands).allSatisfy(c -> assertThat(c).startsWith("LC_ALL=C; export LC_ALL"));
    }

    @Test
    void aRouterShellInGermanAnswersInEnglishBecauseTheAppForcesLcAllC(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/localedef")) || Files.isExecutable(Path.of("/usr/sbin/localedef")),
                "needs localedef (package locales) to build de_DE.UTF-8");
        Process p = new ProcessBuilder("localedef", "-i", "de_DE", "-f", "UTF-8", dir.resolve("de_DE.UTF-8").toString())
                .redirectErrorStream(true).start();
        String why = new String(p.getInputStream().readAllBytes());
        assumeTrue(p.waitFor() == 0 || Files.isDirectory(dir.resolve("de_DE.UTF-8")), "localedef failed: " + why);
        var german = new GermanShell(dir);
        // The locale really is active: without LC_ALL=C this shell answers in German (else the test proves nothing).
        CommandResult raw = german.run("ping -c 1 -W 1 -I nosuch0 127.0.0.1", Duration.ofSeconds(10));
        assertThat(raw.stdout() + raw.stderr()).contains("Kein passendes Gerät gefunden");
        var settings = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of("127.0.0.1"), 1, 0.2, null, null,
                1_000_000, 3, RouteMode.DEF1, null);
        Sample s = new Router(german).measure("nosuch0", settings);
        assertThat(s.error()).contains("ping 127.0.0.1: ping failed: SO_BINDTODEVICE nosuch0: No such device")
                .doesNotContain("Kein");
        CommandResult ip = german.run(Router.C_LOCALE + "ip route get 127.0.0.1 from 127.0.0.2 iif nosuch0", Duration.ofSeconds(10));
        assertThat(ip.stderr()).doesNotContain("Kein");
    }

    @SuppressWarnings("unchecked")
    private static <T> Parsed.Unparsed<T> unparsed(Parsed<T> p) {
        assertThat(p).isInstanceOf(Parsed.Unparsed.class);
        return (Parsed.Unparsed<T>) p;
    }

    /** This computer, but every command runs as a German login shell would: LANG and LC_ALL set to de_DE.UTF-8. */
    private static final class GermanShell extends LocalShell {
        private final Path locales;

        GermanShell(Path locales) {
            this.locales = locales;
        }

        @Override
        public CommandResult run(String command, Duration timeout) throws ShellException {
            return super.run("export LOCPATH=" + ShellQuote.quote(locales.toString())
                    + " LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8\n" + command, timeout);
        }
    }

    /** Records commands and answers each with nothing. */
    private static final class RecordingShell implements RemoteShell {
        final List<String> commands = new CopyOnWriteArrayList<>();

        @Override
        public CommandResult run(String command, Duration timeout) {
            commands.add(command);
            return new CommandResult(0, "", "");
        }

        @Override
        public LineStream stream(String command, Consumer<String> onLine) {
            commands.add(command);
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public String describe() {
            return "recording shell";
        }

        @Override
        public void close() {
        }
    }
}
