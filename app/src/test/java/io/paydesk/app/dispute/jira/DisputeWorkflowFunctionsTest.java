package io.paydesk.app.dispute.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
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
import io.paydesk.app.request.jira.JiraCatalogueFields;
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
import io.paydesk.app.request.CardNumbersLeft;
import io.paydesk.app.request.jira.JiraCardNumberMask;
import io.paydesk.core.card.Luhn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
    private final FakeCreatedIssue issue = new FakeCreatedIssue();
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final List<CustomField> allFields = new ArrayList<>();
    private final JiraDisputeFields fields;
    private final JiraCardNumberMask mask = new JiraCardNumberMask(customFields);

    DisputeWorkflowFunctionsTest() {
        int id = 10_010;
        for (FieldSpec spec : SetupCatalogue.paydesk().fields()) {
            CustomField field = mock(CustomField.class);
            when(field.getId()).thenReturn("customfield_" + id++);
            fieldsByKey.put(spec.key(), field);
            allFields.add(field);
            when(customFields.getCustomFieldObjectsByName(spec.name())).thenReturn(List.of(field));
        }
        CustomField organizations = mock(CustomField.class);
        when(organizations.getId()).thenReturn("customfield_10002");
        allFields.add(organizations);
        when(customFields.getCustomFieldObjectsByName("Organizations")).thenReturn(List.of(organizations));
        when(customFields.getCustomFieldObjects()).thenReturn(allFields);
        CustomerOrganization wislany = mock(CustomerOrganization.class);
        when(wislany.getId()).thenReturn(3);
        issue.put(organizations, List.of(wislany));
        issue.setId(ISSUE_ID);

        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(call ->
                BundleTexts.in(Locale.of("pl")).get(call.getArgument(0), (Object[]) call.getArgument(1)));
        when(authentication.getI18nHelper()).thenReturn(i18n);

        PartnerDirectory partners = mock(PartnerDirectory.class);
        when(partners.find(new PartnerId("3"))).thenReturn(
                Optional.of(new PartnerBank(new PartnerId("3"), "Bank Wiślany", "PL", WARSAW, Locale.of("pl"))));
        fields = new JiraDisputeFields(
                new JiraCatalogueFields(customFields, new JiraRequestSnapshots(customFields), partners, disputes));
        typeVisaNotReceived();
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private void set(String key, Object value) {
        issue.put(fieldsByKey.get(key), value);
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

    /** One transition's variables, as OSWorkflow shares them between its validators and post-functions. */
    private Map<String, Object> createTransition() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(DisputeFunctionArgs.ISSUE, issue);
        return vars;
    }

    private DisputeStepFunction stepFunction() {
        return new DisputeStepFunction(workflow, authentication);
    }

    private MaskCardNumbersFunction maskFunction() {
        return new MaskCardNumbersFunction(workflow, fields, mask, authentication);
    }

    /**
     * The create transition in Jira's order: the validator, "Paydesk: mask card numbers", "Creates the issue
     * originally", then FILE, all on one map of variables.
     */
    private void create() throws Exception {
        issue.setId(null);
        Map<String, Object> vars = createTransition();
        new DisputeStepValidator(workflow, fields, authentication).validate(vars, step("FILE"), null);
        maskFunction().execute(vars, Map.of(), null);
        issue.create(ISSUE_ID);
        stepFunction().execute(vars, step("FILE"), null);
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
    void theCreateTransitionStoresOnlyMaskedCardNumbersAndFilesTheDisputeCheckedFromTheFullNumber() throws Exception {
        issue.type("Card 4111 1111 1111 1111 charged for a TV that never came",
                "The cardholder (card 4111-1111-1111-1111) paid on 10 October; the parcel never arrived.");
        set("merchantName", "Media Expert, card 4111111111111111");

        create();

        var record = records.find(ISSUE_ID).orElseThrow();
        assertThat(record.dispute().facts().reason().code()).isEqualTo("13.1");
        assertThat(record.dispute().facts().disputedAmount().amount()).isEqualByComparingTo("1349.90");
        assertThat(record.card().orElseThrow().toString()).isEqualTo("411111******1111");
        assertThat(record.zone()).isEqualTo(WARSAW);
        assertThat(record.toString()).doesNotContain("4111111111111111");
        assertThat(issue.stored()).containsEntry("summary", "Card 4111 11** **** 1111 charged for a TV that never came")
                .containsEntry("description",
                        "The cardholder (card 4111-11**-****-1111) paid on 10 October; the parcel never arrived.")
                .containsEntry(fieldsByKey.get("cardNumber").getId(), "4111 11** **** 1111")
                .containsEntry(fieldsByKey.get("rrn").getId(), "624512345678")
                .containsEntry(fieldsByKey.get("arn").getId(), ARN);
        assertThat(issue.stored().values()).allSatisfy(value ->
                assertThat(CardNumbersLeft.in(String.valueOf(value))).isEmpty());
    }

    @Test
    void noValueHandedToJiraHoldsACardNumberAfterTheMaskFunctionRan() throws Exception {
        Random random = new Random(20261124L);
        for (int round = 0; round < 300; round++) {
            String pan = cardNumber(random, 13 + random.nextInt(7));
            String written = written(pan, random.nextInt(4));
            issue.type("Disputed payment on " + written, "Card: " + written + ". Second card " + cardNumber(random, 16)
                    + ", phone +48 600 123 456, RRN 624512345678.");
            set("cardNumber", written);
            set("merchantName", "Shop (" + written + ")");
            set("authorizationCode", written + ";");
            issue.setId(null);

            maskFunction().execute(createTransition(), Map.of(), null);
            issue.create(ISSUE_ID + round);

            for (Object value : issue.stored().values()) {
                assertThat(CardNumbersLeft.in(value instanceof String text ? text : null))
                        .as("round %d, %s", round, value).isEmpty();
            }
            for (Object value : issue.handedToJira()) {
                assertThat(CardNumbersLeft.in((String) value)).as("round %d", round).isEmpty();
            }
        }
        assertThat(issue.handedToJira()).isNotEmpty();
    }

    /** A Luhn-valid number of {@code length} digits. */
    private static String cardNumber(Random random, int length) {
        StringBuilder body = new StringBuilder(length);
        body.append(4 + random.nextInt(2));
        while (body.length() < length - 1) {
            body.append(random.nextInt(10));
        }
        for (char check = '0'; check <= '9'; check++) {
            if (Luhn.isValid(body + String.valueOf(check))) {
                return body.append(check).toString();
            }
        }
        throw new AssertionError("every body has a check digit");
    }

    /** The number as people write it: plain, in fours with spaces, in fours with dashes, or 4-6-rest. */
    private static String written(String digits, int style) {
        return switch (style) {
            case 0 -> digits;
            case 1, 2 -> String.join(style == 1 ? " " : "-", digits.split("(?<=\\G.{4})"));
            default -> digits.substring(0, 4) + " " + digits.substring(4, 10) + " " + digits.substring(10);
        };
    }

    @Test
    void withoutTheMaskFunctionFileFilesNothingAndSaysWhereToPlaceIt() throws Exception {
        Map<String, Object> vars = createTransition();
        issue.setId(null);
        new DisputeStepValidator(workflow, fields, authentication).validate(vars, step("FILE"), null);
        issue.create(ISSUE_ID);

        assertThatThrownBy(() -> stepFunction().execute(vars, step("FILE"), null))
                .isInstanceOf(WorkflowException.class)
                .hasMessageContaining("Paydesk: maskowanie numerów kart").hasMessageContaining("Creates the issue originally");
        assertThat(records.size()).isZero();
    }

    @Test
    void aMaskFunctionPlacedAfterCreationHandsNoCheckOverSoFileRefuses() throws Exception {
        Map<String, Object> vars = createTransition();

        maskFunction().execute(vars, Map.of(), null);

        assertThat(vars).doesNotContainKey(DisputeFunctionArgs.CHECKED_DISPUTE);
        assertThatThrownBy(() -> stepFunction().execute(vars, step("FILE"), null))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Creates the issue originally");
        assertThat(records.size()).isZero();
    }

    @Test
    void theMaskFunctionChangesOnlyFieldsThatHeldACardNumber() throws Exception {
        issue.type("TV never came", null);
        issue.setId(null);

        maskFunction().execute(createTransition(), Map.of(), null);

        assertThat(issue.handedToJira()).containsExactly("4111 11** **** 1111");
        assertThat(issue.getSummary()).isEqualTo("TV never came");
        assertThat(issue.getDescription()).isNull();
    }

    @Test
    void theJiraMaskNamesTheFieldsItChangedNeverTheirValues() {
        issue.type("Card 4111111111111111", "No card here, RRN 624512345678.");

        List<String> changed = mask.mask(issue);

        assertThat(changed).containsExactly("summary", fieldsByKey.get("cardNumber").getId());
        assertThat(issue.getDescription()).isEqualTo("No card here, RRN 624512345678.");
    }

    @Test
    void theMaskFunctionReadsInTheEditorInTheUsersLanguage() {
        MaskCardNumbersFactory factory = new MaskCardNumbersFactory(authentication);

        assertThat(factory.getVelocityParams("view", new FunctionDescriptor()).get(MaskCardNumbersFactory.SUMMARY))
                .isEqualTo("Maskuje wszystkie numery kart w podsumowaniu, opisie i polach tekstowych, zanim Jira zapisze"
                        + " zgłoszenie, i przekazuje sprawdzony spór krokowi „Otwórz spór”.");
        assertThat(factory.getDescriptorParams(Map.of())).isEmpty();
    }

    @Test
    void aPostFunctionBeforeTheIssueExistsSaysWhereItBelongs() {
        issue.setId(null);

        assertThatThrownBy(() -> stepFunction().execute(transientVars(), step("FILE"), null))
                .isInstanceOf(WorkflowException.class).hasMessageContaining("Creates the issue originally");
        assertThat(records.size()).isZero();
    }

    @Test
    void theConditionHidesAStepOutOfSchemeOrderAndTheStepFunctionRecordsTheNextOne() throws Exception {
        create();
        DisputeStepCondition condition = new DisputeStepCondition(workflow);

        assertThat(condition.passesCondition(transientVars(), step("ARBITRATION"), null)).isFalse();
        assertThat(condition.passesCondition(transientVars(), step("RESPONSE_RECEIVED"), null)).isTrue();

        stepFunction().execute(transientVars(), step("RESPONSE_RECEIVED"), null);

        OpenDispute responded = (OpenDispute) records.find(ISSUE_ID).orElseThrow().dispute();
        assertThat(responded.stage()).isEqualTo(DisputeStage.DISPUTE_RESPONSE);
        assertThat(condition.passesCondition(transientVars(), step("PRE_ARBITRATION"), null)).isTrue();
    }

    @Test
    void aStepTheSchemeRefusesStopsTheTransitionWithTheReasonInPolish() throws Exception {
        create();

        assertThatThrownBy(() -> new DisputeStepValidator(workflow, fields, authentication)
                .validate(transientVars(), step("ARBITRATION"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.getGenericErrors()).containsExactly(
                                "Kroku „Skierowano do arbitrażu” nie można zapisać na etapie „Spór (dispute)”."));
        assertThatThrownBy(() -> stepFunction().execute(transientVars(), step("ARBITRATION"), null))
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
        assertThat(JiraCatalogueFields.typed(1349.9d)).isEqualTo("1349.9");
        assertThat(JiraCatalogueFields.typed(100.0d)).isEqualTo("100");
        assertThat(JiraCatalogueFields.typed(0.1d)).isEqualTo("0.1");
        assertThat(JiraCatalogueFields.typed(Timestamp.valueOf(LocalDate.of(2026, 10, 10).atStartOfDay())))
                .isEqualTo("2026-10-10");
        assertThat(JiraCatalogueFields.typed(List.of(option("Yes")))).isEqualTo("Yes");
        assertThat(JiraCatalogueFields.typed(null)).isEmpty();
    }
}
