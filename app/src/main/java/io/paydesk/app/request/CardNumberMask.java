package io.paydesk.app.request;

import io.paydesk.core.card.PanRedactor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Masks the card numbers typed into a request's fields, host-neutral: every text value is read by core's
 * {@link PanRedactor}, and only the values that change are returned, so a host writes back nothing else. Values that
 * are not text (select options, numbers, dates) are never touched.
 */
public final class CardNumberMask {

    private CardNumberMask() {
    }

    /** The fields of {@code values} that held a card number, each with its masked text, in the given order. */
    public static <K> Map<K, String> changes(Map<K, ?> values) {
        Map<K, String> changed = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (value instanceof String text) {
                String masked = PanRedactor.redact(text);
                if (!masked.equals(text)) {
                    changed.put(field, masked);
                }
            }
        });
        return changed;
    }

    /**
     * A request's parameters (each name with all its values) with every card number masked, in the given order; the
     * very same map when no value holds one.
     */
    public static Map<String, String[]> maskedParameters(Map<String, String[]> parameters) {
        Map<String, String[]> masked = null;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String[] values = parameter.getValue();
            String[] maskedValues = null;
            for (int i = 0; values != null && i < values.length; i++) {
                String value = PanRedactor.redact(values[i]);
                if (value != null && !value.equals(values[i])) {
                    if (maskedValues == null) {
                        maskedValues = values.clone();
                    }
                    maskedValues[i] = value;
                }
            }
            if (maskedValues != null) {
                if (masked == null) {
                    masked = new LinkedHashMap<>(parameters);
                }
                masked.put(parameter.getKey(), maskedValues);
            }
        }
        return masked == null ? parameters : Collections.unmodifiableMap(masked);
    }
}
