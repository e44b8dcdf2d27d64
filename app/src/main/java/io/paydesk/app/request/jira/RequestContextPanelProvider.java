package io.paydesk.app.request.jira;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.ContextProvider;
import io.paydesk.app.platform.jira.JiraTexts;
import io.paydesk.app.request.RequestContextPanel;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** The Jira side of the request-context panel: issue in, view model out. */
@Named
public class RequestContextPanelProvider implements ContextProvider {

    private final JiraRequestSnapshots snapshots;
    private final RequestContextPanel panel;
    private final JiraAuthenticationContext authentication;

    @Inject
    public RequestContextPanelProvider(JiraRequestSnapshots snapshots, RequestContextPanel panel,
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
            result.put("view", panel.view(snapshots.of(issue), authentication.getLocale(),
                    new JiraTexts(authentication.getI18nHelper())));
        }
        return result;
    }
}
