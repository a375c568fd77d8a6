package io.github.vpnfailover.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vpnfailover.core.Sample;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Month/day times without a year, unix seconds, and metrics that are not numbers, read with a fixed "now". */
class MibReaderTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static MibFile read(String json, String now) throws StoreException {
        return read(json, now, null);
    }

    private static MibFile read(String json, String now, Integer newestYear) throws StoreException {
        Clock clock = Clock.fixed(LocalDateTime.parse(now).atZone(BERLIN).toInstant(), BERLIN);
        return new MibReader(clock, newestYear).read(json.getBytes(StandardCharsets.UTF_8), "MIB.json");
    }

    private static String rec(String time) {
        return "{\"latency\": 61.0, \"download\": 26.53, \"upload\": 1.14, \"time\": " + time + "}";
    }

    private static String mib(String tunnel, String... times) {
        StringBuilder b = new StringBuilder("{\"" + tunnel + "\": [");
        for (int i = 0; i < times.length; i++) {
            b.append(i == 0 ? "" : ", ").append(rec(times[i].startsWith("\"") || Character.isDigit(times[i].charAt(0))
                    && times[i].contains("/") ? "\"" + times[i] + "\"" : times[i]));
        }
        return b.append("]}").toString();
    }

    private static List<LocalDateTime> local(MibFile f, String tunnel) {
        return f.tunnels().get(tunnel).stream().map(s -> LocalDateTime.ofInstant(s.time(), BERLIN)).toList();
    }

    @Test
    void aYearBoundaryWalkingBackFromNewToOldMeansTheYearBefore() throws Exception {
        MibFile f = read(mib("tun0", "01/01 00:01:40", "01/01 00:00:04", "12/31 23:58:20", "12/31 23:56:41"), "2026-03-10T12:00:00");
        assertThat(local(f, "tun0")).containsExactly(LocalDateTime.parse("2026-01-01T00:01:40"),
                LocalDateTime.parse("2026-01-01T00:00:04"), LocalDateTime.parse("2025-12-31T23:58:20"),
                LocalDateTime.parse("2025-12-31T23:56:41"));
        assertThat(f.times().boundaries()).containsExactly(new MibTimeReport.Boundary("tun0", "12/31 23:58:20", 2025));
        assertThat(f.times().describe()).contains("4 times as month/day strings", "Europe/Berlin", "newest record in 2026",
                "tun0 goes back into 2025 at 12/31 23:58:20 (the month jumps forward)");
    }

    @Test
    void aNewestRecordThatWouldLieInTheFutureIsFromLastYear() throws Exception {
        MibFile f = read(mib("tun0", "04/06 16:08:16", "04/06 16:05:58"), "2026-03-10T12:00:00");
        assertThat(local(f, "tun0").get(0)).isEqualTo(LocalDateTime.parse("2025-04-06T16:08:16"));
        assertThat(f.times().newestYear()).isEqualTo(2025);
        // A few hours ahead is a manager in another zone, not a year ago: it stays in this year, with a warning.
        MibFile ahead = read(mib("tun0", "03/10 20:00:00"), "2026-03-10T12:00:00");
        assertThat(local(ahead, "tun0").get(0)).isEqualTo(LocalDateTime.parse("2026-03-10T20:00:00"));
        assertThat(ahead.times().describe()).contains("warning: the newest record is 8 h later", "--time-zone");
    }

    @Test
    void historyOfMoreThanAYearCrossesEveryNewYear() throws Exception {
        MibFile f = read(mib("tun0", "02/01 10:00:00", "11/15 10:00:00", "03/01 10:00:00", "12/24 10:00:00"), "2026-02-01T11:00:00");
        assertThat(local(f, "tun0")).extracting(LocalDateTime::getYear).containsExactly(2026, 2025, 2025, 2024);
    }

    @Test
    void tunnelsOfOnePollShareTheirTimeAndKeepIt() throws Exception {
        String json = "{\"tun0\": [" + rec("\"01/01 00:00:10\"") + ", " + rec("\"12/31 23:58:30\"") + "], \"tun1\": ["
                + rec("\"01/01 00:00:10\"") + ", " + rec("\"12/31 23:58:30\"") + "]}";
        MibFile f = read(json, "2026-01-01T00:05:00");
        assertThat(f.tunnels().get("tun0")).extracting(Sample::time).isEqualTo(
                f.tunnels().get("tun1").stream().map(Sample::time).toList());
        assertThat(f.times().boundaries()).extracting(MibTimeReport.Boundary::tunnel).containsExactly("tun0", "tun1");
    }

    @Test
    void unixSecondsAndMonthDayStringsMayBeMixedAndAnchorTheYear() throws Exception {
        long t2024 = LocalDateTime.parse("2024-06-01T12:00:00").atZone(BERLIN).toEpochSecond();
        MibFile f = read(mib("tun0", String.valueOf(t2024), "05/31 12:00:00", "1717000000.5"), "2026-03-10T12:00:00");
        assertThat(local(f, "tun0").get(1)).isEqualTo(LocalDateTime.parse("2024-05-31T12:00:00"));
        assertThat(f.tunnels().get("tun0").get(2).time()).isEqualTo(Instant.ofEpochSecond(1717000000L, 500_000_000));
        assertThat(f.times().describe()).contains("1 times as month/day", "2 times as unix seconds");
    }

    @Test
    void anEarlyManagersDayMonthOrderIsFoundFromADayAbove12() throws Exception {
        MibFile f = read(mib("tun0", "20/03 10:00:00", "04/03 10:00:00"), "2026-04-01T00:00:00");
        assertThat(local(f, "tun0")).containsExactly(LocalDateTime.parse("2026-03-20T10:00:00"), LocalDateTime.parse("2026-03-04T10:00:00"));
        assertThat(f.times().dayMonthOrder()).isTrue();
        assertThatThrownBy(() -> read(mib("tun0", "20/03 10:00:00", "03/20 10:00:00"), "2026-04-01T00:00:00"))
                .hasMessageContaining("mix month/day and day/month");
    }

    @Test
    void leapDayGoesToTheClosestEarlierLeapYear() throws Exception {
        MibFile f = read(mib("tun0", "03/01 10:00:00", "02/29 10:00:00"), "2027-03-01T12:00:00");
        assertThat(local(f, "tun0").get(1)).isEqualTo(LocalDateTime.parse("2024-02-29T10:00:00"));
        assertThat(f.times().describe()).contains("02/29 put in the closest earlier leap year");
    }

    @Test
    void theHourAfterAFallBackKeepsItsOrderAndDistinctInstants() throws Exception {
        // 2025-10-26 in Berlin: 02:00-02:59 happens twice. Newest first: second 02:40, second 02:10, first 02:40, first 02:10.
        MibFile f = read(mib("tun0", "10/26 02:40:00", "10/26 02:10:00", "10/26 02:40:00", "10/26 02:10:00"), "2025-10-26T12:00:00");
        List<Instant> t = f.tunnels().get("tun0").stream().map(Sample::time).toList();
        assertThat(t).doesNotHaveDuplicates();
        assertThat(t).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(java.time.Duration.between(t.get(3), t.get(0)).toMinutes()).isEqualTo(90);
    }

    @Test
    void aGivenNewestYearWins() throws Exception {
        MibFile f = read(mib("tun0", "01/01 00:00:10", "12/31 23:58:30"), "2026-03-10T12:00:00", 2021);
        assertThat(local(f, "tun0")).extracting(LocalDateTime::getYear).containsExactly(2021, 2020);
        assertThat(f.times().describe()).contains("given as 2021");
    }

    @Test
    void refusesATimeThatIsNoTime() {
        assertThatThrownBy(() -> read(mib("tun0", "13/45 10:00:00"), "2026-03-10T12:00:00"))
                .hasMessageContaining("mix");
        assertThatThrownBy(() -> read(mib("tun0", "04/06 25:00:00"), "2026-03-10T12:00:00"))
                .hasMessageContaining("tun0[0]").hasMessageContaining("unreadable time \"04/06 25:00:00\"");
        assertThatThrownBy(() -> read(mib("tun0", "02/31 10:00:00"), "2026-03-10T12:00:00"))
                .hasMessageContaining("tun0[0]").hasMessageContaining("unreadable time");
        assertThatThrownBy(() -> read(mib("tun0", "true"), "2026-03-10T12:00:00"))
                .hasMessageContaining("tun0[0]").hasMessageContaining("MM/DD hh:mm:ss");
    }

    @Test
    void refusesNonFiniteAndNegativeMetricsNamingTunnelAndRecord() {
        Map<String, String> bad = Map.of(
                "{\"latency\": 1e400, \"download\": 1.0, \"upload\": 1.0, \"time\": \"04/06 16:08:16\"}", "'latency' is 1E+400, not a finite number",
                "{\"latency\": 1.0, \"download\": NaN, \"upload\": 1.0, \"time\": \"04/06 16:08:16\"}", "'download' is NaN, not a finite number",
                "{\"latency\": 1.0, \"download\": 1.0, \"upload\": -Infinity, \"time\": \"04/06 16:08:16\"}", "'upload' is -Infinity",
                "{\"latency\": -3.5, \"download\": 1.0, \"upload\": 1.0, \"time\": \"04/06 16:08:16\"}", "'latency' is -3.5, below zero");
        bad.forEach((record, message) -> assertThatThrownBy(() -> read("{\"tun1\": [" + rec("\"04/06 16:09:00\"") + ", " + record + "]}",
                "2026-04-07T00:00:00")).isInstanceOf(StoreException.class).hasMessageContaining("MIB.json: tun1[1]")
                .hasMessageContaining(message));
    }
}
