package io.github.vpnfailover.router;

/**
 * What a parser returns: a value, or the reason it could not read the output together with the raw text.
 * Parsers never throw on odd output (truncated, localized, an unknown tool version).
 */
public sealed interface Parsed<T> permits Parsed.Ok, Parsed.Unparsed {

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> unparsed(String reason, String raw) {
        return new Unparsed<>(reason, raw);
    }

    /** The value, or null when the output could not be read. */
    T valueOrNull();

    /** A parsed value. */
    record Ok<T>(T value) implements Parsed<T> {
        @Override
        public T valueOrNull() {
            return value;
        }
    }

    /** Output that could not be read: why, and the raw line or text it was about. */
    record Unparsed<T>(String reason, String raw) implements Parsed<T> {
        @Override
        public T valueOrNull() {
            return null;
        }
    }
}
