package io.github.vpnfailover.router;

/**
 * curl's own figures for one transfer, from its {@code -w} output. Speeds are bytes per second, times seconds
 * since curl started; {@code timePretransferSeconds} is when the request was about to be sent (name lookup,
 * connect and TLS done), 0 when the output did not say.
 */
public record CurlStats(
        int httpCode,
        long sizeDownload,
        long sizeUpload,
        double speedDownload,
        double speedUpload,
        double timeTotalSeconds,
        double timePretransferSeconds) {

    /** Refuses what no transfer can measure: negative or non-finite figures. */
    public CurlStats {
        if (httpCode < 0 || sizeDownload < 0 || sizeUpload < 0) {
            throw new IllegalArgumentException("curl figures must not be negative: http_code=" + httpCode
                    + " size_download=" + sizeDownload + " size_upload=" + sizeUpload);
        }
        for (double v : new double[] {speedDownload, speedUpload, timeTotalSeconds, timePretransferSeconds}) {
            if (!Double.isFinite(v) || v < 0) {
                throw new IllegalArgumentException("curl speeds and times must be finite and not negative: " + v);
            }
        }
    }

    /** As curl printed it before {@code time_pretransfer} was part of the format. */
    public CurlStats(int httpCode, long sizeDownload, long sizeUpload, double speedDownload, double speedUpload,
            double timeTotalSeconds) {
        this(httpCode, sizeDownload, sizeUpload, speedDownload, speedUpload, timeTotalSeconds, 0);
    }

    /**
     * Seconds the bytes took to move: from the request to the end. A transfer stopped by a cap still has
     * both ends, so this is the time for the bytes curl counted, whatever stopped it.
     */
    public double transferSeconds() {
        double t = timeTotalSeconds - timePretransferSeconds;
        return t > 0 ? t : timeTotalSeconds;
    }

    /** Bytes per second to megabits per second (10^6 bits). */
    public static double mbps(double bytesPerSecond) {
        return bytesPerSecond * 8 / 1_000_000.0;
    }
}
