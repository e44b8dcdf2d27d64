package io.paydesk.sandbox;

import io.paydesk.app.dispute.DisputeDeadlineJob;
import io.paydesk.app.dispute.DisputePanel;
import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.dispute.PartnerBusinessCalendars;
import io.paydesk.app.dispute.ao.AoDeadlineRuleBooks;
import io.paydesk.app.dispute.ao.AoDisputeRecords;
import io.paydesk.app.partner.PartnerAdmin;
import io.paydesk.app.partner.ao.AoPartnerDirectory;
import io.paydesk.app.request.RequestContextPanel;
import io.paydesk.app.setup.ProjectSetupAdmin;
import io.paydesk.app.sla.SlaClocks;
import io.paydesk.app.sla.SlaDueJob;
import io.paydesk.app.sla.SlaEventRecorder;
import io.paydesk.app.sla.SlaSearch;
import io.paydesk.app.sla.SlaPanel;
import io.paydesk.app.sla.SlaRecompute;
import io.paydesk.app.sla.admin.SlaAdmin;
import io.paydesk.app.sla.ao.AoRequestEventLog;
import io.paydesk.app.sla.ao.AoSlaDueIndex;
import io.paydesk.app.sla.ao.AoSlaNoticeLog;
import io.paydesk.app.sla.ao.AoSlaSettings;
import io.paydesk.app.sla.ao.AoSlaStateIndex;
import io.paydesk.core.calendar.TableHolidaySource;
import io.paydesk.core.dispute.scheme.SchemeCatalogue;
import io.paydesk.core.request.RequestSnapshot;
import io.paydesk.core.sla.SlaDueSweep;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.AoTablePrefix;
import io.paydesk.host.ao.HostActiveObjects;
import io.paydesk.sandbox.host.HostBankSystems;
import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostScheduler;
import io.paydesk.sandbox.host.HostServiceDeskProjects;
import io.paydesk.sandbox.host.HostUser;
import io.paydesk.sandbox.host.ao.HostCardEntity;
import io.paydesk.sandbox.host.ao.HostCardTxnEntity;
import io.paydesk.sandbox.host.ao.HostCommentEntity;
import io.paydesk.sandbox.host.ao.HostCustomerEntity;
import io.paydesk.sandbox.host.ao.HostIssueEntity;
import io.paydesk.sandbox.host.ao.HostLedgerEntity;
import io.paydesk.sandbox.host.ao.HostOrgEntity;
import io.paydesk.sandbox.host.ao.HostUserEntity;
import io.paydesk.sandbox.render.PageRenderer;
import io.paydesk.sandbox.render.PluginDescriptor;
import io.paydesk.sandbox.render.VelocityAllowlist;
import io.paydesk.sandbox.sample.SampleData;
import io.paydesk.sandbox.sample.SampleSla;
import io.paydesk.sandbox.web.DisputeActionServlet;
import io.paydesk.sandbox.web.DisputeFlash;
import io.paydesk.sandbox.web.IssuePanels;
import io.paydesk.sandbox.web.SandboxWeb;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The sandbox host, wired in one place: the app's Active Objects module and the host's own tables on one
 * database, the app's components as Jira's Spring context would build them, sample data on first start,
 * and the web server. What starts in {@link #start()} stops in {@link #close()}.
 */
public final class Sandbox implements AutoCloseable {

    /** The sandbox's own tables (users, organizations, requests, bank systems) get a prefix of their own. */
    static final String HOST_NAMESPACE = "io.paydesk.sandbox";
    static final long SAMPLE_SEED = 20261124L;
    static final int SAMPLE_REQUESTS = 40;

    private final HostActiveObjects appTables;
    private final HostActiveObjects hostTables;
    private final SandboxWeb web;
    private final HostScheduler scheduler;

    public Sandbox(AoDatabase database, int port, Clock clock) {
        ClassLoader loader = Sandbox.class.getClassLoader();
        appTables = HostActiveObjects.open(database, AoModule.fromDescriptor(loader));
        hostTables = HostActiveObjects.connect(database, new AoTablePrefix(HOST_NAMESPACE));
        hostTables.migrate(HostOrgEntity.class, HostUserEntity.class, HostIssueEntity.class, HostCustomerEntity.class,
                HostCardEntity.class, HostCardTxnEntity.class, HostLedgerEntity.class, HostCommentEntity.class);

        AoPartnerDirectory partners = new AoPartnerDirectory(appTables);
        RequestContextPanel requestContext = new RequestContextPanel(partners, clock);

        HostDirectory directory = new HostDirectory(hostTables);
        TableHolidaySource holidays = new TableHolidaySource();
        AoSlaSettings slaSettings = new AoSlaSettings(appTables, holidays);
        new SampleSla(clock, holidays).seedIfEmpty(slaSettings);
        AoRequestEventLog slaLog = new AoRequestEventLog(appTables);
        SlaClocks slaClocks = new SlaClocks(slaLog, slaSettings);
        AoSlaDueIndex slaDue = new AoSlaDueIndex(appTables);
        AoSlaNoticeLog slaNotices = new AoSlaNoticeLog(appTables);
        AoSlaStateIndex slaStates = new AoSlaStateIndex(appTables);
        SlaEventRecorder slaRecorder = new SlaEventRecorder(slaLog, slaDue, slaNotices, slaStates, slaClocks, clock);
        SlaRecompute slaRecompute = new SlaRecompute(new SlaDueSweep(slaDue, slaNotices, slaStates, slaClocks), clock);
        SlaPanel slaPanel = new SlaPanel(slaClocks, slaSettings, partners, clock);
        HostRequests requests = new HostRequests(hostTables, slaRecorder::record);
        HostBankSystems banks = new HostBankSystems(hostTables);
        if (directory.isEmpty()) {
            hostTables.executeInTransaction(() -> {
                new SampleData(clock, SAMPLE_SEED).generate(directory, partners, banks, requests, SAMPLE_REQUESTS);
                return null;
            });
        }

        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        PageRenderer renderer = new PageRenderer(new VelocityAllowlist(descriptor.allowlist()));
        // Time limits in business days count on the partner's calendar from the SLA settings, as in Jira.
        Disputes disputes = new Disputes(SchemeCatalogue.shipped(), new AoDisputeRecords(appTables),
                new AoDeadlineRuleBooks(appTables), new PartnerBusinessCalendars(slaSettings), clock);
        DisputePanel disputePanel = new DisputePanel(disputes, slaClocks, clock);
        DisputeFlash disputeFlash = new DisputeFlash();
        IssuePanels panels = new IssuePanels(descriptor, renderer, Map.of(
                "dispute-panel", (request, viewer, i18n) -> Map.of(
                        "dispute", disputePanel.view(requests.idOf(request.key()), snapshot(request, directory),
                                viewer.role().isAgent(),
                                disputeFlash.take(viewer.username(), request.key()), viewer.language(), i18n),
                        "actionUrl", DisputeActionServlet.PATH,
                        "issueKey", request.key()),
                "request-context-panel", (request, viewer, i18n) -> Map.of("view", requestContext.view(
                        snapshot(request, directory), viewer.language(), i18n)),
                "sla-panel", (request, viewer, i18n) -> Map.of("sla", slaPanel.view(
                        snapshot(request, directory), viewer.language(), viewer.zone(), i18n))));
        web = new SandboxWeb(port, descriptor, renderer, directory, requests, banks, panels,
                new PartnerAdmin(partners, clock), new ProjectSetupAdmin(new HostServiceDeskProjects()), partners,
                disputes, disputeFlash, new SlaAdmin(slaSettings, partners, slaRecompute, holidays, clock),
                new SlaSearch(slaStates), clock);

        // Scheduled jobs: the app's own job classes, on the sandbox clock (Jira runs them once per cluster).
        scheduler = new HostScheduler(clock, List.of(new DisputeDeadlineJob(disputes),
                new SlaDueJob(slaDue, slaNotices, slaStates, slaClocks)), HostScheduler.TICK);
    }

    /** The request as the app sees it, with its reporter's display name, as Jira's issue gives it. */
    private static RequestSnapshot snapshot(HostRequest request, HostDirectory directory) {
        return request.snapshot(directory.user(request.reporter()).map(HostUser::displayName).orElse(request.reporter()));
    }

    public Sandbox start() throws Exception {
        web.start();
        scheduler.start();
        return this;
    }

    /** Runs the scheduled jobs due on the sandbox clock now, on the caller's thread: tests move the clock, then call this. */
    public List<HostScheduler.Run> runDueJobs() {
        return scheduler.runDue();
    }

    public String url() {
        return "http://localhost:" + web.port() + "/";
    }

    @Override
    public void close() throws Exception {
        scheduler.close();
        web.stop();
        hostTables.close();
        appTables.close();
    }
}
