package io.github.vpnfailover.store;

import io.github.vpnfailover.core.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything kept in settings.json: the policy, the router profiles and which one is selected. Since version 2 each
 * profile carries its own measurement settings; the policy's are the template for new profiles and what {@code run}
 * uses without {@code --profile} (decision 0210).
 */
public record Settings(int version, Policy policy, List<RouterProfile> routers, String selectedRouter) {

    /** The settings format this build reads and writes. */
    public static final int CURRENT_VERSION = 2;

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

    public Settings withSelectedRouter(String name) {
        return new Settings(version, policy, routers, name);
    }

    /** The profile called {@code name}, or null. */
    public RouterProfile router(String name) {
        return routers.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }
}
