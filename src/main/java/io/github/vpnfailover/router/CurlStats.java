package io.github.vpnfailover.router;

/** curl's own figures for one transfer, from its {@code -w} output. Speeds are bytes per second. */
public record CurlStats(
        int httpCode,
        long sizeDownload,
        long sizeUpload,
        double speedDownload,
        double speedUpload,
        double timeTotalSeconds) {

    /** Bytes per second to megabits per second (10^6 bits). */
    public static double mbps(double bytesPerSecond) {
        return bytesPerSecond * 8 / 1_000_000.0;
    }
}
