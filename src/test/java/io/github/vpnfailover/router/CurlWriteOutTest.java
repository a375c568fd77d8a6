package io.github.vpnfailover.router;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
