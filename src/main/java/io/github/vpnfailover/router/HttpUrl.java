package io.github.vpnfailover.router;

import java.net.URI;
import java.net.URISyntaxException;

/** A download or upload URL: http or https only, with a host, no white space or control characters. */
public record HttpUrl(String value) {

    public HttpUrl {
        String problem = problem(value);
        if (problem != null) {
            throw new UnsafeValueException("URL", value, problem);
        }
    }

    public static HttpUrl of(String value) {
        return new HttpUrl(value);
    }

    /** Why {@code url} is not acceptable, or null when it is. */
    public static String problem(String url) {
        if (url == null || url.isEmpty()) {
            return "empty";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "contains white space or a control character";
            }
            if (c == '\'' || c == '"' || c == '`' || c == '\\') {
                return "contains the character '" + c + "'";
            }
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "only http:// and https:// URLs are allowed";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host";
        }
        return null;
    }

    public String quoted() {
        return ShellQuote.quote(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
