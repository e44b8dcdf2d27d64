package io.paydesk.app.sla.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.app.request.jira.JiraRequestSnapshots;
import io.paydesk.app.sla.SlaPanel;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** The Jira side of the SLA panel: issue in, view model out, times in the viewer's own zone. */
@Named
public class SlaPanelProvider implements ContextProvider {

    private final JiraRequestSnapshots snapshots;
    private final SlaPanel panel;
    private final JiraAuthenticationContext authentication;
    private final TimeZoneManager timeZones;

    @Inject
    public SlaPanelProvider(JiraRequestSnapshots snapshots, SlaPanel panel,
                            @ComponentImport JiraAuthenticationContext authentication,
                            @ComponentImport TimeZoneManager timeZones) {
        this.snapshots = snapshots;
        this.panel = panel;
        this.authentication = authentication;
        this.timeZones = timeZones;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            result.put("sla", panel.view(snapshots.of(issue), authentication.getLocale(),
                    timeZones.getLoggedInUserTimeZone().toZoneId(), new JiraTexts(authentication.getI18nHelper())));
        }
        return result;
    }
}
