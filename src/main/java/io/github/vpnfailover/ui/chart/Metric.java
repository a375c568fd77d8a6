package io.github.vpnfailover.ui.chart;

/** The lines the charts draw (latency carries its min–max spread) and the loss strip's cells. */
public enum Metric {
    LATENCY, DOWNLOAD, UPLOAD, LOSS;

    double value(SampleColumns c, int i) {
        switch (this) {
            case LATENCY:
                return c.latency(i);
            case DOWNLOAD:
                return c.download(i);
            case LOSS:
                return c.loss(i);
            default:
                return c.upload(i);
        }
    }

    double lo(SampleColumns c, int i) {
        return this == LATENCY ? c.latencyMin(i) : Double.NaN;
    }

    double hi(SampleColumns c, int i) {
        return this == LATENCY ? c.latencyMax(i) : Double.NaN;
    }
}
