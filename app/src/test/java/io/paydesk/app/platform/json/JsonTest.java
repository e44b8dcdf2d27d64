package io.paydesk.app.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

    @Test
    void readsObjectsListsTextsNumbersBooleansAndNullInDocumentOrder() {
        Object value = Json.read("{\"b\": [1, -2.5e3, true, false, null], \"a\": \"Wi\\u015blany \\\"PL\\\"\\n\"}");

        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("b", "a"));
        assertThat(map.get("b")).isEqualTo(List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, Json.NULL));
        assertThat(map.get("a")).isEqualTo("Wiślany \"PL\"\n");
    }

    @Test
    void whatItWritesReadsBackTheSame() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", "Bank \"Wiślany\"\t\\");
        value.put("list", List.of(1, 2, 3));
        value.put("nested", List.of(Map.of("x", true)));
        value.put("empty", Map.of());
        value.put("nothing", null);

        Object read = Json.read(Json.write(value));

        Map<String, Object> expected = new LinkedHashMap<>(value);
        expected.put("list", List.of(BigDecimal.ONE, BigDecimal.TWO, new BigDecimal(3)));
        expected.put("nothing", Json.NULL);
        assertThat(read).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,}", "{\"a\":1 \"b\":2}", "{a:1}", "'x'", "01", "1.", "+1",
            "\"\\x\"", "\"tab\there\"", "[1] 2", "// comment\n{}", "{\"a\":1,\"a\":2}", "nul", "NaN"})
    void refusesWhatStrictJsonDoesNotAllow(String text) {
        assertThatThrownBy(() -> Json.read(text)).isInstanceOf(JsonSyntaxException.class);
    }

    @Test
    void refusesDocumentsNestedDeeperThanItsLimit() {
        String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);

        assertThatThrownBy(() -> Json.read(deep)).isInstanceOf(JsonSyntaxException.class).hasMessageContaining("nested");
    }

    @Test
    void namesTheLineAndColumnOfTheFault() {
        assertThatThrownBy(() -> Json.read("{\n  \"a\": tru\n}"))
                .isInstanceOfSatisfying(JsonSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(8);
                });
    }
}
