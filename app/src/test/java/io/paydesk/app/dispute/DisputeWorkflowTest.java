package io.paydesk.app.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.lifecycle.DisputeAction;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.lifecycle.VisaPreArbitration;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.store.DisputeRecord;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisputeWorkflowTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** 00:30 in Warsaw on 25 November is still 24 November in UTC: the partner's date counts. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T23:30:00Z"), WARSAW);
    private static final LocalDate PARTNER_TODAY = LocalDate.of(2026, 11, 25);
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
    private static final String PAN = "4111 1111 1111 1111";
    private static final Optional<PartnerBank> WISLANY = Optional.of(
            new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW, Locale.of("pl")));

    private final InMemoryRecords records = new InMemoryRecords();
    private final DisputeWorkflow workflow = new DisputeWorkflow(new Disputes(SchemeCatalogue.shipped(), records, NOW));
    private final io.paydesk.app.platform.Texts english = BundleTexts.in(Locale.ENGLISH);

    private static TypedDispute typed(String scheme, String reason, String amount, String arn, String merchant) {
        return new TypedDispute(scheme, reason, amount, "PLN", "2026-10-25",
                new TypedTransaction("624512345678", arn, "", "2026-10-10", "2026-10-12", merchant, "5732", false));
    }

    private static TypedDispute visaNotReceived() {
        return typed("visa", "13.1", "1349.90", ARN, "Media Expert");
    }

    /** The create transition: checked as typed before masking, opened once the request exists. */
    private WorkflowCheck fileChecked(long issueId, TypedDispute dispute) {
        return workflow.file(issueId, Optional.of(workflow.prepare(dispute, PAN, WISLANY, english)), english);
    }

    private void file(long issueId, TypedDispute dispute) {
        assertThat(fileChecked(issueId, dispute).isPassed()).isTrue();
    }

    @Test
    void aRightDisputePassesTheCreateValidatorAndNothingIsStoredYet() {
        assertThat(workflow.checkNew(visaNotReceived(), PAN, WISLANY, english).isPassed()).isTrue();
        assertThat(records.size()).isZero();
    }

    @Test
    void theCreateValidatorNamesEachWrongFieldInTheUsersLanguage() {
        WorkflowCheck check = workflow.checkNew(typed("visa", "4853", "1349.905", "1234", "Media Expert"), "4111", WISLANY,
                english);

        assertThat(check.messages()).extracting(WorkflowCheck.Message::field)
                .contains("card", "reasonCode", "amount", "arn");
        assertThat(check.messages()).extracting(WorkflowCheck.Message::text)
                .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("paydesk."));
    }

    @Test
    void aRequestWithoutAPartnerBankIsRefusedWithTheReason() {
        WorkflowCheck check = workflow.checkNew(visaNotReceived(), PAN, Optional.empty(), BundleTexts.in(Locale.of("pl")));

        assertThat(check.messages()).extracting(WorkflowCheck.Message::field).containsExactly("");
        assertThat(check.text()).startsWith("To zgłoszenie nie ma jeszcze banku partnerskiego");
    }

    @Test
    void filingKeepsOnlyTheMaskedCardEvenWhenAFullNumberWasTypedIntoAnotherField() {
        file(11, typed("visa", "13.1", "1349.90", ARN, "Media Expert 4111111111111111"));

        DisputeRecord record = records.find(11).orElseThrow();
        assertThat(record.card().orElseThrow().toString()).doesNotContain("4111111111111111")
                .doesNotContain("1111 1111 1111");
        assertThat(record.dispute().facts().transaction().merchantName()).doesNotContain("4111111111111111");
        assertThat(record.toString()).doesNotContain("4111111111111111").doesNotContain("4111 1111 1111 1111");
    }

    @Test
    void aRequestFilesOneDisputeOnly() {
        file(12, visaNotReceived());

        assertThat(workflow.offers(12, DisputeWorkflow.FILE)).isFalse();
        assertThat(fileChecked(12, visaNotReceived()).isPassed()).isFalse();
    }

    @Test
    void theConditionOffersVisaStepsInTheSchemesOrder() {
        file(13, visaNotReceived());

        // Visa 13.1 follows the collaboration flow: the acquirer answers before any pre-arbitration.
        assertThat(workflow.offers(13, "RESPONSE_RECEIVED")).isTrue();
        assertThat(workflow.offers(13, "PRE_ARBITRATION")).isFalse();
        assertThat(workflow.offers(13, "ARBITRATION")).isFalse();
        assertThat(workflow.offers(13, "no such step")).isFalse();

        assertThat(workflow.step(13, "RESPONSE_RECEIVED", english).isPassed()).isTrue();

        assertThat(workflow.offers(13, "PRE_ARBITRATION")).isTrue();
        assertThat(workflow.offers(13, "RESPONSE_RECEIVED")).isFalse();
    }

    @Test
    void theConditionOffersMastercardStepsInTheSchemesOrder() {
        file(14, typed("mastercard", "4853", "1349.90", ARN, "Media Expert"));

        assertThat(workflow.offers(14, "RESPONSE_RECEIVED")).isTrue();
        assertThat(workflow.offers(14, "PRE_ARBITRATION")).isFalse();
        assertThat(workflow.offers(14, "ARBITRATION")).isFalse();

        assertThat(workflow.step(14, "RESPONSE_RECEIVED", english).isPassed()).isTrue();

        assertThat(workflow.offers(14, "PRE_ARBITRATION")).isTrue();
        assertThat(workflow.offers(14, "RESPONSE_RECEIVED")).isFalse();
    }

    @Test
    void aRequestWithoutADisputeOffersNoStep() {
        assertThat(workflow.offers(15, "RESPONSE_RECEIVED")).isFalse();
        assertThat(workflow.offers(15, DisputeWorkflow.FILE)).isTrue();
    }

    @Test
    void thePostFunctionMovesAVisaDisputeToPreArbitrationWithTheDeadlineComputedFromThePartnersToday() {
        file(16, visaNotReceived());
        workflow.step(16, "RESPONSE_RECEIVED", english);

        WorkflowCheck moved = workflow.step(16, "PRE_ARBITRATION", english);

        assertThat(moved.isPassed()).isTrue();
        DisputeRecord record = records.find(16).orElseThrow();
        assertThat(record.dispute()).isInstanceOf(VisaPreArbitration.class);
        var due = ((OpenDispute) record.dispute()).deadline().orElseThrow();
        assertThat(due.stage()).isEqualTo(DisputeStage.PRE_ARBITRATION_RESPONSE);
        assertThat(due.countedFrom()).isEqualTo(PARTNER_TODAY);
        assertThat(due.dueOn()).isAfter(PARTNER_TODAY);
    }

    @Test
    void theStepValidatorRefusesAStepOutOfOrderInRussianAndPolishAndStoresNothing() {
        file(17, visaNotReceived());
        DisputeRecord before = records.find(17).orElseThrow();

        WorkflowCheck polish = workflow.checkStep(17, "ARBITRATION", BundleTexts.in(Locale.of("pl")));
        WorkflowCheck russian = workflow.checkStep(17, "ARBITRATION", BundleTexts.in(Locale.of("ru")));

        assertThat(polish.text()).isEqualTo("Kroku „Skierowano do arbitrażu” nie można zapisać na etapie „Spór (dispute)”.");
        assertThat(russian.text()).contains(BundleTexts.in(Locale.of("ru")).get(DisputeAction.ARBITRATION.nameKey()))
                .doesNotContain("paydesk.").isNotEqualTo(english.get("paydesk.error.dispute.transition.notAllowed"));
        assertThat(records.find(17)).contains(before);
    }

    @Test
    void aRefusedPostFunctionChangesNothing() {
        file(18, visaNotReceived());
        DisputeRecord before = records.find(18).orElseThrow();

        assertThat(workflow.step(18, "RULED_FOR_ISSUER", english).isPassed()).isFalse();
        assertThat(records.find(18)).contains(before);
    }

    @Test
    void theDisputeCheckedBeforeMaskingIsOpenedAfterCreationWithOnlyTheMaskedCard() {
        CheckedDispute checked = workflow.prepare(visaNotReceived(), PAN, WISLANY, english);

        assertThat(checked.check().isPassed()).isTrue();
        assertThat(records.size()).isZero();
        assertThat(checked.toString()).doesNotContain("4111111111111111").doesNotContain(PAN);

        assertThat(workflow.file(19, Optional.of(checked), english).isPassed()).isTrue();
        DisputeRecord record = records.find(19).orElseThrow();
        assertThat(record.card().orElseThrow().toString()).isEqualTo("411111******1111");
        assertThat(record.zone()).isEqualTo(WARSAW);
    }

    @Test
    void withoutTheCheckBeforeMaskingNothingIsFiledAndTheAdministratorIsToldWhereTheMaskFunctionGoes() {
        WorkflowCheck polish = workflow.file(20, Optional.empty(), BundleTexts.in(Locale.of("pl")));
        WorkflowCheck russian = workflow.file(20, Optional.empty(), BundleTexts.in(Locale.of("ru")));

        assertThat(polish.isPassed()).isFalse();
        assertThat(polish.text()).contains("Paydesk: maskowanie numerów kart", "Creates the issue originally");
        assertThat(russian.text()).contains("Paydesk: маскирование номеров карт", "Creates the issue originally");
        assertThat(records.find(20)).isEmpty();
    }

    @Test
    void aDisputeRefusedBeforeMaskingIsReportedByFileAndNothingIsStored() {
        CheckedDispute refused = workflow.prepare(typed("visa", "4853", "1349.90", ARN, "Media Expert"), PAN, WISLANY,
                english);

        WorkflowCheck filed = workflow.file(21, Optional.of(refused), english);

        assertThat(filed.isPassed()).isFalse();
        assertThat(filed.messages()).extracting(WorkflowCheck.Message::field).containsExactly("reasonCode");
        assertThat(records.find(21)).isEmpty();
    }

    @Test
    void aMaskedCardNumberIsNotAFullNumberTheCheckCanVerify() {
        // What Jira holds after the mask function: FILE must never re-check it.
        WorkflowCheck check = workflow.checkNew(visaNotReceived(), "4111 11** **** 1111", WISLANY, english);

        assertThat(check.messages()).extracting(WorkflowCheck.Message::field).containsExactly("card");
    }

    @Test
    void theEditorListsFilingAndEveryStepTranslated() {
        var steps = workflow.steps(BundleTexts.in(Locale.of("uk")));

        assertThat(steps.getFirst().name()).isEqualTo(DisputeWorkflow.FILE);
        assertThat(steps).hasSize(DisputeAction.values().length + 1);
        assertThat(steps).extracting(DisputeActionChoice::label).doesNotHaveDuplicates()
                .noneMatch(label -> label.startsWith("paydesk."));
        assertThat(workflow.label("pre_arbitration", english)).isEqualTo(english.get("paydesk.dispute.action.preArbitration"));
    }
}
