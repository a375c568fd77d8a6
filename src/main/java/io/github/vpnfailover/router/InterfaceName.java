package io.github.vpnfailover.router;

/**
 * A network interface name that is safe to put into a command: the kernel's rules (1..15 bytes, not "." or "..",
 * no '/', no white space) plus none of the characters a shell treats specially.
 */
public record InterfaceName(String value) {

    /** Characters refused on top of the kernel's rules: anything a shell or our parsers could misread. */
    private static final String FORBIDDEN = ";&|<>$`\\\"'(){}[]*?!~#%^=,@:/ ";

    public InterfaceName {
        String problem = problem(value);
        if (problem != null) {
            throw new UnsafeValueException("interface name", value, problem);
        }
    }

    /** Validates or throws {@link UnsafeValueException}. */
    public static InterfaceName of(String value) {
        return new InterfaceName(value);
    }

    /** Why {@code name} is not acceptable, or null when it is. */
    public static String problem(String name) {
        if (name == null || name.isEmpty()) {
            return "empty";
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 15) {
            return "longer than 15 bytes (the kernel's limit)";
        }
        if (name.equals(".") || name.equals("..")) {
            return "'.' and '..' are not interface names";
        }
        if (name.startsWith("-")) {
            return "starts with '-', which a command would read as an option";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                return "contains white space or a control character at position " + (i + 1);
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                return "contains the character '" + c + "', which a shell treats specially";
            }
            if (c > 0x7e) {
                return "contains a non-ASCII character at position " + (i + 1);
            }
        }
        return null;
    }

    /** The name single-quoted for a command line. */
    public String quoted() {
        return ShellQuote.quote(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
