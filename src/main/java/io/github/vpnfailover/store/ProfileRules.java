package io.github.vpnfailover.store;

import io.github.vpnfailover.core.InvalidPolicyException;
import io.github.vpnfailover.core.Policy;
import io.github.vpnfailover.core.PolicyValidator;
import java.util.List;

/**
 * Checks every profile's own measurement settings (and its hooks, decision 0191; its OpenVPN servers and their probe period, decisions 0212 and 0213) at load with the rules the router applies to them, as the policy's
 * are (decisions 0150 and 0210), so a profile can never hold a value that only fails at its first measurement.
 */
final class ProfileRules {

    private ProfileRules() {
    }

    /** Why a profile is refused ("routers[1].measure.pingTargets[0] = …"), or null when all are allowed. */
    static String problem(List<RouterProfile> routers, Policy policy) {
        for (int i = 0; i < routers.size(); i++) {
            RouterProfile r = routers.get(i);
            if (r.name() == null || r.name().isBlank()) {
                return "routers[" + i + "].name is empty";
            }
            String hooks = r.hooks() == null ? null : r.hooks().problem();
            if (hooks != null) {
                return "routers[" + i + "].hooks." + hooks;
            }
            for (int j = 0; j < r.held().size(); j++) {
                String why = io.github.vpnfailover.core.ValueRules.interfaceName(r.held().get(j));
                if (why != null) {
                    return "routers[" + i + "].held[" + j + "] = '" + io.github.vpnfailover.core.ValueRules.printable(r.held().get(j))
                            + "': " + why;
                }
            }
            String servers = ServerRules.problem(r);
            if (servers != null) {
                return "routers[" + i + "]." + servers;
            }
            if (r.measure() == null) {
                continue;
            }
            try {
                PolicyValidator.validate(policy.withMeasure(r.measure()));
            } catch (InvalidPolicyException e) {
                return "routers[" + i + "]." + e.getMessage();
            }
        }
        return null;
    }
}
