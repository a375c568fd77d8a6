package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.RouteMode;
import io.github.vpnfailover.core.Sample;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole measurement-script outputs captured in a namespace (iputils and busybox ping), read into samples. */
class SampleAssemblerTest {

    private static final String NONCE = "0123456789abcdef";
    private static final Instant T = Instant.parse("2026-11-23T00:00:00Z");

    private static MeasureScript script() {
        var s = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of("10.66.0.2", "10.66.0.99"), 3, 0.2,
                "http://10.66.0.2:45657/bytes/5000000", "http://10.66.0.2:45657/up", 1_000_000, 3, RouteMode.DEF1, null);
        return new MeasureScript(NONCE, InterfaceName.of("tunA"), s);
    }

    private static TunnelMeasurement assemble(String capture) {
        MeasureScript script = script();
        var out = new ScriptOutput(script.marker(), Captures.read("script/" + capture));
        return new SampleAssembler().assemble("tunA", T, script, out, "namespace test", 2.0);
    }

    @Test
    void iputilsRunCombinesTargetsAndKeepsTheLossOfTheDeadOne() {
        TunnelMeasurement m = assemble("iputils-partial-loss.txt");
        Sample s = m.sample();
        assertThat(s.latencyMs()).isEqualTo(0.079);
        assertThat(s.latencyMinMs()).isEqualTo(0.061);
        assertThat(s.latencyMaxMs()).isEqualTo(0.115);
        assertThat(s.jitterMs()).isEqualTo(0.025);
        assertThat(s.lossPercent()).isEqualTo(50.0);
        assertThat(s.downloadMbps()).isEqualTo(778.589);
        assertThat(s.uploadMbps()).isEqualTo(143.767);
        assertThat(s.error()).isEqualTo("ping 10.66.0.99: 100% packet loss");
        // ping's own "time 415ms" + "time 409ms" + curl time_total 0.010275 + 0.055653
        assertThat(m.commandSeconds()).isCloseTo(0.889928, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void busyboxRunGetsJitterFromReplyTimes() {
        Sample s = assemble("busybox-partial-loss.txt").sample();
        assertThat(s.latencyMs()).isEqualTo(0.061);
        assertThat(s.jitterMs()).isEqualTo(0.007);
        assertThat(s.lossPercent()).isEqualTo(50.0);
        assertThat(s.downloadMbps()).isEqualTo(799.44);
    }

    @Test
    void curlFailuresAreReasonsAndNotZeros() {
        Sample s = assemble("iputils-curl-failures.txt").sample();
        assertThat(s.downloadMbps()).isNull();
        assertThat(s.uploadMbps()).isNull();
        assertThat(s.error()).isEqualTo("ping 10.66.0.99: 100% packet loss; "
                + "download: curl exit 7: Failed to connect to 10.66.0.2 port 1 after 0 ms: Couldn't connect to server; "
                + "upload: curl exit 7: Failed to connect to 10.66.0.99 port 45657 after 626 ms: Couldn't connect to server");
        assertThat(s.latencyMs()).isEqualTo(0.029);
    }

    @Test
    void truncatedOutputSaysTheScriptStoppedEarly() {
        String full = Captures.read("script/iputils-partial-loss.txt");
        MeasureScript script = script();
        var out = new ScriptOutput(script.marker(), full.substring(0, full.indexOf("ping 1") + 20));
        Sample s = new SampleAssembler().assemble("tunA", T, script, out, "x", 1).sample();
        assertThat(out.complete()).isFalse();
        assertThat(s.latencyMs()).isEqualTo(0.079);
        assertThat(s.error()).contains("ping 10.66.0.99: no ping statistics line found")
                .contains("download: no output (the script stopped early)");
    }

    @Test
    void markerGluedToUnterminatedOutputStillSplits() {
        String marker = script().marker();
        var out = new ScriptOutput(marker, marker + " download\ncurl: (28) Operation timed out" + marker + " exit 28\n"
                + marker + " missing curl\n" + marker + " end\n");
        assertThat(out.part("download").exitCode()).isEqualTo(28);
        assertThat(out.part("download").text()).isEqualTo("curl: (28) Operation timed out\n");
        assertThat(out.missingTools()).containsExactly("curl");
        assertThat(out.complete()).isTrue();
    }

    /** One download part and one upload part as the script frames them, for the cap rules below. */
    private static Sample transfers(String download, int downloadExit, String upload, int uploadExit) {
        var settings = new MeasureSettings(MeasureSettings.DEFAULT_TUNNEL_PATTERN, List.of(), 3, 0.2,
                "http://10.66.0.2:8000/big.bin", "http://10.66.0.2:8080/upload", 1_000_000, 3, RouteMode.DEF1, null);
        MeasureScript script = new MeasureScript(NONCE, InterfaceName.of("tunA"), settings);
        String m = script.marker();
        String text = m + " download\n" + download + "\n" + m + " exit " + downloadExit + "\n"
                + m + " upload\n" + upload + "\n" + m + " exit " + uploadExit + "\n" + m + " end\n";
        return new SampleAssembler().assemble("tunA", T, script, new ScriptOutput(m, text), "x", 1).sample();
    }

    private static String curl(int code, long down, long up, String total, String pretransfer) {
        return CurlWriteOut.TAG + " http_code=" + code + " size_download=" + down + " size_upload=" + up
                + " speed_download=0 speed_upload=0 time_total=" + total + " time_pretransfer=" + pretransfer;
    }

    @Test
    void aDownloadStoppedByTheByteCapIsMeasuredFromTheBytesThatMoved() {
        // a server that ignores Range sent more; head stopped after the cap, curl's next write failed (exit 23)
        Sample s = transfers("curl: (23) Failure writing output to destination\n" + curl(200, 1_065_536, 0, "4.300000", "0.300000"), 23,
                curl(200, 0, 1_000_133, "4.100000", "0.100000"), 0);
        assertThat(s.error()).isNull();
        assertThat(s.downloadMbps()).isEqualTo(2.131); // 1065536 B * 8 / 4.0 s
        assertThat(s.uploadMbps()).isEqualTo(2.0);
    }

    @Test
    void reachingTheTimeCapIsAMeasurementAndZeroBytesStillAFailure() {
        Sample s = transfers("curl: (28) Operation timed out after 3000 milliseconds with 750000 bytes received\n"
                        + curl(200, 750_000, 0, "3.020000", "0.020000"), 28,
                "curl: (28) Connection timed out after 3001 milliseconds\n" + curl(0, 0, 0, "3.001000", "0.000000"), 28);
        assertThat(s.downloadMbps()).isEqualTo(2.0);
        assertThat(s.uploadMbps()).isNull();
        assertThat(s.error()).isEqualTo("upload: curl exit 28: Connection timed out after 3001 milliseconds (limit 3 s)");
    }

    @Test
    void aWriteFailureBelowTheCapIsNotTheCapAndAnEmptyBodyIsNoFigure() {
        Sample s = transfers("curl: (23) Failure writing output to destination\n" + curl(200, 4096, 0, "0.1", "0.01"), 23,
                curl(200, 0, 0, "0.1", "0.01"), 0);
        assertThat(s.downloadMbps()).isNull();
        assertThat(s.uploadMbps()).isNull();
        assertThat(s.error()).isEqualTo("download: curl exit 23: Failure writing output to destination; "
                + "upload: no bytes moved (HTTP 200)");
    }

    @Test
    void aRouterPrintingNaNGetsAReasonNotAFigure() {
        Sample s = transfers(curl(200, 1_000_000, 0, "NaN", "0.1"), 0, curl(200, 0, 1000, "-1", "0"), 0);
        assertThat(s.downloadMbps()).isNull();
        assertThat(s.uploadMbps()).isNull();
        assertThat(s.error()).contains("download: curl printed a number this parser cannot read (time_total=NaN: not a finite")
                .contains("upload: curl printed a number this parser cannot read (time_total=-1: not a finite");
    }
}
