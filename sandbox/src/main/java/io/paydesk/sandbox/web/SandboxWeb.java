package io.paydesk.sandbox.web;

import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.dispute.rules.DeadlineRulesAdmin;
import io.paydesk.app.partner.PartnerAdmin;
import io.paydesk.app.request.web.CardNumberMaskingFilter;
import io.paydesk.app.setup.ProjectSetupAdmin;
import io.paydesk.app.sla.SlaSearch;
import io.paydesk.app.sla.admin.SlaAdmin;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.setup.SetupCatalogue;
import io.paydesk.sandbox.host.HostBankSystems;
import io.paydesk.sandbox.host.HostDirectory;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.render.PageRenderer;
import io.paydesk.sandbox.render.PluginDescriptor;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The sandbox's HTTP server on loopback: every page and its URL in one place. */
public final class SandboxWeb {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    public SandboxWeb(int port, PluginDescriptor descriptor, PageRenderer renderer, HostDirectory directory,
                      HostRequests requests, HostBankSystems banks, IssuePanels panels, PartnerAdmin partnerAdmin,
                      ProjectSetupAdmin setupAdmin, PartnerDirectory partners, Disputes disputes,
                      DisputeFlash disputeFlash, SlaAdmin slaAdmin, SlaSearch slaSearch, Clock clock) {
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        SessionUser sessions = new SessionUser(directory);
        Pages pages = new Pages(renderer, descriptor, sessions);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        SignInServlet signIn = new SignInServlet(pages, sessions, directory);
        context.addServlet(new ServletHolder(new RootServlet(sessions)), "/");
        context.addServlet(new ServletHolder(signIn), "/login");
        context.addServlet(new ServletHolder(signIn), "/logout");
        context.addServlet(new ServletHolder(new LanguageServlet(sessions)), "/language");
        context.addServlet(new ServletHolder(new QueueServlet(pages, sessions, requests, directory, slaSearch)), "/queue");
        context.addServlet(new ServletHolder(new IssueServlet(pages, sessions, requests, directory, banks, panels)),
                "/browse/*");
        context.addServlet(new ServletHolder(new PartnerAdminPageServlet(pages, partnerAdmin)),
                PartnerAdminPageServlet.PATH);
        context.addServlet(new ServletHolder(new DisputeIntakeServlet(pages, requests, partners, disputes, clock)),
                DisputeIntakeServlet.PATH);
        context.addServlet(new ServletHolder(new RequestIntakeServlet(pages, requests, partners,
                SetupCatalogue.paydesk(), clock)), RequestIntakeServlet.PATH);
        context.addServlet(new ServletHolder(new DisputeActionServlet(pages, requests, disputes, disputeFlash)),
                DisputeActionServlet.PATH);
        context.addServlet(new ServletHolder(new TransitionServlet(pages, requests, clock)), TransitionServlet.PATH);
        context.addServlet(new ServletHolder(new CommentServlet(pages, requests, clock)), CommentServlet.PATH);
        // The app's own servlet filter masks what is typed into an existing request, as in Jira; the host stores
        // what it is given. (Creating a request, DisputeIntakeServlet and RequestIntakeServlet, masks after the
        // domain's check, as Jira's create transition does.)
        context.addFilter(new FilterHolder(new CardNumberMaskingFilter()), CommentServlet.PATH,
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ProjectSetupPageServlet(pages, setupAdmin)),
                ProjectSetupPageServlet.PATH);
        context.addServlet(new ServletHolder(new SlaAdminPageServlet(pages, slaAdmin)), SlaAdminPageServlet.PATH);
        context.addServlet(new ServletHolder(new DeadlineRulesPageServlet(pages, new DeadlineRulesAdmin(disputes))),
                DeadlineRulesPageServlet.PATH);
        AssetServlet assets = new AssetServlet(descriptor);
        context.addServlet(new ServletHolder(assets), "/static/*");
        context.addServlet(new ServletHolder(assets), "/download/resources/*");
        server.setHandler(context);
    }

    public void start() throws Exception {
        server.start();
    }

    public void stop() throws Exception {
        server.stop();
    }

    public int port() {
        return connector.getLocalPort();
    }
}
