package io.paydesk.core.setup;

import java.util.Objects;

/** A request type on the JSM customer portal: its key (i18n suffix), its name in Jira and its help text. */
public record RequestTypeSpec(String key, String name, String description) {

    public RequestTypeSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
