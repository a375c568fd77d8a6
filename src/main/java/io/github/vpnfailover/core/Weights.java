package io.github.vpnfailover.core;

/** How much each metric counts in a tunnel's score; each ≥ 0, not all 0 (checked by {@link PolicyValidator}). */
public record Weights(double latency, double download, double upload, double loss) {

    public static Weights defaults() {
        return new Weights(1.0, 1.0, 0.5, 1.0);
    }

    public Weights withLatency(double w) {
        return new Weights(w, download, upload, loss);
    }

    public Weights withDownload(double w) {
        return new Weights(latency, w, upload, loss);
    }

    public Weights withUpload(double w) {
        return new Weights(latency, download, w, loss);
    }

    public Weights withLoss(double w) {
        return new Weights(latency, download, upload, w);
    }

    /** The sum of the weights the classic formula uses (it has no loss term). */
    public double classicSum() {
        return latency + download + upload;
    }
}
