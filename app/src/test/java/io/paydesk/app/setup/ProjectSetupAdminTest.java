package io.paydesk.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.paydesk.app.platform.Texts;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.InMemoryProjectConfiguration;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ServiceDeskProjects;
import io.paydesk.core.setup.SetupCatalogue;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ProjectSetupAdminTest {

    private static final List<String> LANGUAGES = List.of("en", "ru", "uz", "uk", "pl");

    /** Texts from the app's bundle in one language, without falling back to English; collects missing keys. */
    private static final class BundleTexts implements Texts {
        final List<String> missing = new ArrayList<>();
        final ResourceBundle bundle;
        final Locale locale;

        BundleTexts(String language) {
            locale = Locale.of(language);
            bundle = ResourceBundle.getBundle("io.paydesk.app.i18n.paydesk", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        @Override
        public String get(String key, Object... arguments) {
            if (!bundle.containsKey(key)) {
                missing.add(key);
                return key;
            }
            return new MessageFormat(bundle.getString(key), locale).format(arguments);
        }
    }

    private static ServiceDeskProjects oneProject(InMemoryProjectConfiguration configuration) {
        return new ServiceDeskProjects() {
            public List<Project> all() {
                return List.of(new Project("PAY", "Partner Support"));
            }

            public Optional<ProjectSetupTarget> target(String key) {
                return "PAY".equals(key) ? Optional.of(configuration) : Optional.empty();
            }
        };
    }

    @Test
    void everyTextThePageShowsExistsInAllFiveLanguages() {
        for (String language : LANGUAGES) {
            InMemoryProjectConfiguration configuration = new InMemoryProjectConfiguration()
                    .withCustomField("Severity", "com.atlassian.jira.plugin.system.customfieldtypes:textarea")
                    .withScreenSchemeFor("Failed top-up", "Top-up screens");
            InMemoryProjectConfiguration shared = new InMemoryProjectConfiguration()
                    .withSharedIssueTypeScreenScheme("Default Issue Type Screen Scheme", List.of("HR (HR)"));
            ProjectSetupAdmin admin = new ProjectSetupAdmin(oneProject(configuration));
            BundleTexts texts = new BundleTexts(language);

            admin.preview("PAY", texts);
            admin.install("PAY", "", texts);
            admin.install("PAY", "", texts);
            admin.preview("NOPE", texts);
            new ProjectSetupAdmin(oneProject(shared)).install("PAY", "", texts);
            admin.install("PAY", "No such group", texts);

            assertThat(texts.missing).as(language).isEmpty();
        }
    }

    @Test
    void everySelectOptionInWordsIsTranslatedInAllFiveLanguages() {
        for (String language : LANGUAGES) {
            BundleTexts texts = new BundleTexts(language);
            for (FieldSpec field : SetupCatalogue.paydesk().fields()) {
                if (!field.optionsAreCodes()) {
                    field.options().forEach(option -> texts.get("paydesk.setup.option." + FieldSpec.optionKey(option)));
                }
            }
            assertThat(texts.missing).as(language).isEmpty();
        }
    }

    @Test
    void previewChangesNothingAndTheSecondInstallHasNothingToCreate() {
        InMemoryProjectConfiguration configuration = new InMemoryProjectConfiguration();
        ProjectSetupAdmin admin = new ProjectSetupAdmin(oneProject(configuration));
        BundleTexts texts = new BundleTexts("en");

        ProjectSetupView preview = admin.preview("PAY", texts);
        assertThat(preview.report()).isFalse();
        assertThat(preview.nothingToCreate()).isFalse();
        assertThat(configuration.state().issueTypes()).isEmpty();

        ProjectSetupView first = admin.install("PAY", "", texts);
        assertThat(first.report()).isTrue();
        assertThat(first.summary()).startsWith("Created: ").endsWith("Failed: 0.");

        ProjectSetupView second = admin.install("PAY", "", texts);
        assertThat(second.nothingToCreate()).isTrue();
        assertThat(second.summary()).startsWith("Nothing to create");
        assertThat(second.rows()).allMatch(row -> row.lozenge().equals("aui-lozenge-subtle"));
    }

    @Test
    void aSharedIssueTypeScreenSchemeIsShownAsByHandWithTheProjectsItWouldChange() {
        InMemoryProjectConfiguration configuration = new InMemoryProjectConfiguration()
                .withSharedIssueTypeScreenScheme("Default Issue Type Screen Scheme", List.of("Card Ops (OPS)"))
                .withScreenSchemeFor("Failed top-up", "Top-up screens");
        ProjectSetupAdmin admin = new ProjectSetupAdmin(oneProject(configuration));
        BundleTexts texts = new BundleTexts("en");

        ProjectSetupView preview = admin.preview("PAY", texts);

        assertThat(preview.summary()).endsWith("Conflicts: 1. To do by hand: 6.");
        assertThat(preview.rows()).filteredOn(row -> row.item().equals("Payment dispute")
                        && row.kind().equals("Screen scheme of the issue type in the project"))
                .singleElement().satisfies(row -> {
                    assertThat(row.jiraName()).isEqualTo("Paydesk: Payment dispute");
                    assertThat(row.where()).isEqualTo("Default Issue Type Screen Scheme");
                    assertThat(row.status()).isEqualTo("By hand: Default Issue Type Screen Scheme is also used by "
                            + "Card Ops (OPS); Paydesk does not change what other projects use");
                    assertThat(row.lozenge()).isEqualTo("aui-lozenge-moved");
                });
        assertThat(preview.rows()).filteredOn(row -> row.item().equals("Failed top-up")
                        && row.kind().equals("Screen scheme of the issue type in the project"))
                .singleElement().extracting(SetupRow::status)
                .isEqualTo("Conflict: in this project the issue type uses the screen scheme Top-up screens; left as it is");

        ProjectSetupView report = admin.install("PAY", "", texts);

        assertThat(report.rows()).filteredOn(row -> row.kind().equals("Screen scheme")).hasSize(7)
                .allMatch(row -> row.status().equals("Created"));
        assertThat(report.rows()).filteredOn(row -> row.item().equals("Payment dispute")
                        && row.kind().equals("Screen scheme of the issue type in the project"))
                .singleElement().extracting(SetupRow::status).asString().startsWith("By hand: Default Issue Type");
        assertThat(configuration.screenSchemeOf("Payment dispute")).isEmpty();
    }

    @Test
    void thePreviewOffersTheProjectsPortalGroupsAndTheInstallPutsNewRequestTypesInTheChosenOne() {
        InMemoryProjectConfiguration configuration = new InMemoryProjectConfiguration()
                .withIssueType("Service request")
                .withRequestType("Get IT help", "Service request", "General")
                .withRequestType("Report a system problem", "Service request", "Technical support");
        ProjectSetupAdmin admin = new ProjectSetupAdmin(oneProject(configuration));
        BundleTexts texts = new BundleTexts("en");

        ProjectSetupView preview = admin.preview("PAY", texts);
        assertThat(preview.portalGroups()).extracting(c -> c.value()).containsExactly("General", "Technical support");

        ProjectSetupView report = admin.install("PAY", " General ", texts);

        assertThat(report.summary()).endsWith("Failed: 0.");
        assertThat(report.selectedGroup()).isEqualTo("General");
        assertThat(configuration.portalGroupOf("Dispute a card payment")).contains("General");
    }

    @Test
    void aPortalGroupTheProjectDoesNotHaveIsNamedAndNothingIsCreated() {
        InMemoryProjectConfiguration configuration = new InMemoryProjectConfiguration()
                .withRequestType("Get IT help", "Service request", "General");

        ProjectSetupView page = new ProjectSetupAdmin(oneProject(configuration)).install("PAY", "Cards",
                new BundleTexts("en"));

        assertThat(page.error()).isEqualTo("The project has no portal group named Cards. Choose one from the list.");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.hasResult()).isFalse();
        assertThat(page.portalGroups()).extracting(c -> c.value()).containsExactly("General");
        assertThat(configuration.state().issueTypes()).isEmpty();
    }

    @Test
    void anUnknownProjectIsNamedAndNothingRuns() {
        ProjectSetupView page = new ProjectSetupAdmin(oneProject(new InMemoryProjectConfiguration()))
                .install("XYZ", "", new BundleTexts("en"));
        assertThat(page.hasError()).isTrue();
        assertThat(page.error()).contains("XYZ");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.hasResult()).isFalse();
    }
}
