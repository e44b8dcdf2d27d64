package io.paydesk.sandbox.web;

import io.paydesk.core.card.MaskedCardNumber;
import io.paydesk.sandbox.host.HostBankSystems;
import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostI18n;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@code /browse/KEY}: the issue view, with the app's panels in the right column. */
final class IssueServlet extends HttpServlet {

    static final String RIGHT_COLUMN = "atl.jira.view.issue.right.context";
    static final String LEFT_COLUMN = "atl.jira.view.issue.left.context";

    private final Pages pages;
    private final SessionUser sessions;
    private final HostRequests requests;
    private final HostDirectory directory;
    private final HostBankSystems banks;
    private final IssuePanels panels;

    IssueServlet(Pages pages, SessionUser sessions, HostRequests requests, HostDirectory directory,
                 HostBankSystems banks, IssuePanels panels) {
        this.pages = pages;
        this.sessions = sessions;
        this.requests = requests;
        this.directory = directory;
        this.banks = banks;
        this.panels = panels;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = sessions.signedInOrRedirect(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        HostUser user = viewer.get();
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<HostRequest> found = requests.find(key, user);
        if (found.isEmpty()) {
            pages.render(request, response, viewer, 404, "sandbox.issue.notFound.title", "sandbox-templates/not-found.vm",
                    Map.of("key", key), "sandbox.issue");
            return;
        }
        HostRequest issue = found.get();
        HostI18n i18n = pages.i18n(user.language());
        Map<String, Object> model = new HashMap<>();
        model.put("issue", issue);
        model.put("organization", directory.organizations().getOrDefault(issue.organizationId(), ""));
        model.put("customer", issue.customerId().flatMap(banks::customerName).orElse(""));
        model.put("card", issue.card().map(c -> MaskedCardNumber.parseMasked(c).grouped()).orElse(""));
        model.put("reporter", directory.user(issue.reporter()).map(HostUser::displayName).orElse(issue.reporter()));
        model.put("created", issue.created().atZone(user.zone())
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(user.language())) + " (" + user.zone().getId() + ")");
        model.put("canTransition", user.role().isAgent());
        DateTimeFormatter commentTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(user.language()).withZone(user.zone());
        model.put("comments", requests.comments(key).stream()
                .map(c -> new CommentRow(directory.user(c.author()).map(HostUser::displayName).orElse(c.author()),
                        commentTimes.format(c.created()), c.body()))
                .toList());
        model.put("statuses", HostRequest.STATUSES);
        String token = sessions.xsrfToken(request);
        model.put("panelsHtml", panels.renderHtml(RIGHT_COLUMN, issue, user, i18n, token));
        model.put("mainPanelsHtml", panels.renderHtml(LEFT_COLUMN, issue, user, i18n, token));
        pages.render(request, response, viewer, 200, "sandbox.issue.title", "sandbox-templates/issue.vm", model,
                "jira.view.issue");
    }
}
