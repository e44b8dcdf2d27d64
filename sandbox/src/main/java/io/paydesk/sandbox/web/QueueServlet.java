package io.paydesk.sandbox.web;

import io.paydesk.app.sla.SlaSearch;
import io.paydesk.core.sla.SlaCondition;
import io.paydesk.core.sla.SlaQuery;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code /queue}: the requests the signed-in user may see, newest first (partner users: own organization).
 * {@code ?sla=breached&goal=resolution} narrows it to the requests the app's {@link SlaSearch} finds, the
 * search the JQL function {@code paydeskSla} makes in Jira; wrong values are refused with the same sentences.
 */
final class QueueServlet extends HttpServlet {

    private final Pages pages;
    private final SessionUser sessions;
    private final HostRequests requests;
    private final HostDirectory directory;
    private final SlaSearch slaSearch;

    QueueServlet(Pages pages, SessionUser sessions, HostRequests requests, HostDirectory directory, SlaSearch slaSearch) {
        this.pages = pages;
        this.sessions = sessions;
        this.requests = requests;
        this.directory = directory;
        this.slaSearch = slaSearch;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = sessions.signedInOrRedirect(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        HostUser user = viewer.get();
        Map<Integer, String> organizations = directory.organizations();
        DateTimeFormatter created = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(user.language());
        HostI18n texts = pages.i18n(user.language());
        String sla = parameter(request, "sla");
        String goal = parameter(request, "goal");
        List<String> arguments = goal.isEmpty() ? List.of(sla) : List.of(sla, goal);
        boolean filtered = !sla.isEmpty() || !goal.isEmpty();
        List<String> problems = filtered ? slaSearch.problems(arguments, texts) : List.of();
        Stream<HostRequest> visible = requests.visibleTo(user).stream();
        if (filtered) {
            Set<String> found = problems.isEmpty()
                    ? new HashSet<>(slaSearch.find(slaSearch.read(arguments).orElseThrow())) : Set.of();
            visible = visible.filter(r -> found.contains(r.key()));
        }
        List<QueueRow> rows = visible.map(r -> new QueueRow(r.key(), r.summary(),
                r.requestType(), organizations.getOrDefault(r.organizationId(), ""), r.status(), r.priority(),
                r.created().atZone(user.zone()).format(created))).toList();
        pages.render(request, response, viewer, problems.isEmpty() ? 200 : 400, "sandbox.queue.title",
                "sandbox-templates/queue.vm", Map.of("rows", rows, "zone", user.zone().getId(), "problems", problems,
                        "states", choices(SlaCondition.arguments(), sla, "sandbox.queue.sla.state.", texts),
                        "goals", choices(SlaQuery.goalArguments(), goal, "sandbox.queue.sla.goal.", texts)),
                "sandbox.queue");
    }

    private static String parameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static List<SlaFilterChoice> choices(List<String> values, String chosen, String labelPrefix, HostI18n texts) {
        return values.stream().map(v -> new SlaFilterChoice(v, texts.getText(labelPrefix + v), v.equalsIgnoreCase(chosen)))
                .toList();
    }
}
