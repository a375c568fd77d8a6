package io.github.vpnfailover.router.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.vpnfailover.testing.OpenSshClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every ssh_config option that changes where ssh connects or what it trusts, and that we do not follow, is named in
 * a warning with its file:line (decision 0162); {@code ssh -G} shows each one does take effect in ssh.
 */
class IgnoredOptionsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "StrictHostKeyChecking no", "StrictHostKeyChecking accept-new", "StrictHostKeyChecking off",
        "HostKeyAlias other", "KnownHostsCommand /bin/echo %H", "CheckHostIP yes", "VerifyHostKeyDNS yes",
        "NoHostAuthenticationForLocalhost yes", "HostKeyAlgorithms ssh-ed25519",
        "CASignatureAlgorithms ssh-ed25519", "RequiredRSASize 4096", "CanonicalizeHostname yes",
        "AddressFamily inet6", "BindAddress 127.0.0.2", "BindInterface lo"})
    void anOptionWeDoNotFollowIsNamedWithItsLine(String line) throws Exception {
        String option = line.split(" ")[0];
        Path config = dir.resolve("config");
        Files.writeString(config, "# first\nHost r1\n  HostName 10.0.0.1\n  " + line + "\n");
        var resolver = new SshConfigResolver(SshOptions.defaults().withSshConfig(config));

        resolver.resolve(new SshTarget("r1", null, null, null, null, false, null));

        assertThat(resolver.warnings()).anySatisfy(w -> assertThat(w)
                .startsWith(config + ":4: " + option + " " + line.substring(option.length() + 1))
                .contains("is not supported and is ignored: "));
        if (OpenSshClient.available()) {
            String key = option.toLowerCase(Locale.ROOT);
            String shown = OpenSshClient.resolve(config, "r1").out();
            String withDefaults = OpenSshClient.resolve(Files.writeString(dir.resolve("empty"), ""), "r1").out();
            assertThat(withDefaults).contains("hostname r1");
            assertThat(shown).as("ssh -G knows %s and applies it", option).contains(key + " ")
                    .isNotEqualTo(withDefaults.replace("hostname r1", "hostname 10.0.0.1"));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"StrictHostKeyChecking yes", "StrictHostKeyChecking ask", "CheckHostIP no",
        "HostKeyAlias none", "VerifyHostKeyDNS no", "AddressFamily any", "UserKnownHostsFile /tmp/kh",
        "RevokedHostKeys ~/.ssh/revoked"})
    void aValueThatChangesNothingGivesNoWarning(String line) throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "Host r1\n  " + line + "\n");
        var resolver = new SshConfigResolver(SshOptions.defaults().withSshConfig(config));
        resolver.resolve(new SshTarget("r1", null, null, null, null, false, null));
        assertThat(resolver.warnings()).isEmpty();
    }

    @Test
    void userKnownHostsFileNoneIsNamedAndProxyCommandRefused() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "Host r1\n  UserKnownHostsFile none\nHost r2\n  ProxyCommand nc %h %p\n");
        var resolver = new SshConfigResolver(SshOptions.defaults().withSshConfig(config));
        resolver.resolve(new SshTarget("r1", null, null, null, null, false, null));
        assertThat(resolver.warnings()).singleElement().asString().startsWith(config + ":2: UserKnownHostsFile none");
        assertThatThrownBy(() -> resolver.resolve(new SshTarget("r2", null, null, null, null, false, null)))
                .isInstanceOf(InvalidTargetException.class).hasMessageContaining(config + ":4: ProxyCommand");
    }
}
