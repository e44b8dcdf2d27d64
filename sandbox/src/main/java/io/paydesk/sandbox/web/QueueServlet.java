package io.paydesk.sandbox.web;

import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /queue}: the requests the signed-in user may see, newest first (partner users: own organization). */
final class QueueServlet extends HttpServlet {

    private final Pages pages;
    private final SessionUser sessions;
    private final HostRequests requests;
    private final HostDirectory directory;

    QueueServlet(Pages pages, SessionUser sessions, HostRequests requests, HostDirectory directory) {
        this.pages = pages;
        this.sessions = sessions;
        this.requests = requests;
        this.directory = directory;
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
        List<QueueRow> rows = requests.visibleTo(user).stream().map(r -> new QueueRow(r.key(), r.summary(),
                r.requestType(), organizations.getOrDefault(r.organizationId(), ""), r.status(), r.priority(),
                r.created().atZone(user.zone()).format(created))).toList();
        pages.render(request, response, viewer, 200, "sandbox.queue.title", "sandbox-templates/queue.vm",
                Map.of("rows", rows, "zone", user.zone().getId()), "sandbox.queue");
    }
}
