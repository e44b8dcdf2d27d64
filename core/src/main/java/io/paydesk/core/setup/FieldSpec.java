package io.paydesk.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * A custom field Paydesk needs: a stable key (also its i18n key suffix), the name it gets in Jira (English, so
 * that a second run finds it whatever the administrator's language), its built-in type and, for select lists,
 * its options in order.
 */
public record FieldSpec(String key, String name, String description, FieldType type, List<String> options) {

    public FieldSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        if (type == FieldType.SELECT && options.isEmpty()) {
            throw new IllegalArgumentException("a select list needs options: " + key);
        }
        if (type != FieldType.SELECT && !options.isEmpty()) {
            throw new IllegalArgumentException("only a select list has options: " + key);
        }
    }
}
