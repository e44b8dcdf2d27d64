package io.paydesk.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real app jar with one deliberate breakage each: the check reports exactly that problem and nothing else.
 * The breakages edit the app as it is today (its template, bundles, descriptor); if the app changes so that an
 * edit no longer applies, the edit itself fails and names what it could not find.
 */
class ABrokenPluginJarTest {

    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String TEMPLATE = "templates/panels/request-context.vm";
    private static final String I18N = "io/paydesk/app/i18n/paydesk";
    private static final String COMPONENTS = "META-INF/plugin-components/component";
    private static final String FILTER = "io.paydesk.app.request.web.CardNumberMaskingFilter";

    @TempDir
    Path temp;

    private JarCopy jar;

    @BeforeEach
    void copyTheBuiltJar() throws IOException {
        jar = JarCopy.of(AppJar.path());
    }

    @Test
    void aMissingTemplateIsReported() throws IOException {
        jar.remove(TEMPLATE);

        assertSingleProblem(CheckId.RESOURCE, TEMPLATE + " (<resource type=\"velocity\"");
    }

    @Test
    void aKeyMissingFromThePolishBundleIsReported() throws IOException {
        String bundle = I18N + "_pl.properties";
        String line = jar.text(bundle).lines().filter(l -> l.startsWith("paydesk.panel.request.openFor="))
                .findFirst().orElseThrow();
        jar.replace(bundle, line + "\n", "");

        assertSingleProblem(CheckId.I18N_KEY_SET, "key paydesk.panel.request.openFor is in the English bundle "
                + I18N + ".properties but missing from the pl bundle " + bundle);
    }

    @Test
    void aRussianBundleThatIsACopyOfTheEnglishOneIsReportedAsUntranslated() throws IOException {
        jar.put(I18N + "_ru.properties", jar.text(I18N + ".properties").getBytes(StandardCharsets.UTF_8));

        assertSingleProblem(CheckId.I18N_UNTRANSLATED, "the ru bundle " + I18N + "_ru.properties looks like an untranslated copy");
    }

    @Test
    void aBundleThatIsNotUtf8IsReported() throws IOException {
        jar.put(I18N + "_uk.properties", jar.text(I18N + "_uk.properties").getBytes(Charset.forName("windows-1251")));

        assertSingleProblem(CheckId.I18N_ENCODING, "the uk bundle " + I18N + "_uk.properties is not valid UTF-8");
    }

    @Test
    void aKeyATemplateUsesThatNoBundleHasIsReported() throws IOException {
        jar.replace(TEMPLATE, "</dl>", "<dd>$i18n.getText('paydesk.panel.partner.nowhere')</dd></dl>");

        assertSingleProblem(CheckId.I18N_MISSING_KEY,
                "key paydesk.panel.partner.nowhere used by " + TEMPLATE + ":");
    }

    @Test
    void aClassTheDescriptorNamesThatIsNotInTheJarIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "<context-provider class=\"io.paydesk.app.request.jira.RequestContextPanelProvider\"",
                "<condition class=\"io.paydesk.app.request.jira.NoSuchCondition\"/>\n"
                        + "        <context-provider class=\"io.paydesk.app.request.jira.RequestContextPanelProvider\"");

        assertSingleProblem(CheckId.MODULE_CLASS,
                "class io.paydesk.app.request.jira.NoSuchCondition named by <condition class> is not in the jar");
    }

    @Test
    void aContextProviderThatDoesNotImplementContextProviderIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "io.paydesk.app.request.jira.RequestContextPanelProvider",
                "io.paydesk.app.request.RequestContextView");

        assertSingleProblem(CheckId.MODULE_CLASS, "io.paydesk.app.request.RequestContextView does not implement"
                + " com.atlassian.plugin.web.ContextProvider, which <context-provider class> requires");
    }

    @Test
    void aWorkflowFunctionClassThatIsNoFunctionProviderIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "<function-class>io.paydesk.app.dispute.jira.DisputeStepFunction</function-class>",
                "<function-class>io.paydesk.app.dispute.jira.DisputeStepCondition</function-class>");

        assertSingleProblem(CheckId.MODULE_CLASS, "io.paydesk.app.dispute.jira.DisputeStepCondition does not implement"
                + " com.opensymphony.workflow.FunctionProvider, which <workflow-function><function-class> requires");
    }

    @Test
    void aWorkflowValidatorWhoseFactoryIsNoValidatorFactoryIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "class=\"io.paydesk.app.dispute.jira.DisputeStepFactory\">\n"
                        + "        <description key=\"paydesk.workflow.validator.description\"/>",
                "class=\"io.paydesk.app.dispute.jira.DisputeStepValidator\">\n"
                        + "        <description key=\"paydesk.workflow.validator.description\"/>");

        assertSingleProblem(CheckId.MODULE_CLASS, "io.paydesk.app.dispute.jira.DisputeStepValidator does not implement"
                + " com.atlassian.jira.plugin.workflow.WorkflowPluginValidatorFactory, which <workflow-validator class>"
                + " requires");
    }

    @Test
    void aJqlFunctionClassThatIsNoJqlFunctionIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "class=\"io.paydesk.app.sla.jira.SlaJqlFunction\"",
                "class=\"io.paydesk.app.sla.SlaSearch\"");

        assertSingleProblem(CheckId.MODULE_CLASS, "io.paydesk.app.sla.SlaSearch does not implement"
                + " com.atlassian.jira.plugin.jql.function.JqlFunction, which <jql-function class> requires");
    }

    @Test
    void aServletFilterClassThatIsNoFilterIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "class=\"" + FILTER + "\"", "class=\"io.paydesk.app.request.CardNumberMask\"");

        assertSingleProblem(CheckId.MODULE_CLASS, "io.paydesk.app.request.CardNumberMask does not implement"
                + " jakarta.servlet.Filter, which <servlet-filter class> requires");
    }

    @Test
    void aServletFilterAtALocationJiraDoesNotKnowIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "location=\"before-dispatch\"", "location=\"before-servlet\"");

        assertSingleProblem(CheckId.SERVLET_FILTER, "location \"before-servlet\" is not one of after-encoding,"
                + " before-login, before-decoration, before-dispatch");
    }

    @Test
    void aServletFilterWithoutUrlPatternsOrWithAnUnknownDispatcherIsReported() throws IOException {
        String descriptor = jar.text(DESCRIPTOR);
        int from = descriptor.indexOf("<servlet-filter ");
        int to = descriptor.indexOf("</servlet-filter>", from);
        String module = descriptor.substring(from, to);
        jar.replace(DESCRIPTOR, module, module.replaceAll("\\s*<url-pattern>[^<]*</url-pattern>", "")
                .replace("<dispatcher>REQUEST</dispatcher>", "<dispatcher>request</dispatcher>"));

        List<Problem> problems = check();

        assertThat(problems).extracting(Problem::check).containsOnly(CheckId.SERVLET_FILTER);
        assertThat(problems).extracting(Problem::message).containsExactlyInAnyOrder(
                "has no <url-pattern>, so the filter would see no request",
                "dispatcher \"request\" is not one of REQUEST, INCLUDE, FORWARD, ERROR");
    }

    @Test
    void aServletFilterClassWithoutAnAccessAnnotationIsReported() throws IOException {
        jar.put("io/paydesk/app/request/web/BareFilter.class",
                classImplementing("io/paydesk/app/request/web/BareFilter", "jakarta/servlet/Filter"));
        jar.replace(DESCRIPTOR, "class=\"" + FILTER + "\"", "class=\"io.paydesk.app.request.web.BareFilter\"");

        assertSingleProblem(CheckId.SERVLET_FILTER, "io.paydesk.app.request.web.BareFilter carries no access annotation"
                + " of com.atlassian.annotations.security");
    }

    @Test
    void anActiveObjectsEntityListedTwiceOrUnderASecondDescriptionIsReported() throws IOException {
        String rules = "<entity>io.paydesk.app.dispute.ao.RuleRevisionEntity</entity>";
        jar.replace(DESCRIPTOR, rules, rules + "<description>Again</description>" + rules);

        List<Problem> problems = check();

        assertThat(problems).allMatch(problem -> problem.check() == CheckId.AO_MODULE).hasSize(2);
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.equals("has 2 <description> elements; the"
                + " module takes one")).anyMatch(m -> m.equals("io.paydesk.app.dispute.ao.RuleRevisionEntity is listed"
                + " more than once"));
    }

    @Test
    void anActiveObjectsEntityTheModuleDoesNotListIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "<entity>io.paydesk.app.sla.ao.SlaNoticeEntity</entity>", "");

        assertSingleProblem(CheckId.AO_MODULE, "is an Active Objects entity in the jar that no <ao> module lists");
    }

    @Test
    void anEmbeddedAtlassianClassIsReported() throws IOException {
        jar.put("com/atlassian/Fake.class", emptyClass("com/atlassian/Fake"));

        assertSingleProblem(CheckId.EMBEDDED_HOST_CLASS, "under com/atlassian/ (com/atlassian/Fake.class)");
    }

    @Test
    void anAtlassianPackageMissingFromImportPackageIsReported() throws IOException {
        jar.editManifestHeader("Import-Package", header -> header.replace("com.atlassian.plugin.web;version=\"0.0.0\",", ""));

        // the users are listed in name order; the first is enough to show the check names them
        assertSingleProblem(CheckId.IMPORT_PACKAGE, "package com.atlassian.plugin.web is used by"
                + " io.paydesk.app.dispute.jira.DisputePanelProvider, ");
    }

    @Test
    void aPackageImportedTwiceIsReported() throws IOException {
        jar.editManifestHeader("Import-Package", header -> header + ",net.java.ao;version=\"0.0.0\"");

        assertSingleProblem(CheckId.IMPORT_PACKAGE, "package net.java.ao is imported 2 times");
    }

    @Test
    void anAtlassianImportWithAnUpperBoundIsReported() throws IOException {
        jar.editManifestHeader("Import-Package", header -> header.replace("net.java.ao;version=\"0.0.0\"",
                "net.java.ao;version=\"[3.2,4)\""));

        assertSingleProblem(CheckId.IMPORT_PACKAGE, "package net.java.ao is imported with version range [3.2,4)");
    }

    @Test
    void aTemplateCallThatTheAllowlistDoesNotListIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "<method>io.paydesk.app.request.RequestContextView#openFor()</method>", "");

        assertSingleProblem(CheckId.VELOCITY_ALLOWLIST, "$view.openFor() calls"
                + " io.paydesk.app.request.RequestContextView#openFor(), which <velocity-allowlist> does not list");
    }

    @Test
    void anAllowlistEntryForAMethodThatDoesNotExistIsReported() throws IOException {
        jar.replace(DESCRIPTOR, "RequestContextView#openFor()</method>",
                "RequestContextView#openFor()</method>\n        <method>io.paydesk.app.request.RequestContextView#balance()</method>");

        assertSingleProblem(CheckId.VELOCITY_ALLOWLIST, "RequestContextView#balance(), but"
                + " io.paydesk.app.request.RequestContextView has no such public method");
    }

    @Test
    void aTemplateCallingAMethodTheModelDoesNotHaveIsReported() throws IOException {
        jar.replace(TEMPLATE, "</dl>", "<dd>$view.secretBalance()</dd></dl>");

        assertSingleProblem(CheckId.VELOCITY_TEMPLATE, "$view.secretBalance(): io.paydesk.app.request.RequestContextView"
                + " has no public method secretBalance taking 0 argument(s)");
    }

    @Test
    void aTemplateCallingAMethodOnAnUndeclaredVariableIsReported() throws IOException {
        jar.replace(TEMPLATE, "</dl>", "<dd>$account.balance()</dd></dl>");

        assertSingleProblem(CheckId.VELOCITY_TEMPLATE, "$account.balance() uses $account, which the template does not declare");
    }

    @Test
    void aComponentLineNamingAMissingClassIsReported() throws IOException {
        jar.put(COMPONENTS, (jar.text(COMPONENTS) + "io.paydesk.app.request.GoneComponent\n").getBytes(StandardCharsets.UTF_8));

        assertSingleProblem(CheckId.SCANNER_INDEX, "component io.paydesk.app.request.GoneComponent is not in the jar");
    }

    @Test
    void missingDataCenterParamsAreReported() throws IOException {
        jar.replace(DESCRIPTOR, "<param name=\"atlassian-data-center-status\">compatible</param>", "")
                .replace(DESCRIPTOR, "<param name=\"atlassian-data-center-compatible\">true</param>", "");

        List<Problem> problems = check();

        assertThat(problems).hasSize(2).allMatch(problem -> problem.check() == CheckId.DESCRIPTOR);
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains(
                "<plugin-info> lacks <param name=\"atlassian-data-center-status\">compatible</param>"));
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains(
                "<plugin-info> lacks <param name=\"atlassian-data-center-compatible\">true</param>"));
    }

    private void assertSingleProblem(CheckId check, String messageFragment) throws IOException {
        List<Problem> problems = check();

        assertThat(problems).as("problems found").singleElement().satisfies(problem -> {
            assertThat(problem.check()).isEqualTo(check);
            assertThat(problem.message()).contains(messageFragment);
        });
    }

    private List<Problem> check() throws IOException {
        return new PluginJarCheck().check(jar.writeTo(temp.resolve("broken.jar")));
    }

    /** A minimal valid class file: {@code public class <name> extends Object}, no members. */
    private static byte[] emptyClass(String internalName) throws IOException {
        return classImplementing(internalName, null);
    }

    /**
     * A minimal valid class file: {@code public class <name> extends Object implements <iface>} (no interface when
     * null), no members and no annotations.
     */
    private static byte[] classImplementing(String internalName, String iface) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(0);
            out.writeShort(65); // Java 21
            out.writeShort(iface == null ? 5 : 7); // constant pool count: 4 or 6 entries
            out.writeByte(7);
            out.writeShort(2);
            out.writeByte(1);
            out.writeUTF(internalName);
            out.writeByte(7);
            out.writeShort(4);
            out.writeByte(1);
            out.writeUTF("java/lang/Object");
            if (iface != null) {
                out.writeByte(7);
                out.writeShort(6);
                out.writeByte(1);
                out.writeUTF(iface);
            }
            out.writeShort(0x0021); // public super
            out.writeShort(1); // this class
            out.writeShort(3); // super class
            if (iface == null) {
                out.writeShort(0); // interfaces
            } else {
                out.writeShort(1);
                out.writeShort(5);
            }
            out.writeShort(0); // fields
            out.writeShort(0); // methods
            out.writeShort(0); // attributes
        }
        return bytes.toByteArray();
    }
}
