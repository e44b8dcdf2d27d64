package io.paydesk.check;

import java.util.Objects;

/**
 * One thing wrong with the plugin jar.
 *
 * @param check    the rule it breaks
 * @param location where: a jar entry, optionally with a line, or a descriptor module
 * @param message  what exactly is wrong, naming the file, class, key or language
 */
public record Problem(CheckId check, String location, String message) {

    public Problem {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "[" + check.code() + "] " + location + ": " + message;
    }
}
