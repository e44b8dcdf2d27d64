package io.paydesk.core.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.core.setup.SetupReport.Result;
import io.paydesk.core.setup.SetupStep.Kind;
import io.paydesk.core.setup.SetupStep.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SetupPlanTest {

    private final SetupCatalogue catalogue = SetupCatalogue.paydesk();

    @Test
    void anEmptyProjectGetsEverything() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration();
        SetupPlan plan = SetupPlan.of(catalogue, project.state());
        assertThat(plan.count(Status.EXISTS)).isZero();
        assertThat(plan.count(Status.CONFLICT)).isZero();

        SetupReport report = plan.apply(project);

        assertThat(report.lines()).allMatch(line -> line.result() == Result.CREATED);
        assertThat(project.state().issueTypes()).containsExactlyInAnyOrder("Payment dispute", "Loyalty claim",
                "Refund or withdrawal not received", "Failed top-up", "Card block/unblock", "KYC/AML review",
                "Partner API incident");
        assertThat(project.state().requestTypes()).hasSize(7);
        assertThat(project.state().screen("Paydesk: Payment dispute").orElseThrow())
                .contains("Transaction reference (RRN)", "Card scheme", "Amount", "Currency");
        assertThat(project.options("Card scheme")).containsExactlyInAnyOrder("visa", "mastercard", "uzcard", "humo", "unionpay");
        assertThat(project.options("Loyalty claim kind")).containsExactly("Missing accrual", "Incorrect accrual",
                "Expired points", "Redemption problem");
        for (IssueTypeSpec type : catalogue.issueTypes()) {
            assertThat(project.screenSchemeOf(type.name())).contains(type.screenName());
            assertThat(project.defaultScreenOf(type.screenName())).contains(type.screenName());
        }
    }

    @Test
    void theSecondRunCreatesNothing() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration();
        SetupPlan.of(catalogue, project.state()).apply(project);
        var before = project.state();

        SetupPlan second = SetupPlan.of(catalogue, before);
        assertThat(second.nothingToCreate()).isTrue();
        assertThat(second.steps()).allMatch(step -> step.status() == Status.EXISTS);
        SetupReport report = second.apply(project);

        assertThat(report.nothingToDo()).isTrue();
        assertThat(project.state()).isEqualTo(before);
    }

    @Test
    void whatExistsIsReportedAndOnlyTheRestIsCreated() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration()
                .withIssueType("Service request")
                .withIssueType("Payment dispute")
                .withCustomField("Amount", FieldType.NUMBER.typeKey())
                .withRequestType("Dispute a card payment", "Payment dispute");

        SetupPlan plan = SetupPlan.of(catalogue, project.state());

        assertThat(plan.steps()).filteredOn(s -> s.status() == Status.EXISTS)
                .extracting(SetupStep::kind, SetupStep::name)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Kind.ISSUE_TYPE, "Payment dispute"),
                        org.assertj.core.groups.Tuple.tuple(Kind.PROJECT_ISSUE_TYPE, "Payment dispute"),
                        org.assertj.core.groups.Tuple.tuple(Kind.CUSTOM_FIELD, "Amount"),
                        org.assertj.core.groups.Tuple.tuple(Kind.REQUEST_TYPE, "Dispute a card payment"));
        SetupReport report = plan.apply(project);
        assertThat(report.count(Result.EXISTED)).isEqualTo(4);
        assertThat(report.count(Result.FAILED)).isZero();
        assertThat(project.state().customFields()).filteredOn(f -> f.name().equals("Amount")).hasSize(1);
        assertThat(project.state().issueTypes()).contains("Service request");
    }

    @Test
    void aFieldOfTheSameNameButAnotherTypeIsAConflictAndIsLeftAlone() {
        String textarea = "com.atlassian.jira.plugin.system.customfieldtypes:textarea";
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration()
                .withCustomField("Merchant category code (MCC)", textarea);

        SetupPlan plan = SetupPlan.of(catalogue, project.state());
        SetupStep conflict = plan.steps().stream().filter(s -> s.status() == Status.CONFLICT).findFirst().orElseThrow();
        assertThat(conflict.kind()).isEqualTo(Kind.CUSTOM_FIELD);
        assertThat(conflict.name()).isEqualTo("Merchant category code (MCC)");
        assertThat(conflict.found()).isEqualTo(textarea);
        assertThat(plan.steps()).noneMatch(s -> s.kind() == Kind.SCREEN_FIELD
                && s.name().equals("Merchant category code (MCC)"));

        SetupReport report = plan.apply(project);

        assertThat(report.count(Result.CONFLICT)).isEqualTo(1);
        assertThat(project.state().fieldsNamed("Merchant category code (MCC)"))
                .containsExactly(new ProjectState.ExistingField("Merchant category code (MCC)", textarea));
        SetupPlan again = SetupPlan.of(catalogue, project.state());
        assertThat(again.count(Status.CREATE)).isZero();
        assertThat(again.count(Status.CONFLICT)).isEqualTo(1);
    }

    @Test
    void stepsTheHostCannotDoAreLeftForTheAdministratorAndWhatNeedsThemIsSkipped() {
        InMemoryProjectConfiguration memory = new InMemoryProjectConfiguration();
        ProjectSetupTarget noScreens = new ProjectSetupTarget() {
            public ProjectState state() { return memory.state(); }
            public Applied createIssueType(IssueTypeSpec t) { return memory.createIssueType(t); }
            public Applied addIssueTypeToProject(IssueTypeSpec t) { return memory.addIssueTypeToProject(t); }
            public Applied createCustomField(FieldSpec f, List<IssueTypeSpec> c) { return memory.createCustomField(f, c); }
            public Applied createScreen(String s) { return Applied.BY_HAND; }
            public Applied addFieldToScreen(String s, FieldSpec f) { return memory.addFieldToScreen(s, f); }
            public Applied createRequestType(RequestTypeSpec r, IssueTypeSpec t, Optional<String> group) {
                throw new IllegalStateException("portal is off");
            }
            public Applied createScreenScheme(String s, String screen) { return memory.createScreenScheme(s, screen); }
            public Applied useScreenScheme(IssueTypeSpec t, String s) { return memory.useScreenScheme(t, s); }
        };

        SetupReport report = SetupPlan.of(catalogue, memory.state()).apply(noScreens);

        assertThat(report.lines()).filteredOn(l -> l.step().kind() == Kind.SCREEN)
                .allMatch(l -> l.result() == Result.BY_HAND);
        assertThat(report.lines()).filteredOn(l -> l.step().kind() == Kind.SCREEN_FIELD
                        || l.step().kind() == Kind.SCREEN_SCHEME || l.step().kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME)
                .isNotEmpty().allMatch(l -> l.result() == Result.SKIPPED);
        assertThat(report.lines()).filteredOn(l -> l.step().kind() == Kind.REQUEST_TYPE)
                .allMatch(l -> l.result() == Result.FAILED && l.message().equals("portal is off"));
        assertThat(report.nothingToDo()).isFalse();
    }

    @Test
    void eachIssueTypeGetsItsScreenSchemeInTheProjectsOwnIssueTypeScreenScheme() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration("PAY: Issue Type Screen Scheme")
                .withIssueType("Service request")
                .withScreenSchemeFor("Service request", "PAY: Request Screen Scheme");

        SetupPlan plan = SetupPlan.of(catalogue, project.state());

        assertThat(plan.steps()).filteredOn(s -> s.kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME)
                .hasSize(7).allMatch(s -> s.status() == Status.CREATE && s.within().equals("PAY: Issue Type Screen Scheme"))
                .extracting(SetupStep::name).contains("Paydesk: Payment dispute", "Paydesk: KYC/AML review");
        SetupReport report = plan.apply(project);
        assertThat(report.lines()).filteredOn(l -> l.step().kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME)
                .allMatch(l -> l.result() == Result.CREATED);
        assertThat(project.screenSchemeOf("Payment dispute")).contains("Paydesk: Payment dispute");
        assertThat(project.screenSchemeOf("Service request")).contains("PAY: Request Screen Scheme");
        assertThat(SetupPlan.of(catalogue, project.state()).nothingToCreate()).isTrue();
    }

    @Test
    void anIssueTypeThatUsesAnotherScreenSchemeIsAConflictAndKeepsIt() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration()
                .withIssueType("Payment dispute")
                .withScreenSchemeFor("Payment dispute", "Card ops screens");

        SetupPlan plan = SetupPlan.of(catalogue, project.state());
        SetupStep mapping = plan.steps().stream().filter(s -> s.kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME
                && s.key().equals("paymentDispute")).findFirst().orElseThrow();
        assertThat(mapping.status()).isEqualTo(Status.CONFLICT);
        assertThat(mapping.found()).isEqualTo("Card ops screens");

        plan.apply(project);

        assertThat(project.screenSchemeOf("Payment dispute")).contains("Card ops screens");
        assertThat(project.screenSchemeOf("Loyalty claim")).contains("Paydesk: Loyalty claim");
    }

    @Test
    void aSharedIssueTypeScreenSchemeIsLeftToTheAdministratorNamingTheOtherProjects() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration()
                .withSharedIssueTypeScreenScheme("Default Issue Type Screen Scheme", List.of("Card Ops (OPS)", "HR (HR)"))
                .withScreenSchemeFor("Loyalty claim", "Paydesk: Loyalty claim");

        SetupPlan plan = SetupPlan.of(catalogue, project.state());

        assertThat(plan.steps()).filteredOn(s -> s.kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME)
                .filteredOn(s -> !s.key().equals("loyaltyClaim"))
                .hasSize(6).allMatch(s -> s.status() == Status.BY_HAND && s.found().equals("Card Ops (OPS), HR (HR)")
                        && s.within().equals("Default Issue Type Screen Scheme"));
        assertThat(plan.steps()).filteredOn(s -> s.kind() == Kind.ISSUE_TYPE_SCREEN_SCHEME && s.key().equals("loyaltyClaim"))
                .singleElement().extracting(SetupStep::status).isEqualTo(Status.EXISTS);
        assertThat(plan.count(Status.BY_HAND)).isEqualTo(6);

        SetupReport report = plan.apply(project);

        assertThat(report.count(Result.BY_HAND)).isEqualTo(6);
        assertThat(report.count(Result.FAILED)).isZero();
        assertThat(project.screenSchemeOf("Payment dispute")).isEmpty();
        assertThat(project.defaultScreenOf("Paydesk: Payment dispute")).contains("Paydesk: Payment dispute");
        assertThat(SetupPlan.of(catalogue, project.state()).nothingToCreate()).isTrue();
    }

    @Test
    void newRequestTypesGoInTheChosenPortalGroupAndOnesThatExistKeepTheirs() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration()
                .withIssueType("Service request")
                .withIssueType("Payment dispute")
                .withRequestType("Get IT help", "Service request", "General")
                .withRequestType("Dispute a card payment", "Payment dispute", "Disputes");
        assertThat(project.state().portalGroups()).containsExactlyInAnyOrder("General", "Disputes");

        SetupReport report = SetupPlan.of(catalogue, project.state(), Optional.of("General")).apply(project);

        assertThat(report.count(Result.FAILED)).isZero();
        assertThat(project.portalGroupOf("Claim loyalty points")).contains("General");
        assertThat(project.portalGroupOf("Dispute a card payment")).contains("Disputes");
        SetupPlan.of(catalogue, project.state()).apply(project);
        assertThat(project.portalGroupOf("Claim loyalty points")).contains("General");
    }

    @Test
    void aPortalGroupTheProjectDoesNotHaveIsRefusedBeforeAnythingIsPlanned() {
        InMemoryProjectConfiguration project = new InMemoryProjectConfiguration()
                .withRequestType("Get IT help", "Service request", "General");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> SetupPlan.of(catalogue, project.state(), Optional.of("Cards")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the project has no portal group named Cards");
        assertThat(project.state().issueTypes()).isEmpty();
    }

    @Test
    void optionsInWordsHaveKeysAndCodesAreToldApart() {
        assertThat(FieldSpec.optionKey("Missing accrual")).isEqualTo("missingAccrual");
        assertThat(FieldSpec.optionKey("ATM withdrawal")).isEqualTo("atmWithdrawal");
        assertThat(FieldSpec.optionKey("Yes")).isEqualTo("yes");
        assertThat(catalogue.fields()).filteredOn(FieldSpec::optionsAreCodes).extracting(FieldSpec::key)
                .containsExactlyInAnyOrder("scheme", "currency", "severity");
    }

    @Test
    void portalFieldsUseOnlyBuiltInTypesAndEverySelectHasOptions() {
        assertThat(catalogue.fields()).allMatch(f -> f.type().typeKey()
                .startsWith("com.atlassian.jira.plugin.system.customfieldtypes:"));
        assertThat(catalogue.fields()).filteredOn(f -> f.type() == FieldType.SELECT)
                .allMatch(f -> !f.options().isEmpty());
        assertThat(catalogue.fields()).extracting(FieldSpec::key).doesNotHaveDuplicates();
        assertThat(catalogue.fields()).extracting(FieldSpec::name).doesNotHaveDuplicates();
        assertThat(catalogue.issueTypes()).hasSize(7);
        assertThat(catalogue.issueTypesWith(catalogue.fields().stream()
                .filter(f -> f.key().equals("rrn")).findFirst().orElseThrow()))
                .extracting(IssueTypeSpec::key).containsExactly("paymentDispute", "loyaltyClaim", "refundNotReceived");
    }
}
