package io.paydesk.core.dispute.deadline;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Which rule book and which revision of it: {@code paydesk-defaults@r3}. Revisions start at 1. */
public record RuleBookVersion(String book, int revision) implements Comparable<RuleBookVersion> {

    private static final Pattern BOOK = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public RuleBookVersion {
        Objects.requireNonNull(book, "book");
        if (!BOOK.matcher(book).matches()) {
            throw new IllegalArgumentException("not a rule book name: " + book);
        }
        if (revision < 1) {
            throw new IllegalArgumentException("revisions start at 1: " + revision);
        }
    }

    public static boolean isBookName(String name) {
        return name != null && BOOK.matcher(name).matches();
    }

    public RuleBookVersion next() {
        return new RuleBookVersion(book, revision + 1);
    }

    public static Optional<RuleBookVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int at = text.lastIndexOf("@r");
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            String book = text.substring(0, at);
            int revision = Integer.parseInt(text.substring(at + 2));
            return isBookName(book) && revision >= 1 ? Optional.of(new RuleBookVersion(book, revision)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(RuleBookVersion other) {
        int byBook = book.compareTo(other.book);
        return byBook != 0 ? byBook : Integer.compare(revision, other.revision);
    }

    @Override
    public String toString() {
        return book + "@r" + revision;
    }
}
