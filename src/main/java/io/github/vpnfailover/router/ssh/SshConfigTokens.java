package io.github.vpnfailover.router.ssh;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * ssh_config's tokens as ssh expands them in IdentityFile and UserKnownHostsFile: a leading {@code ~},
 * {@code %%}, {@code %C}, {@code %d} (local home), {@code %h} (remote host name), {@code %i} (local uid),
 * {@code %j} (ProxyJump), {@code %L}/{@code %l} (local host name), {@code %n} (the name typed), {@code %p},
 * {@code %r} (remote user) and {@code %u} (local user). An unknown token is an error, as in ssh.
 */
record SshConfigTokens(String home, String host, String original, int port, String remoteUser, String localUser,
                       String localHost, String uid, String proxyJump) {

    String expand(String value, String where) {
        String s = io.github.vpnfailover.core.HomeTilde.expand(value, home);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (i + 1 >= s.length()) {
                throw new InvalidTargetException(where + ": '%' at the end of " + value);
            }
            char t = s.charAt(++i);
            switch (t) {
                case '%': out.append('%'); break;
                case 'C': out.append(connectionHash()); break;
                case 'd': out.append(home); break;
                case 'h': out.append(host); break;
                case 'i': out.append(uid); break;
                case 'j': out.append(proxyJump == null ? "" : proxyJump); break;
                case 'L': out.append(localHost.contains(".") ? localHost.substring(0, localHost.indexOf('.')) : localHost); break;
                case 'l': out.append(localHost); break;
                case 'n': out.append(original); break;
                case 'p': out.append(port); break;
                case 'r': out.append(remoteUser); break;
                case 'u': out.append(localUser); break;
                default:
                    throw new InvalidTargetException(where + ": unknown token %" + t + " in " + value);
            }
        }
        return out.toString();
    }

    /** %C: SHA-1 of %l%h%p%r%j, as ssh computes it. */
    private String connectionHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((localHost + host + port + remoteUser
                    + (proxyJump == null ? "" : proxyJump)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-1", e);
        }
    }
}
