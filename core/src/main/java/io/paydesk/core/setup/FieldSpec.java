package io.paydesk.core.setup;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A custom field Paydesk needs: a stable key (also its i18n key suffix), the name it gets in Jira (English, so
 * that a second run finds it whatever the administrator's language), its built-in type and, for select lists,
 * its options in order. Options are either codes, shown as they are everywhere ({@code UZS}, {@code SEV1},
 * {@code visa}), or English words, which a page in another language shows by their {@link #optionKey}.
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

    /**
     * True for a select list whose every option is a code: one word in one case ({@code UZS}, {@code SEV1},
     * {@code visa}).
     */
    public boolean optionsAreCodes() {
        return !options.isEmpty() && options.stream().allMatch(option -> !option.contains(" ")
                && (option.equals(option.toUpperCase(Locale.ROOT)) || option.equals(option.toLowerCase(Locale.ROOT))));
    }

    /** The i18n key suffix of an option in words: {@code Missing accrual} → {@code missingAccrual}. */
    public static String optionKey(String option) {
        String[] words = option.trim().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
            }
        }
        return key.toString();
    }
}
