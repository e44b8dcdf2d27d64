package io.paydesk.core.calendar;

import java.util.Objects;

/** A public holiday: a whole local day off, with the name it is known by (may be empty for a custom date). */
public record Holiday(java.time.LocalDate date, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
    }
}
