package io.github.vpnfailover.core;

import java.util.List;

/**
 * The event hooks of one router (decision 0191): commands run on this computer for switch, failover, rollback,
 * all-down and recovered ({@code onEvent}), each killed after {@code timeoutSeconds} (null: 10), and a command
 * template run on the router after a verified switch ({@code routerCommand}, with {from} and {to}; null: none).
 */
public record HookSettings(List<String> onEvent, Integer timeoutSeconds, String routerCommand) {

    public static final int DEFAULT_TIMEOUT_SECONDS = 10;
    public static final int MAX_TIMEOUT_SECONDS = 3600;

    public HookSettings {
        onEvent = onEvent == null ? List.of() : List.copyOf(onEvent);
    }

    public static HookSettings none() {
        return new HookSettings(List.of(), null, null);
    }

    public int timeoutOrDefault() {
        return timeoutSeconds != null ? timeoutSeconds : DEFAULT_TIMEOUT_SECONDS;
    }

    public boolean isEmpty() {
        return onEvent.isEmpty() && routerCommand == null;
    }

    /** These hooks and {@code more}'s: both lists of commands; {@code more}'s timeout and router command where it has them. */
    public HookSettings plus(HookSettings more) {
        List<String> all = new java.util.ArrayList<>(onEvent);
        all.addAll(more.onEvent());
        return new HookSettings(all, more.timeoutSeconds() != null ? more.timeoutSeconds() : timeoutSeconds,
                more.routerCommand() != null ? more.routerCommand() : routerCommand);
    }

    /** Why these hooks are refused, naming the field ("onEvent[1]: empty"), or null when they are allowed. */
    public String problem() {
        for (int i = 0; i < onEvent.size(); i++) {
            String c = onEvent.get(i);
            if (c == null || c.isBlank()) {
                return "onEvent[" + i + "]: empty";
            }
            if (c.indexOf('\0') >= 0) {
                return "onEvent[" + i + "]: contains a NUL character";
            }
        }
        if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS)) {
            return "timeoutSeconds = " + timeoutSeconds + ": must be 1 to " + MAX_TIMEOUT_SECONDS;
        }
        if (routerCommand != null) {
            String why = ValueRules.routerHookTemplate(routerCommand);
            if (why != null) {
                return "routerCommand = " + ValueRules.printable(routerCommand) + ": " + why;
            }
        }
        return null;
    }
}
