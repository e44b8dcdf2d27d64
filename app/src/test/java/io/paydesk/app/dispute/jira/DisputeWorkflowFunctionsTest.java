package io.paydesk.app.dispute.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.WorkflowException;
import com.opensymphony.workflow.loader.ConditionDescriptor;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import io.paydesk.app.dispute.BundleTexts;
import io.paydesk.app.dispute.DisputeStepSetting;
import io.paydesk.app.dispute.DisputeWorkflow;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.dispute.InMemoryRecords;
import io.paydesk.app.request.jira.JiraRequestSnapshots;
import io.paydesk.core.dispute.lifecycle.OpenDispute;
import io.paydesk.core.dispute.scheme.DisputeStage;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.SetupCatalogue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Jira adapters over osworkflow's real types, with Jira's interfaces faked. */
class DisputeWorkflowFunctionsTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), WARSAW);
    private static final String ARN = "7412345621000000012345" + Arn.checkDigitFor("7412345621000000012345");
    private static final long ISSUE_ID = 10_400L;

    private final InMemoryRecords records = new InMemoryRecords();
    private final Disputes disputes = new Disputes(SchemeCatalogue.shipped(), records, NOW);
    private final DisputeWorkflow workflow = new DisputeWorkflow(disputes);
    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final Map<String, CustomField> fieldsByKey = new HashMap<>();
    private final Map<CustomField, Object> values = new HashMap<>();
    private final Issue issue = mock(Issue.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraDisputeFields fields;

    DisputeWorkflowFunctionsTest() {
        int id = 10_010;
        for (FieldSpec spec : SetupCatalogue.paydesk().fields()) {
            CustomField field = mock(CustomField.class);
            when(field.getId()).thenReturn("customfield_" + id++);
            fieldsByKey.put(spec.key(), field);
            when(customFields.getCustomFieldObjectsByName(spec.name())).thenReturn(List.of(field));
        }
        CustomField organizations = mock(CustomField.class);
        when(customFields.getCustomFieldObjectsByName("Organizations")).thenReturn(List.of(organizations));
        CustomerOrganization wislany = mock(CustomerOrganization.class);
        when(wislany.getId()).thenReturn(3);
        values.put(organizations, List.of(wislany));
        when(issue.getCustomFieldValue(any())).thenAnswer(call -> values.get(call.<CustomField>getArgument(0)));
        when(issue.getId()).thenReturn(ISSUE_ID);

        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(call ->
                BundleTexts.in(Locale.of("pl")).get(call.getArgument(0), (Object[]) call.getArgument(1)));
        when(authentication.getI18nHelper()).thenReturn(i18n);

        PartnerDirectory partners = mock(PartnerDirectory.class);
        when(partners.find(new PartnerId("3"))).thenReturn(
                Optional.of(new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW, Locale.of("pl"))));
        fields = new JiraDisputeFields(customFields, new JiraRequestSnapshots(customFields), partners, disputes);
        typeVisaNotReceived();
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private void set(String key, Object value) {
        values.put(fieldsByKey.get(key), value);
    }

    /** What Jira holds after the portal form: select options, a Double amount, date pickers at midnight. */
    private void typeVisaNotReceived() {
        set("scheme", option("visa"));
        set("reasonCode", "13.1");
        set("cardNumber", "4111 1111 1111 1111");
        set("amount", 1349.9d);
        set("currency", option("PLN"));
        set("transactionDate", Timestamp.valueOf(LocalDate.of(2026, 10, 10).atStartOfDay()));
        set("settlementDate", Timestamp.valueOf(LocalDate.of(2026, 10, 12).atStartOfDay()));
        set("expectedServiceDate", Timestamp.valueOf(LocalDate.of(2026, 10, 25).atStartOfDay()));
        set("merchantName", "Media Expert");
        set("mcc", "5732");
        set("rrn", "624512345678");
        set("arn", ARN);
        set("atm", option("No"));
    }

    private static Map<String, Object> step(String step) {
        return Map.of(DisputeFunctionArgs.STEP, step);
    }

    private Map<String, Object> transientVars() {
        return Map.of(DisputeFunctionArgs.ISSUE, issue);
    }

    @Test
    void theCreateValidatorPutsEachRefusalUnderItsJiraFieldInTheUsersLanguage() {
        set("reasonCode", "4853");
        set("cardNumber", "4111");
        DisputeStepValidator validator = new DisputeStepValidator(workflow, fields, authentication);

        assertThatThrownBy(() -> validator.validate(transientVars(), step("FILE"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    @SuppressWarnings("unchecked")
                    Map<Object, Object> errors = refused.getErrors();
                    assertThat(errors).containsOnlyKeys(fieldsByKey.get("reasonCode").getId(),
                            fieldsByKey.get("cardNumber").getId());
                    assertThat(errors.get(fieldsByKey.get("reasonCode").getId())).isEqualTo("To nie jest kod powodu Visa.");
                });
        assertThat(records.size()).isZero();
    }

    @Test
    void theCreatePostFunctionFilesTheDisputeFromTheIssuesFieldsWithTheCardMasked() throws Exception {
        new DisputeStepValidator(workflow, fields, authentication).validate(transientVars(), step("FILE"), null);
        new DisputeStepFunction(workflow, fields, authentication).execute(transientVars(), step("FILE"), null);

        var record = records.find(ISSUE_ID).orElseThrow();
        assertThat(record.dispute().facts().reason().code()).isEqualTo("13.1");
        assertThat(record.dispute().facts().disputedAmount().amount()).isEqualByComparingTo("1349.90");
        assertThat(record.card().orElseThrow().toString()).doesNotContain("4111 1111 1111 1111")
                .doesNotContain("4111111111111111");
        assertThat(record.zone()).isEqualTo(WARSAW);
    }

    @Test
    void aPostFunctionBeforeTheIssueExistsSaysWhereItBelongs() {
        when(issue.getId()).thenReturn(null);

        assertThatThrownBy(() -> new DisputeStepFunction(workflow, fields, authentication)
                .execute(transientVars(), step("FILE"), null))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Creates the issue originally");
        assertThat(records.size()).isZero();
    }

    @Test
    void theConditionHidesAStepOutOfSchemeOrderAndTheStepFunctionRecordsTheNextOne() throws Exception {
        new DisputeStepFunction(workflow, fields, authentication).execute(transientVars(), step("FILE"), null);
        DisputeStepCondition condition = new DisputeStepCondition(workflow);

        assertThat(condition.passesCondition(transientVars(), step("ARBITRATION"), null)).isFalse();
        assertThat(condition.passesCondition(transientVars(), step("RESPONSE_RECEIVED"), null)).isTrue();

        new DisputeStepFunction(workflow, fields, authentication)
                .execute(transientVars(), step("RESPONSE_RECEIVED"), null);

        OpenDispute responded = (OpenDispute) records.find(ISSUE_ID).orElseThrow().dispute();
        assertThat(responded.stage()).isEqualTo(DisputeStage.DISPUTE_RESPONSE);
        assertThat(condition.passesCondition(transientVars(), step("PRE_ARBITRATION"), null)).isTrue();
    }

    @Test
    void aStepTheSchemeRefusesStopsTheTransitionWithTheReasonInPolish() throws Exception {
        new DisputeStepFunction(workflow, fields, authentication).execute(transientVars(), step("FILE"), null);

        assertThatThrownBy(() -> new DisputeStepValidator(workflow, fields, authentication)
                .validate(transientVars(), step("ARBITRATION"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.getGenericErrors()).containsExactly(
                                "Kroku „Skierowano do arbitrażu” nie można zapisać na etapie „Spór (dispute)”."));
        assertThatThrownBy(() -> new DisputeStepFunction(workflow, fields, authentication)
                .execute(transientVars(), step("ARBITRATION"), null))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Skierowano do arbitrażu");
    }

    @Test
    void theEditorOffersTranslatedStepsAndStoresTheChosenOne() {
        DisputeStepFactory factory = new DisputeStepFactory(workflow, authentication);
        FunctionDescriptor configured = new FunctionDescriptor();
        configured.getArgs().put(DisputeFunctionArgs.STEP, "PRE_ARBITRATION");

        DisputeStepSetting edit = (DisputeStepSetting) factory.getVelocityParams("edit-parameters", configured)
                .get(DisputeStepFactory.SETTING);
        DisputeStepSetting condition = (DisputeStepSetting) factory.getVelocityParams("view", new ConditionDescriptor())
                .get(DisputeStepFactory.SETTING);

        assertThat(edit.selected()).isEqualTo("PRE_ARBITRATION");
        assertThat(edit.steps().getFirst().name()).isEqualTo(DisputeWorkflow.FILE);
        assertThat(edit.summary()).startsWith("Zapisuje krok sporu: ").doesNotContain("paydesk.");
        assertThat(condition.summary()).startsWith("Tylko gdy organizacja kartowa");
        assertThat(factory.getDescriptorParams(Map.of(DisputeFunctionArgs.STEP, new String[] {" RESPONSE_RECEIVED "})))
                .isEqualTo(Map.of(DisputeFunctionArgs.STEP, "RESPONSE_RECEIVED"));
    }

    @Test
    void fieldValuesReadAsTypedNeverAsFloatingPointAmounts() {
        assertThat(JiraDisputeFields.typed(1349.9d)).isEqualTo("1349.9");
        assertThat(JiraDisputeFields.typed(100.0d)).isEqualTo("100");
        assertThat(JiraDisputeFields.typed(0.1d)).isEqualTo("0.1");
        assertThat(JiraDisputeFields.typed(Timestamp.valueOf(LocalDate.of(2026, 10, 10).atStartOfDay())))
                .isEqualTo("2026-10-10");
        assertThat(JiraDisputeFields.typed(List.of(option("Yes")))).isEqualTo("Yes");
        assertThat(JiraDisputeFields.typed(null)).isEmpty();
    }
}
