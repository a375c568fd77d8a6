package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A history whose disk can be "full". */
final class FailingHistory implements History {

    volatile boolean failing;
    final List<Sample> samples = new CopyOnWriteArrayList<>();
    volatile int decisions;

    private void check() throws StoreException {
        if (failing) {
            throw new StoreException("disk full");
        }
    }

    @Override
    public void append(Sample s) throws StoreException {
        check();
        samples.add(s);
    }

    @Override
    public void recordDecision(Instant time, Decision d, Map<String, Double> scores, boolean applied) throws StoreException {
        check();
        decisions++;
    }

    @Override
    public void recordSwitch(SwitchRecord r) throws StoreException {
        check();
    }

    @Override
    public List<Sample> newest(String tunnel, int n) throws StoreException {
        check();
        return List.of();
    }

    @Override
    public List<Sample> newestGood(String tunnel, int n) throws StoreException {
        check();
        return List.of();
    }

    @Override
    public List<Sample> range(String tunnel, Instant from, Instant to) {
        return List.of();
    }
}
