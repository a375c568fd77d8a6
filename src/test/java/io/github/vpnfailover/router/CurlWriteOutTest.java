package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurlWriteOutTest {

    private final CurlWriteOut parser = new CurlWriteOut();

    /** The captures were made with the tag "##vfm-3f9a## curl"; today's tag is {@link CurlWriteOut#TAG}. */
    private static String capture(String name) {
        return Captures.read("curl/" + name).replace("##vfm-3f9a## curl", CurlWriteOut.TAG);
    }

    @Test
    void readsDownloadFiguresFromCurlsOwnOutput() {
        CurlStats s = parser.parse(capture("curl-download-ok.txt")).valueOrNull();
        assertThat(s).isEqualTo(new CurlStats(206, 1_000_000, 0, 495294700, 0, 0.002019));
        assertThat(CurlStats.mbps(s.speedDownload())).isEqualTo(3962.3576);
    }

    @Test
    void readsUploadFigures() {
        CurlStats s = parser.parse(capture("curl-upload-ok.txt")).valueOrNull();
        assertThat(s.sizeUpload()).isEqualTo(2_000_261);
        assertThat(s.speedUpload()).isEqualTo(37734365);
        assertThat(s.timeTotalSeconds()).isEqualTo(0.053009);
    }

    @Test
    void readsTheFiguresNextToCurlsErrorLine() {
        CurlStats s = parser.parse(capture("curl-timeout.txt")).valueOrNull();
        assertThat(s.httpCode()).isZero();
        assertThat(s.timeTotalSeconds()).isEqualTo(2.001776);
    }

    @Test
    void missingOrBrokenLineIsUnparsedWithRawText() {
        Parsed<CurlStats> none = parser.parse("curl: (6) Could not resolve host: x\n");
        assertThat(((Parsed.Unparsed<CurlStats>) none).raw()).isEqualTo("curl: (6) Could not resolve host: x");
        Parsed<CurlStats> cut = parser.parse(CurlWriteOut.TAG + " http_code=200 size_download=12");
        assertThat(((Parsed.Unparsed<CurlStats>) cut).reason()).contains("size_upload");
        Parsed<CurlStats> bad = parser.parse(CurlWriteOut.TAG + " http_code=2x size_download=1 size_upload=0"
                + " speed_download=1 speed_upload=0 time_total=0.1");
        assertThat(bad).isInstanceOf(Parsed.Unparsed.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "speed_download=NaN | speed_download=NaN: not a finite, non-negative decimal number",
        "speed_upload=Infinity | speed_upload=Infinity: not a finite, non-negative decimal number",
        "time_total=-0.5 | time_total=-0.5: not a finite, non-negative decimal number",
        "size_download=-1 | size_download=-1: not a finite, non-negative decimal number",
        "time_total=1e400 | time_total=1e400: not a finite, non-negative decimal number",
        "speed_download=0x1p3 | speed_download=0x1p3: not a finite, non-negative decimal number",
        "speed_download=12d | speed_download=12d: not a finite, non-negative decimal number",
        "time_pretransfer=NaN | time_pretransfer=NaN: not a finite, non-negative decimal number",
        "http_code=-20 | http_code=-20: not a three-digit status",
    })
    void refusesNonFiniteAndNegativeFiguresNamingTheField(String replacement, String reason) {
        String key = replacement.substring(0, replacement.indexOf('='));
        String line = GOOD.replaceFirst(key + "=[^ ]+", replacement);
        Parsed<CurlStats> parsed = parser.parse(line);
        assertThat(parsed).isInstanceOf(Parsed.Unparsed.class);
        var u = (Parsed.Unparsed<CurlStats>) parsed;
        assertThat(u.reason()).isEqualTo("curl printed a number this parser cannot read (" + reason + ")");
        assertThat(u.raw()).isEqualTo(line);
    }

    @Test
    void readsTheRequestTimeSoTheRateLeavesOutConnectAndTls() {
        CurlStats s = parser.parse(GOOD).valueOrNull();
        assertThat(s).isEqualTo(new CurlStats(200, 2_500_000, 0, 250000, 0, 10.25, 0.25));
        assertThat(s.transferSeconds()).isEqualTo(10.0);
    }

    @Test
    void theRecordItselfRefusesWhatNoTransferMeasures() {
        assertThatThrownBy(() -> new CurlStats(200, -1, 0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurlStats(200, 1, 0, Double.NaN, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CurlStats(200, 1, 0, 0, 0, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String GOOD = CurlWriteOut.TAG + " http_code=200 size_download=2500000 size_upload=0"
            + " speed_download=250000 speed_upload=0 time_total=10.250000 time_pretransfer=0.250000";
}
