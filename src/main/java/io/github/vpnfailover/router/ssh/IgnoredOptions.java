package io.github.vpnfailover.router.ssh;

import io.github.vpnfailover.core.ValueRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The ssh_config options we do not follow although they change where ssh connects or what it trusts (decisions
 * 0131, 0162). Each one set to a value that matters gives a warning "file:line: Option value ...: why", so a
 * setting that is not applied is always said, never hidden.
 */
final class IgnoredOptions {

    private record Option(String name, Predicate<String> harmless, String why) { }

    private static final String LOOKUP = "host keys are looked up by the host name in the UserKnownHostsFile and"
            + " GlobalKnownHostsFile only";
    private static final List<Option> OPTIONS = List.of(
            new Option("StrictHostKeyChecking", v -> v.equals("yes") || v.equals("ask"), "host keys are always"
                    + " checked, and an unknown key is saved only with --accept-new-host-key (the desktop asks)"),
            new Option("HostKeyAlias", IgnoredOptions::off, LOOKUP),
            new Option("KnownHostsCommand", IgnoredOptions::off, LOOKUP),
            new Option("CheckHostIP", IgnoredOptions::off, LOOKUP),
            new Option("VerifyHostKeyDNS", IgnoredOptions::off, "no SSHFP records are looked up; " + LOOKUP),
            new Option("NoHostAuthenticationForLocalhost", IgnoredOptions::off, "the host key of localhost is"
                    + " checked like any other"),
            new Option("HostKeyAlgorithms", v -> false, "every host key type JSch supports is accepted"),
            new Option("CASignatureAlgorithms", v -> false, "JSch's own list of CA signature algorithms is used"),
            new Option("RequiredRSASize", v -> false, "JSch's own minimum RSA key size is used"),
            new Option("CanonicalizeHostname", IgnoredOptions::off, "the host name is connected to as written"),
            new Option("AddressFamily", v -> v.equals("any"), "the host name resolves as Java resolves it"),
            new Option("BindAddress", v -> false, "the connection leaves from the address the system picks"),
            new Option("BindInterface", v -> false, "the connection leaves through the interface the system picks"));

    private IgnoredOptions() {
    }

    /** One warning per option in {@code values} (keys lower-cased) that is set to a value we would not honour. */
    static List<String> warnings(Map<String, List<String>> values, SshConfigEvaluator config) {
        List<String> out = new ArrayList<>();
        for (Option option : OPTIONS) {
            String key = option.name().toLowerCase(Locale.ROOT);
            List<String> value = values.get(key);
            if (value == null || value.isEmpty()) {
                continue;
            }
            String text = String.join(" ", value);
            if (!option.harmless().test(text.toLowerCase(Locale.ROOT))) {
                out.add(config.origin(key) + ": " + option.name() + " " + ValueRules.printable(text)
                        + " is not supported and is ignored: " + option.why());
            }
        }
        return out;
    }

    private static boolean off(String value) {
        return value.equals("no") || value.equals("none") || value.equals("/dev/null");
    }
}
