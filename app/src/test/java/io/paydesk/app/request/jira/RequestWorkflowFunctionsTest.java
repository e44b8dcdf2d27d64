package io.paydesk.app.request.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.loader.FunctionDescriptor;
import com.opensymphony.workflow.loader.ValidatorDescriptor;
import io.paydesk.app.dispute.BundleTexts;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.dispute.InMemoryRecords;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.dispute.transaction.Arn;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.types.ApiIncident;
import io.paydesk.core.request.types.CardBlock;
import io.paydesk.core.request.types.FailedTopUp;
import io.paydesk.core.request.types.KycReview;
import io.paydesk.core.request.types.LoyaltyClaim;
import io.paydesk.core.request.types.RefundNotReceived;
import io.paydesk.core.request.types.RequestType;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.SetupCatalogue;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * "Paydesk: check the request fields" and "Paydesk: urgent requests get the highest priority" over osworkflow's real
 * types, with Jira's interfaces faked: the six request types next to disputes, as the portal leaves them in Jira.
 */
class RequestWorkflowFunctionsTest {

    private static final ZoneId TASHKENT = ZoneId.of("Asia/Tashkent");
    /** Noon in Tashkent, 08:00 in Warsaw, on 20 November 2026. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneId.of("UTC"));
    private static final String PAN = "4111 1111 1111 1111";
    private static final String ARN = "7412345632412345678901" + Arn.checkDigitFor("7412345632412345678901");

    private final CustomFieldManager customFields = mock(CustomFieldManager.class);
    private final Map<String, CustomField> fieldsByKey = new HashMap<>();
    private final Map<CustomField, Object> values = new HashMap<>();
    private final MutableIssue issue = mock(MutableIssue.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final TimeZoneManager timeZones = mock(TimeZoneManager.class);
    private final PartnerDirectory partners = mock(PartnerDirectory.class);
    private final PriorityManager priorities = mock(PriorityManager.class);
    private final Priority highest = priority("1", "Highest", 1L);
    private final Priority medium = priority("3", "Medium", 3L);
    private final Texts polish = BundleTexts.in(Locale.of("pl"));
    private Clock clock = NOW;

    RequestWorkflowFunctionsTest() {
        int id = 10_010;
        List<CustomField> all = new ArrayList<>();
        for (FieldSpec spec : SetupCatalogue.paydesk().fields()) {
            CustomField field = mock(CustomField.class);
            when(field.getId()).thenReturn("customfield_" + id++);
            fieldsByKey.put(spec.key(), field);
            all.add(field);
            when(customFields.getCustomFieldObjectsByName(spec.name())).thenReturn(List.of(field));
        }
        CustomField organizations = mock(CustomField.class);
        when(organizations.getId()).thenReturn("customfield_10002");
        all.add(organizations);
        when(customFields.getCustomFieldObjectsByName("Organizations")).thenReturn(List.of(organizations));
        when(customFields.getCustomFieldObjects()).thenReturn(all);
        CustomerOrganization humo = mock(CustomerOrganization.class);
        when(humo.getId()).thenReturn(5);
        values.put(organizations, List.of(humo));
        when(issue.getCustomFieldValue(any())).thenAnswer(call -> values.get(call.<CustomField>getArgument(0)));
        when(issue.getPriority()).thenReturn(medium);

        I18nHelper i18n = mock(I18nHelper.class);
        when(i18n.getText(anyString(), any())).thenAnswer(call ->
                polish.get(call.getArgument(0), (Object[]) call.getArgument(1)));
        when(authentication.getI18nHelper()).thenReturn(i18n);
        when(timeZones.getLoggedInUserTimeZone()).thenReturn(TimeZone.getTimeZone("Europe/Warsaw"));
        when(partners.find(new PartnerId("5"))).thenReturn(
                Optional.of(new PartnerBank(new PartnerId("5"), "Humo Bank", "UZ", TASHKENT, Locale.of("uz"))));
        Priority high = priority("2", "High", 2L);
        when(priorities.getPriorities()).thenReturn(List.of(medium, highest, high));
    }

    private static Priority priority(String id, String name, Long sequence) {
        Priority priority = mock(Priority.class);
        when(priority.getId()).thenReturn(id);
        when(priority.getName()).thenReturn(name);
        when(priority.getSequence()).thenReturn(sequence);
        return priority;
    }

    private static Option option(String value) {
        Option option = mock(Option.class);
        when(option.getValue()).thenReturn(value);
        return option;
    }

    private static Timestamp day(int year, int month, int day) {
        return Timestamp.valueOf(LocalDate.of(year, month, day).atStartOfDay());
    }

    private JiraRequestIntake intake() {
        Disputes disputes = new Disputes(SchemeCatalogue.shipped(), new InMemoryRecords(), NOW);
        return new JiraRequestIntake(new JiraCatalogueFields(customFields, new JiraRequestSnapshots(customFields),
                partners, disputes), timeZones, clock);
    }

    private RequestFieldsValidator validator() {
        return new RequestFieldsValidator(intake(), authentication);
    }

    private UrgentPriorityFunction urgentPriority() {
        return new UrgentPriorityFunction(intake(), priorities);
    }

    private void type(String issueTypeName, String description) {
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(issueTypeName);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getDescription()).thenReturn(description);
    }

    private void set(String key, Object value) {
        values.put(fieldsByKey.get(key), value);
    }

    private void loyaltyClaim() {
        type("Loyalty claim", "Bought a TV at Texnomart, no points");
        set("loyaltyKind", option("Missing accrual"));
        set("loyaltyAccount", "LP-0012345");
        set("rrn", "624512345678");
        set("points", 1500.0d);
        set("transactionDate", day(2026, 11, 1));
    }

    private void refundNotReceived() {
        type("Refund or withdrawal not received", "Returned the TV on 1 Nov");
        set("refundKind", option("Refund"));
        set("amount", 1250000.0d);
        set("currency", option("UZS"));
        set("merchantName", "Texnomart Online");
        set("expectedCreditDate", day(2026, 11, 15));
        set("rrn", "624512345678");
        set("arn", ARN);
    }

    private void failedTopUp() {
        type("Failed top-up", "Paid cash, wallet not credited");
        set("amount", 250000.5d);
        set("currency", option("UZS"));
        set("topUpChannel", option("Cash terminal"));
        set("topUpReference", "PAYNET-778812");
        set("topUpTime", Timestamp.from(Instant.parse("2026-11-19T13:30:00Z")));
    }

    private void cardBlock(String action) {
        type("Card block/unblock", "Phone and wallet stolen");
        set("cardAction", option(action));
        set("cardNumber", PAN);
        set("blockReason", option("Stolen"));
        set("identityVerified", option("Yes"));
    }

    private void kycReview(String trigger) {
        type("KYC/AML review", "Name matches an OFAC SDN entry");
        set("customerId", "CUST-88121");
        set("kycTrigger", option(trigger));
    }

    private void apiIncident(String severity) {
        type("Partner API incident", "Timeouts since 06:45");
        set("partner", "Humo Processing");
        set("apiOperation", "POST /v2/topups");
        set("severity", option(severity));
        set("firstSeen", Timestamp.from(Instant.parse("2026-11-20T06:45:00Z")));
        set("correlationId", "c0ffee-1234:abcd");
        set("errorCode", "HTTP_503");
    }

    /** The create transition's variables, as OSWorkflow shares them between its validators and post-functions. */
    private Map<String, Object> transition() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    private RequestType validated() throws Exception {
        Map<String, Object> vars = transition();
        validator().validate(vars, Map.of(), null);
        return (RequestType) vars.get(JiraRequestIntake.CHECKED_REQUEST);
    }

    private InvalidInputException refused() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> validator().validate(transition(),
                Map.of(), null));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private String id(String key) {
        return fieldsByKey.get(key).getId();
    }

    @Test
    void eachOfTheSixRequestTypesAsThePortalLeavesItIsAcceptedAndHandedToThePostFunctions() throws Exception {
        loyaltyClaim();
        assertThat(validated()).isInstanceOf(LoyaltyClaim.class);
        refundNotReceived();
        assertThat(validated()).isInstanceOfSatisfying(RefundNotReceived.class,
                refund -> assertThat(refund.amount().toString()).contains("1250000.00"));
        failedTopUp();
        assertThat(validated()).isInstanceOfSatisfying(FailedTopUp.class,
                topUp -> assertThat(topUp.occurredAt()).isEqualTo(Instant.parse("2026-11-19T13:30:00Z")));
        cardBlock("Block");
        assertThat(validated()).isInstanceOfSatisfying(CardBlock.class,
                block -> assertThat(block.toString()).doesNotContain("4111111111111111"));
        kycReview("Sanctions hit");
        assertThat(validated()).isInstanceOfSatisfying(KycReview.class,
                kyc -> assertThat(kyc.restrictedVisibility()).isTrue());
        apiIncident("SEV2");
        assertThat(validated()).isInstanceOf(ApiIncident.class);
    }

    @Test
    void eachWrongFieldIsRefusedUnderItsOwnJiraFieldInTheUsersLanguage() {
        loyaltyClaim();
        set("loyaltyKind", option("Bogus"));
        set("points", 0.0d);
        when(issue.getDescription()).thenReturn("x".repeat(4001));

        @SuppressWarnings("unchecked")
        Map<Object, Object> errors = refused().getErrors();

        assertThat(errors).containsOnlyKeys(id("loyaltyKind"), id("points"), "description");
        assertThat(errors.get(id("loyaltyKind"))).isEqualTo(polish.get("paydesk.error.loyaltyClaim.kind"));
        assertThat(errors.get(id("points"))).isEqualTo(polish.get("paydesk.error.loyaltyClaim.points"));
        assertThat(errors.get("description")).isEqualTo(polish.get("paydesk.error.loyaltyClaim.description", "4000"));
    }

    @Test
    void aTypedCardNumberIsNeverRepeatedInAnError() {
        cardBlock("Unblock");
        set("cardNumber", "4111 1111 1111 1112");
        set("identityVerified", option("No"));
        InvalidInputException cardRefused = refused();
        kycReview("Adverse media");
        set("customerId", PAN);
        InvalidInputException idRefused = refused();

        assertThat(cardRefused.getErrors()).containsOnlyKeys(id("cardNumber"), id("identityVerified"));
        assertThat(idRefused.getErrors()).containsOnlyKeys(id("customerId"));
        for (InvalidInputException refused : List.of(cardRefused, idRefused)) {
            String shown = refused.getErrors().values() + " " + refused.getGenericErrors();
            assertThat(shown.replaceAll("\\D", "")).doesNotContain("411111").doesNotContain("1111111");
        }
    }

    @Test
    void aPaymentDisputeOrAnyOtherIssueTypePassesUntouched() throws Exception {
        type("Payment dispute", "");
        assertThat(validated()).isNull();
        type("Task", "");
        assertThat(validated()).isNull();
        when(issue.getIssueType()).thenReturn(null);
        assertThat(validated()).isNull();
        verify(issue, never()).setPriorityId(any());
    }

    @Test
    void todayIsThePartnerBanksTodayAndTheUsersWhenTheRequestHasNoPartner() throws Exception {
        // 20 November 22:30 UTC: already 21 November in Tashkent, still 20 November 23:30 in Warsaw.
        clock = Clock.fixed(Instant.parse("2026-11-20T22:30:00Z"), ZoneId.of("UTC"));
        loyaltyClaim();
        set("transactionDate", day(2026, 11, 21));
        assertThat(validated()).isInstanceOf(LoyaltyClaim.class);

        when(partners.find(new PartnerId("5"))).thenReturn(Optional.empty());

        assertThat(refused().getErrors()).containsOnlyKeys(id("transactionDate"));
    }

    @Test
    void anUrgentRequestGetsTheHighestPriorityOnTheCreateTransition() throws Exception {
        cardBlock("Block");
        Map<String, Object> vars = transition();
        validator().validate(vars, Map.of(), null);
        urgentPriority().execute(vars, Map.of(), null);

        verify(issue).setPriorityId("1");
    }

    @Test
    void withoutTheValidatorTheFunctionChecksTheFieldsItselfSev1IsUrgentSev3IsNot() throws Exception {
        apiIncident("SEV3");
        urgentPriority().execute(transition(), Map.of(), null);
        verify(issue, never()).setPriorityId(any());

        apiIncident("SEV1");
        urgentPriority().execute(transition(), Map.of(), null);
        verify(issue).setPriorityId("1");
    }

    @Test
    void aRequestThatIsNotUrgentRefusedOrAlreadyHighestKeepsItsPriority() throws Exception {
        loyaltyClaim();
        urgentPriority().execute(transition(), Map.of(), null);
        kycReview("Periodic");
        urgentPriority().execute(transition(), Map.of(), null);
        cardBlock("Block");
        set("cardNumber", "4111");
        urgentPriority().execute(transition(), Map.of(), null);
        type("Payment dispute", "");
        urgentPriority().execute(transition(), Map.of(), null);
        cardBlock("Block");
        when(issue.getPriority()).thenReturn(highest);
        urgentPriority().execute(transition(), Map.of(), null);

        verify(issue, never()).setPriorityId(any());
    }

    @Test
    void theHighestPriorityIsTheLowestSequenceOrTheFirstListed() {
        assertThat(UrgentPriorityFunction.highest(List.of(medium, highest))).contains(highest);
        Priority unordered = priority("7", "Blocker", null);
        Priority minor = priority("8", "Minor", null);
        assertThat(UrgentPriorityFunction.highest(List.of(unordered, minor))).contains(unordered);
        assertThat(UrgentPriorityFunction.highest(List.of())).isEmpty();
    }

    @Test
    void bothReadInTheWorkflowEditorInTheUsersLanguage() {
        RequestWorkflowFactory factory = new RequestWorkflowFactory(authentication);

        assertThat(factory.getVelocityParams("view", new ValidatorDescriptor()).get(RequestWorkflowFactory.SUMMARY))
                .isEqualTo(polish.get(RequestWorkflowFactory.VALIDATOR_KEY)).asString().startsWith("Sprawdza pola");
        assertThat(factory.getVelocityParams("view", new FunctionDescriptor()).get(RequestWorkflowFactory.SUMMARY))
                .isEqualTo(polish.get(RequestWorkflowFactory.FUNCTION_KEY)).asString().startsWith("Pilne");
        assertThat(factory.getDescriptorParams(Map.of())).isEmpty();
    }

    @Test
    void aDateTimePickerReadsAsItsInstantWhateverTheServersZone() {
        assertThat(JiraCatalogueFields.moment(Timestamp.from(Instant.parse("2026-11-19T13:30:00Z"))))
                .isEqualTo("2026-11-19T13:30:00Z");
        assertThat(JiraCatalogueFields.moment(null)).isEmpty();
    }

    @Test
    void aTransitionWithoutAnIssueIsABugNotAPass() {
        assertThatThrownBy(() -> validator().validate(Map.of(), Map.of(), null))
                .hasMessageContaining("carries no issue");
    }
}
