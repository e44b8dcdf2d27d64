package io.paydesk.app.platform.json;

import io.paydesk.core.common.Refusal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads values out of a parsed JSON document by path, collecting a {@link Refusal} for each one that is
 * missing, of the wrong type or not expected, its field the JSON path ({@code policies[1].goals.RESOLUTION}).
 * Reading goes on after a fault, so one pass names every fault.
 */
public final class JsonReader {

    public static final String SYNTAX = "paydesk.error.json.syntax";
    public static final String NOT_OBJECT = "paydesk.error.json.notObject";
    public static final String NOT_LIST = "paydesk.error.json.notList";
    public static final String NOT_TEXT = "paydesk.error.json.notText";
    public static final String NOT_WHOLE_NUMBER = "paydesk.error.json.notWholeNumber";
    public static final String NOT_BOOLEAN = "paydesk.error.json.notBoolean";
    public static final String UNKNOWN_FIELD = "paydesk.error.json.unknownField";
    public static final String MISSING_FIELD = "paydesk.error.json.missingField";

    private final List<Refusal> refusals = new ArrayList<>();

    /** The document's root value, or empty with a {@link #SYNTAX} refusal (arguments: line, column). */
    public Optional<Object> parse(String text) {
        try {
            return Optional.of(Json.read(text));
        } catch (JsonSyntaxException e) {
            refusals.add(Refusal.of("", e.why(), SYNTAX, Integer.toString(e.line()), Integer.toString(e.column())));
            return Optional.empty();
        }
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    public void refuse(String path, String value, String reasonKey, String... arguments) {
        refusals.add(Refusal.of(path, value, reasonKey, arguments));
    }

    /** The value as an object whose keys are all among {@code allowed}; empty when it is not an object. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> object(Object value, String path, Set<String> allowed) {
        if (!(value instanceof Map<?, ?> map)) {
            refuse(path, shown(value), NOT_OBJECT);
            return Optional.empty();
        }
        if (allowed != null) {
            for (Object key : map.keySet()) {
                if (!allowed.contains(key)) {
                    refuse(join(path, key.toString()), key.toString(), UNKNOWN_FIELD, String.join(", ", allowed));
                }
            }
        }
        return Optional.of((Map<String, Object>) map);
    }

    @SuppressWarnings("unchecked")
    public List<Object> list(Object value, String path) {
        if (value == null || value == Json.NULL) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            refuse(path, shown(value), NOT_LIST);
            return List.of();
        }
        return (List<Object>) list;
    }

    /** A text value; {@code null} (absent or JSON null) is refused when required, else empty. */
    public Optional<String> text(Map<String, Object> object, String key, String path, boolean required) {
        Object value = object.get(key);
        String at = join(path, key);
        if (value == null || value == Json.NULL) {
            if (required) {
                refuse(at, "", MISSING_FIELD);
            }
            return Optional.empty();
        }
        return text(value, at);
    }

    public Optional<String> text(Object value, String path) {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        refuse(path, shown(value), NOT_TEXT);
        return Optional.empty();
    }

    public Optional<Integer> wholeNumber(Object value, String path) {
        if (value instanceof BigDecimal number) {
            try {
                return Optional.of(number.intValueExact());
            } catch (ArithmeticException e) {
                // falls through to the refusal
            }
        }
        refuse(path, shown(value), NOT_WHOLE_NUMBER);
        return Optional.empty();
    }

    public boolean bool(Map<String, Object> object, String key, String path) {
        Object value = object.get(key);
        if (value == null || value == Json.NULL) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        refuse(join(path, key), shown(value), NOT_BOOLEAN);
        return false;
    }

    public static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A short form of a value for an error message. */
    static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?>) {
            return "{…}";
        }
        if (value instanceof List<?>) {
            return "[…]";
        }
        String text = value.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
