package io.github.vpnfailover.store;

import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdDelegatingSerializer;
import com.fasterxml.jackson.databind.deser.std.StdDelegatingDeserializer;
import com.fasterxml.jackson.databind.util.StdConverter;
import io.github.vpnfailover.core.MeasureSettings;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.ScoringMode;
import io.github.vpnfailover.core.Weights;

/**
 * The policy as settings.json and policy files hold it: flat, in this field order. The file format is a public
 * contract and predates {@link Weights}, so the four weights stay top-level fields of "policy".
 */
record PolicyJson(
        double latencyWeight,
        double downloadWeight,
        double uploadWeight,
        double lossWeight,
        int depth,
        double threshold,
        int intervalSeconds,
        int holdDownSeconds,
        ScoringMode scoring,
        boolean autoFailover,
        MeasureSettings measure) {

    static PolicyJson of(Policy p) {
        Weights w = p.weights();
        return new PolicyJson(w.latency(), w.download(), w.upload(), w.loss(), p.depth(), p.threshold(),
                p.intervalSeconds(), p.holdDownSeconds(), p.scoring(), p.autoFailover(), p.measure());
    }

    Policy toPolicy() {
        return new Policy(new Weights(latencyWeight, downloadWeight, uploadWeight, lossWeight), depth, threshold,
                intervalSeconds, holdDownSeconds, scoring, autoFailover, measure);
    }

    /** Makes Jackson read and write every {@link Policy} through this shape. */
    static SimpleModule module() {
        return new SimpleModule("policy-json")
                .addSerializer(Policy.class, new StdDelegatingSerializer(new StdConverter<Policy, PolicyJson>() {
                    @Override
                    public PolicyJson convert(Policy p) {
                        return of(p);
                    }
                }))
                .addDeserializer(Policy.class, new StdDelegatingDeserializer<>(new StdConverter<PolicyJson, Policy>() {
                    @Override
                    public Policy convert(PolicyJson j) {
                        return j.toPolicy();
                    }
                }));
    }
}
