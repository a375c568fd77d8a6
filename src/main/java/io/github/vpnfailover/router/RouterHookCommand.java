package io.github.vpnfailover.router;

import io.github.vpnfailover.core.ValueRules;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The router-side hook (decision 0191): the operator's template with {from} and {to} filled in single-quoted, as
 * {@link SwitchCommand} fills the switch template, so a tunnel name never becomes shell syntax.
 */
public final class RouterHookCommand {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)\\}");

    private RouterHookCommand() {
    }

    /** The command for a switch from {@code from} (null: unknown, filled as '') to {@code to}. */
    public static String fill(String template, InterfaceName from, InterfaceName to) {
        CommandToken.require("router hook", template, ValueRules::routerHookTemplate);
        Matcher m = PLACEHOLDER.matcher(template);
        var sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "from" -> from == null ? ShellQuote.quote("") : from.quoted();
                case "to" -> to.quoted();
                default -> throw new IllegalStateException("placeholder {" + m.group(1) + "} passed ValueRules");
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
