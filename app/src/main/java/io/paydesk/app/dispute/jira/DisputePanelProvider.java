package io.paydesk.app.dispute.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import io.paydesk.app.dispute.DisputePanel;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.app.request.jira.JiraRequestSnapshots;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jira side of the dispute panel: issue in, view model out. The panel is shown on the agent's issue
 * view only (its location is not on the portal), so it lists what the dispute needs; steps are recorded
 * through the workflow, not from the panel.
 */
@Named
public class DisputePanelProvider implements ContextProvider {

    private final JiraRequestSnapshots snapshots;
    private final DisputePanel panel;
    private final JiraAuthenticationContext authentication;

    @Inject
    public DisputePanelProvider(JiraRequestSnapshots snapshots, DisputePanel panel,
                                @ComponentImport JiraAuthenticationContext authentication) {
        this.snapshots = snapshots;
        this.panel = panel;
        this.authentication = authentication;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        if (context.get("issue") instanceof Issue issue) {
            result.put("dispute", panel.view(issue.getId(), snapshots.of(issue), false, List.of(), authentication.getLocale(),
                    new JiraTexts(authentication.getI18nHelper())));
        }
        return result;
    }
}
