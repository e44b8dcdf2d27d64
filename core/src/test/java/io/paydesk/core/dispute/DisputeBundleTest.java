package io.paydesk.core.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.deadline.DayCount;
import io.paydesk.core.dispute.deadline.DeadlineAnchor;
import io.paydesk.core.dispute.evidence.EvidenceItem;
import io.paydesk.core.dispute.lifecycle.DisputeOutcome;
import io.paydesk.core.dispute.lifecycle.Party;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.Workflow;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DisputeBundleTest {

    static Stream<String> everyRefusalKey() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : DisputeMessageKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("BUNDLE")) {
                keys.add((String) field.get(null));
            }
        }
        return keys.stream();
    }

    static Stream<String> everyLabelKey() {
        List<String> keys = new ArrayList<>();
        Stream.of(DisputeStage.values()).map(DisputeStage::nameKey).forEach(keys::add);
        Stream.of(DisputeOutcome.values()).map(DisputeOutcome::nameKey).forEach(keys::add);
        Stream.of(Party.values()).map(Party::nameKey).forEach(keys::add);
        Stream.of(Workflow.values()).map(Workflow::nameKey).forEach(keys::add);
        Stream.of(DayCount.values()).map(DayCount::nameKey).forEach(keys::add);
        Stream.of("transaction-date", "processing-date", "expected-service-date", "previous-stage", "stage:ARBITRATION")
                .map(a -> DeadlineAnchor.parse(a).orElseThrow().nameKey()).forEach(keys::add);
        DisputeFixture.EVIDENCE.items().stream().map(EvidenceItem::nameKey).forEach(keys::add);
        return keys.stream();
    }

    @ParameterizedTest(name = "refusal {0} reads well in all five languages")
    @MethodSource("everyRefusalKey")
    void everyRefusalHasATextInEveryLanguage(String key) {
        assertThat(key).startsWith("paydesk.error.");
        ReasonCodeCatalogueTest.assertDescribedInEveryLanguage(key);
    }

    @ParameterizedTest(name = "label {0} reads well in all five languages")
    @MethodSource("everyLabelKey")
    void everyStageOutcomePartyAnchorAndEvidenceHasATextInEveryLanguage(String key) {
        ReasonCodeCatalogueTest.assertDescribedInEveryLanguage(key);
    }

    @Test
    void javaFindsEachLanguageUnderTheBundleBaseName() {
        for (Locale language : Bundles.LANGUAGES.subList(1, Bundles.LANGUAGES.size())) {
            ResourceBundle bundle = ResourceBundle.getBundle(DisputeMessageKeys.BUNDLE, language,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.getLocale()).isEqualTo(language);
            assertThat(bundle.getString("paydesk.dispute.reason.visa.13.1"))
                    .isEqualTo(Bundles.text(language, "paydesk.dispute.reason.visa.13.1"));
        }
    }

    @Test
    void theFiveFilesHaveTheSameKeysAndEveryTextFormats() {
        Set<String> english = Bundles.of(Locale.ENGLISH).keySet();
        for (Locale language : Bundles.LANGUAGES) {
            ResourceBundle bundle = Bundles.of(language);
            assertThat(bundle.keySet()).as(language.toString()).isEqualTo(english);
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertThat(text).as("%s %s", language, key).doesNotContain("'");
                assertThat(new MessageFormat(text, language).format(new Object[] {"A", "B", "C"})).isNotBlank();
            }
        }
    }
}
