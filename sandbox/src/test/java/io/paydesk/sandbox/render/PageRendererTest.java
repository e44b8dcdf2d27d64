package io.paydesk.sandbox.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.app.request.RequestContextView;
import io.paydesk.sandbox.host.HostI18n;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRendererTest {

    private static final String HOSTILE = "<img src=x onerror=alert(1)> & \"Bank\"";

    private final PluginDescriptor descriptor = PluginDescriptor.load(getClass().getClassLoader());
    private final PageRenderer renderer = new PageRenderer(new VelocityAllowlist(descriptor.allowlist()));

    private static RequestContextView view(String partnerName) {
        return new RequestContextView(true, partnerName, "Poland", "Europe/Warsaw", "Fri 16:50", "UTC+01:00", false,
                "27 Nov 2026, 16:50 CET", "2 h 10 min", "Katarzyna Zielińska");
    }

    @Test
    void theAppsPanelEscapesEveryValueExactlyOnce() {
        String html = renderer.render(panelTemplate(), Map.of("view", view(HOSTILE),
                "i18n", new HostI18n(Locale.ENGLISH, descriptor.i18nBundles())));

        assertThat(html)
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Bank&quot;")
                .doesNotContain("<img")
                .doesNotContain("&amp;lt;")
                .contains("Local time");
    }

    @Test
    void scalarReferencesNamedHtmlAreTrustedAndEverythingElseIsEscaped() {
        String html = renderer.render("templates-under-test/escaped.vm",
                Map.of("name", "<b>", "nameHtml", "<b>", "view", view("<i>")));

        assertThat(html).contains("<p>&lt;b&gt;|&lt;b&gt;|&lt;b&gt;|<b>|&lt;i&gt;</p>");
    }

    @Test
    void aTemplateThatOptsOutIsNotEscapedAtAll() {
        assertThat(renderer.render("templates-under-test/opted-out.vm", Map.of("name", "<b>"))).contains("<p><b></p>");
    }

    @Test
    void aMethodMissingFromTheVelocityAllowlistIsBlockedAsInJira() {
        PageRenderer strict = new PageRenderer(new VelocityAllowlist(Set.of(
                "io.paydesk.app.request.RequestContextView#partnerKnown()")));

        assertThatThrownBy(() -> strict.render(panelTemplate(), Map.of("view", view("Bank"),
                "i18n", new HostI18n(Locale.ENGLISH, descriptor.i18nBundles()))))
                .isInstanceOf(VelocityAllowlistViolation.class)
                .hasMessageContaining("io.paydesk.app.request.RequestContextView#partnerName()")
                .hasMessageContaining("request-context.vm");
    }

    private String panelTemplate() {
        return descriptor.webPanels().stream().filter(p -> p.key().equals("request-context-panel"))
                .findFirst().orElseThrow().template();
    }
}
