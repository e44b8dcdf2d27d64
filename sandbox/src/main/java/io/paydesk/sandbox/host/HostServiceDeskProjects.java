package io.paydesk.sandbox.host;

import io.paydesk.core.setup.InMemoryProjectConfiguration;
import io.paydesk.core.setup.ProjectSetupTarget;
import io.paydesk.core.setup.ServiceDeskProjects;
import java.util.List;
import java.util.Optional;

/**
 * The sandbox's one service-desk project (PAY) and its configuration, kept in memory as a new JSM project
 * starts: JSM's own issue types and request types (each in a portal group), an issue type screen scheme of its
 * own, and no Paydesk items. It starts afresh with the sandbox.
 */
public final class HostServiceDeskProjects implements ServiceDeskProjects {

    public static final Project SERVICE_DESK = new Project("PAY", "Paydesk Partner Support");

    private final InMemoryProjectConfiguration configuration = new InMemoryProjectConfiguration(
            "PAY: Jira Service Management Issue Type Screen Scheme")
            .withIssueType("Service request")
            .withIssueType("Incident")
            .withIssueType("Problem")
            .withIssueType("Change")
            .withRequestType("Get IT help", "Service request", "General")
            .withRequestType("Report a system problem", "Incident", "Technical support");

    @Override
    public List<Project> all() {
        return List.of(SERVICE_DESK);
    }

    @Override
    public Optional<ProjectSetupTarget> target(String projectKey) {
        return SERVICE_DESK.key().equals(projectKey) ? Optional.of(configuration) : Optional.empty();
    }
}
