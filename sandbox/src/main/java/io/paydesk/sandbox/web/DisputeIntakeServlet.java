package io.paydesk.sandbox.web;

import io.paydesk.app.dispute.Disputes;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.dispute.TypedDispute;
import io.paydesk.core.dispute.deadline.Geography;
import io.paydesk.core.dispute.desk.NewDispute;
import io.paydesk.core.dispute.scheme.CardScheme;
import io.paydesk.core.dispute.transaction.TypedTransaction;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.sandbox.host.HostI18n;
import io.paydesk.sandbox.host.HostRequest;
import io.paydesk.sandbox.host.HostRequests;
import io.paydesk.sandbox.host.HostUser;
import io.paydesk.sandbox.host.Role;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The customer portal's "raise a card-payment dispute" form, for partner-bank users: each wrong field is
 * named with its reason next to it, the typed values stay (a card number never comes back), and nothing
 * is created until everything is right. Then the request is created and its dispute filed.
 */
final class DisputeIntakeServlet extends HttpServlet {

    static final String PATH = "/portal/dispute";
    static final String REQUEST_TYPE = "Payment dispute";
    /** The form's fields, named as the domain names them in refusals. */
    static final List<String> FIELDS = List.of(TypedDispute.SCHEME, TypedDispute.REASON_CODE, "card",
            TypedDispute.AMOUNT, TypedDispute.CURRENCY, TypedTransaction.TRANSACTION_DATE,
            TypedTransaction.SETTLEMENT_DATE, TypedDispute.EXPECTED_SERVICE_DATE, TypedTransaction.MERCHANT_NAME,
            TypedTransaction.MCC, TypedTransaction.RRN, TypedTransaction.ARN, TypedTransaction.AUTHORIZATION_CODE,
            "description");

    private static final Predicate<HostUser> PARTNER = user -> user.role() == Role.PARTNER;

    private final Pages pages;
    private final HostRequests requests;
    private final PartnerDirectory partners;
    private final Disputes disputes;
    private final Clock clock;

    DisputeIntakeServlet(Pages pages, HostRequests requests, PartnerDirectory partners,
                         Disputes disputes, Clock clock) {
        this.pages = pages;
        this.requests = requests;
        this.partners = partners;
        this.disputes = disputes;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, PARTNER, "sandbox.portal.partnersOnly");
        if (viewer.isPresent()) {
            Map<String, String> blank = new HashMap<>();
            FIELDS.forEach(f -> blank.put(f, ""));
            blank.put(TypedDispute.SCHEME, "visa");
            render(request, response, viewer.get(), 200, blank, false, List.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, PARTNER, "sandbox.portal.partnersOnly");
        if (viewer.isEmpty()) {
            return;
        }
        HostUser user = viewer.get();
        if (!pages.hasValidToken(request, response, user)) {
            return;
        }
        Optional<PartnerBank> bank = user.organizationId()
                .flatMap(org -> partners.find(new PartnerId(Integer.toString(org))));
        if (bank.isEmpty()) {
            response.sendError(HttpServletResponse.SC_CONFLICT,
                    pages.i18n(user.language()).getText("paydesk.panel.partner.unknown.title"));
            return;
        }
        Map<String, String> typed = new HashMap<>();
        FIELDS.forEach(f -> typed.put(f, Optional.ofNullable(request.getParameter(f)).orElse("")));
        boolean atm = request.getParameter("atm") != null;
        TypedDispute dispute = new TypedDispute(typed.get(TypedDispute.SCHEME), typed.get(TypedDispute.REASON_CODE),
                typed.get(TypedDispute.AMOUNT), typed.get(TypedDispute.CURRENCY), typed.get(TypedDispute.EXPECTED_SERVICE_DATE),
                new TypedTransaction(typed.get(TypedTransaction.RRN), typed.get(TypedTransaction.ARN),
                        typed.get(TypedTransaction.AUTHORIZATION_CODE), typed.get(TypedTransaction.TRANSACTION_DATE),
                        typed.get(TypedTransaction.SETTLEMENT_DATE), typed.get(TypedTransaction.MERCHANT_NAME),
                        typed.get(TypedTransaction.MCC), atm));
        PartnerBank partner = bank.get();
        Outcome<NewDispute> checked = disputes.desk().check(dispute, typed.get("card"), Geography.issuerIn(partner.country()),
                partner);
        if (checked instanceof Outcome.Refused<NewDispute> refused) {
            render(request, response, user, 400, typed, atm, refused.refusals());
            return;
        }
        NewDispute filed = checked.orElseThrow();
        String key = requests.nextKey();
        String summary = filed.dispute().facts().scheme().name() + " " + filed.dispute().facts().reason().code() + " · "
                + filed.dispute().facts().transaction().merchantName() + " · " + filed.dispute().facts().disputedAmount();
        long issueId = requests.add(new HostRequest(key, summary, PanRedactor.redact(typed.get("description")),
                REQUEST_TYPE, "Waiting for support", "Medium", clock.instant(), user.username(), user.organizationId().orElseThrow(),
                Optional.empty(), Optional.of(filed.card().toString())));
        disputes.desk().open(issueId, filed).orElseThrow();
        response.sendRedirect("/browse/" + key);
    }


    private void render(HttpServletRequest request, HttpServletResponse response, HostUser viewer, int status,
                        Map<String, String> typed, boolean atm, List<Refusal> refusals) throws IOException {
        HostI18n i18n = pages.i18n(viewer.language());
        Map<String, String> values = new HashMap<>();
        typed.forEach((field, value) -> values.put(field, PanRedactor.redact(value)));
        values.put("card", "");
        Map<String, String> errors = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (Refusal refusal : refusals) {
            String message = RefusalText.of(refusal, i18n);
            if (FIELDS.contains(refusal.field())) {
                errors.merge(refusal.field(), message, (a, b) -> a + " " + b);
            } else {
                general.add(message);
            }
        }
        Map<String, String> schemes = new LinkedHashMap<>();
        for (CardScheme scheme : disputes.schemes().schemes()) {
            if (scheme.hasDisputeRules()) {
                schemes.put(scheme.id().value(), scheme.name());
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("values", values);
        model.put("errors", errors);
        model.put("general", general);
        model.put("hasErrors", !refusals.isEmpty());
        model.put("atm", atm);
        model.put("schemes", schemes);
        pages.render(request, response, Optional.of(viewer), status, "paydesk.intake.dispute.title",
                "sandbox-templates/dispute-intake.vm", model, "customer.portal");
    }
}
