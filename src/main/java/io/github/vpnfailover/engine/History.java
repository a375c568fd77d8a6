package io.github.vpnfailover.engine;

import io.github.vpnfailover.core.Decision;
import io.github.vpnfailover.core.Sample;
import io.github.vpnfailover.store.HistoryStore;
import io.github.vpnfailover.store.StoreException;
import io.github.vpnfailover.store.SwitchRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The engine's view of the history: one router's rows. A seam so tests can make the disk "fill up". */
interface History {

    /** More switch markers than a chart could tell apart are not worth reading. */
    int MAX_MARKERS = 10_000;

    void append(Sample s) throws StoreException;

    void recordDecision(Instant time, Decision d, Map<String, Double> scores, boolean applied) throws StoreException;

    void recordSwitch(SwitchRecord r) throws StoreException;

    List<Sample> newest(String tunnel, int n) throws StoreException;

    List<Sample> newestGood(String tunnel, int n) throws StoreException;

    List<Sample> range(String tunnel, Instant from, Instant to) throws StoreException;

    /** Stored route changes in [from, to), oldest first; none where nothing is stored. */
    default List<SwitchRecord> switches(Instant from, Instant to) throws StoreException {
        return List.of();
    }

    /** No history at all: everything stays in memory. */
    static History none() {
        return new History() {
            @Override public void append(Sample s) { }
            @Override public void recordDecision(Instant t, Decision d, Map<String, Double> s, boolean a) { }
            @Override public void recordSwitch(SwitchRecord r) { }
            @Override public List<Sample> newest(String tunnel, int n) {
                return List.of();
            }
            @Override public List<Sample> newestGood(String tunnel, int n) {
                return List.of();
            }
            @Override public List<Sample> range(String tunnel, Instant from, Instant to) {
                return List.of();
            }
        };
    }

    /** One router's rows in a {@link HistoryStore}. */
    static History of(HistoryStore store, String router) {
        return new History() {
            @Override public void append(Sample s) throws StoreException {
                store.append(router, s);
            }
            @Override public void recordDecision(Instant t, Decision d, Map<String, Double> s, boolean a) throws StoreException {
                store.recordDecision(router, t, d, s, a);
            }
            @Override public void recordSwitch(SwitchRecord r) throws StoreException {
                store.recordSwitch(router, r);
            }
            @Override public List<Sample> newest(String tunnel, int n) throws StoreException {
                return store.newest(router, tunnel, n);
            }
            @Override public List<Sample> newestGood(String tunnel, int n) throws StoreException {
                return store.newestGood(router, tunnel, n);
            }
            @Override public List<Sample> range(String tunnel, Instant from, Instant to) throws StoreException {
                return store.range(router, tunnel, from, to);
            }
            @Override public List<SwitchRecord> switches(Instant from, Instant to) throws StoreException {
                return store.switchesBetween(router, from, to, MAX_MARKERS);
            }
        };
    }
}
