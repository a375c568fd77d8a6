package io.github.vpnfailover.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vpnfailover.core.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    @Test
    void writesOneRowPerSampleWithEmptyCellsForMissingMetricsAndQuotedErrors(@TempDir Path dir) throws Exception {
        Map<String, List<Sample>> data = new LinkedHashMap<>();
        data.put("tun0", List.of(new Sample("tun0", Instant.parse("2026-01-01T00:00:00Z"), 20.5, 19.0, 23.0, 1.0, 0.0, 90.0, 20.0, null)));
        data.put("wg0", List.of(Sample.failed("wg0", Instant.parse("2026-01-01T00:01:00Z"), "ping: \"unreachable\", code 2")));
        Path file = dir.resolve("h.csv");

        int rows = CsvExport.write(file, data);

        assertThat(rows).isEqualTo(2);
        assertThat(Files.readAllLines(file)).containsExactly(CsvExport.HEADER,
                "tun0,2026-01-01T00:00:00Z,20.5,19.0,23.0,1.0,0.0,90.0,20.0,",
                "wg0,2026-01-01T00:01:00Z,,,,,,,,\"ping: \"\"unreachable\"\", code 2\"");
    }

    @Test
    void formulaLikeTextIsDefused() {
        assertThat(CsvExport.quote("=cmd()")).isEqualTo("'=cmd()");
        assertThat(CsvExport.quote("-1+2")).isEqualTo("'-1+2");
    }
}
