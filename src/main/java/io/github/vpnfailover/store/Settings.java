package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Policy;
import java.util.ArrayList;
import java.util.List;

/** Everything kept in settings.json: the policy, the router profiles and which one is selected. */
public record Settings(int version, Policy policy, List<RouterProfile> routers, String selectedRouter) {

    /** The settings format this build reads and writes. */
    public static final int CURRENT_VERSION = 1;

    /** Fills gaps and makes sure "This computer" is always the first profile. */
    public Settings {
        policy = policy == null ? Policy.defaults() : policy;
        List<RouterProfile> list = new ArrayList<>(routers == null ? List.of() : routers);
        if (list.stream().noneMatch(r -> RouterProfile.LOCAL_NAME.equals(r.name()))) {
            list.add(0, RouterProfile.local());
        }
        routers = List.copyOf(list);
        selectedRouter = selectedRouter == null ? RouterProfile.LOCAL_NAME : selectedRouter;
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, Policy.defaults(), List.of(), null);
    }

    public Settings withPolicy(Policy p) {
        return new Settings(version, p, routers, selectedRouter);
    }

    public Settings withRouters(List<RouterProfile> r) {
        return new Settings(version, policy, r, selectedRouter);
    }
}
