package io.paydesk.sandbox.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlEscapingTest {

    @ParameterizedTest(name = "{0} is html-safe: {1}")
    @CsvSource({
            "$name, false",
            "$!name, false",
            "${name}, false",
            "$bodyHtml, true",
            "$!{panelHTML}, true",
            "$body, true",
            "$head, true",
            "$xHtmlContent, true",
            "$view.partnerName(), false",
            "$view.rowsHtml(), true",
            "$issue.descriptionHtml, true",
            "$panel.renderSummary(), true",
            "$panel.getRenderedBody(), true",
            "$panel.format($x.html()), false",
            "$i18n.getText(\"paydesk.panel.partner.name\"), false",
    })
    void followsJirasRuleForWhatIsAlreadyHtml(String reference, boolean safe) {
        assertThat(HtmlEscaping.isHtmlSafe(reference)).isEqualTo(safe);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script> | &lt;script&gt;alert(1)&lt;/script&gt;",
            "Bank \"Wiślany\" & Co's | Bank &quot;Wiślany&quot; &amp; Co&#39;s",
    })
    void escapesTheFiveHtmlCharacters(String raw, String escaped) {
        assertThat(new HtmlEscaping(true).referenceInsert("$name", raw)).isEqualTo(escaped);
        assertThat(new HtmlEscaping(false).referenceInsert("$name", raw)).isEqualTo(raw);
    }
}
