package io.paydesk.sandbox.web;

import io.paydesk.app.partner.Choice;
import io.paydesk.app.platform.RefusalText;
import io.paydesk.core.card.PanRedactor;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.request.types.CardBlock;
import io.paydesk.core.request.types.RequestIntake;
import io.paydesk.core.request.types.RequestType;
import io.paydesk.core.setup.FieldSpec;
import io.paydesk.core.setup.IssueTypeSpec;
import io.paydesk.core.setup.SetupCatalogue;
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
import java.util.Set;

/**
 * The customer portal's form for the request types next to card disputes, built from the setup catalogue's fields
 * for the chosen type: {@code /portal/request} lists the types the viewer may raise, {@code ?type=<key>} shows one
 * type's form. Each wrong field is named under it, the typed values stay (card numbers masked, a card-number field
 * blank), and nothing is created until {@link RequestIntake} accepts the whole request; then the request is created
 * and the browser is sent to it.
 *
 * <p>A KYC/AML review may be seen only by agents with the risk/AML role, so partner users are not offered one: the
 * risk and AML team raise it here for a partner bank they choose, and it is stored restricted to their role.
 */
final class RequestIntakeServlet extends HttpServlet {

    static final String PATH = "/portal/request";
    static final String CARD_NUMBER = "cardNumber";
    /** The risk agent's choice of the partner bank a KYC/AML review concerns (partner users raise for their own). */
    static final String PARTNER_BANK = "partnerBank";
    /** Types whose requests only the risk/AML role may see ({@link RequestType#restrictedVisibility()}). */
    static final Set<String> RISK_AND_AML_TYPES = Set.of("kycReview");
    /** Sandbox's priorities: an urgent request is picked up first; the rest get the default. */
    static final String URGENT_PRIORITY = "Highest";
    static final String DEFAULT_PRIORITY = "Medium";
    static final String NEW_STATUS = "Waiting for support";
    /** The field whose value follows the type's name in the summary, e.g. "Loyalty claim · LOY-2041-77". */
    private static final Map<String, String> SUMMARY_FIELD = Map.of("loyaltyClaim", "loyaltyAccount",
            "refundNotReceived", "merchantName", "failedTopUp", "topUpReference", "cardBlock", CARD_NUMBER,
            "kycReview", "customerId", "apiIncident", "apiOperation");

    private final Pages pages;
    private final HostRequests requests;
    private final PartnerDirectory partners;
    private final SetupCatalogue catalogue;
    private final Clock clock;

    RequestIntakeServlet(Pages pages, HostRequests requests, PartnerDirectory partners, SetupCatalogue catalogue,
                         Clock clock) {
        this.pages = pages;
        this.requests = requests;
        this.partners = partners;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Partner users raise every type but the risk/AML ones; agents with the risk/AML role raise only those. */
    static boolean mayRaise(HostUser user, String typeKey) {
        return RISK_AND_AML_TYPES.contains(typeKey) ? user.role() == Role.RISK : user.role() == Role.PARTNER;
    }

    /** Whether the portal's request page is open to the user (the navigation links it for them). */
    static boolean raisesAny(HostUser user) {
        return user.role() == Role.PARTNER || user.role() == Role.RISK;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, RequestIntakeServlet::raisesAny,
                "sandbox.portal.request.forbidden");
        if (viewer.isEmpty()) {
            return;
        }
        HostUser user = viewer.get();
        String typeKey = request.getParameter("type");
        if (typeKey == null || typeKey.isBlank()) {
            renderChooser(request, response, user);
            return;
        }
        Optional<IssueTypeSpec> type = allowedType(response, user, typeKey);
        if (type.isPresent()) {
            renderForm(request, response, user, 200, type.get(), Map.of(), Map.of(), List.of());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<HostUser> viewer = pages.viewer(request, response, RequestIntakeServlet::raisesAny,
                "sandbox.portal.request.forbidden");
        if (viewer.isEmpty()) {
            return;
        }
        HostUser user = viewer.get();
        if (!pages.hasValidToken(request, response, user)) {
            return;
        }
        Optional<IssueTypeSpec> found = allowedType(response, user, Optional.ofNullable(request.getParameter("type"))
                .orElse(""));
        if (found.isEmpty()) {
            return;
        }
        IssueTypeSpec type = found.get();
        HostI18n i18n = pages.i18n(user.language());
        Map<String, String> typed = new HashMap<>();
        for (FieldSpec field : type.fields()) {
            typed.put(field.key(), Optional.ofNullable(request.getParameter(field.key())).orElse(""));
        }
        typed.put(RequestIntake.DESCRIPTION, Optional.ofNullable(request.getParameter(RequestIntake.DESCRIPTION))
                .orElse(""));
        String bankTyped = Optional.ofNullable(request.getParameter(PARTNER_BANK)).orElse("");
        Optional<PartnerBank> bank = user.role() == Role.PARTNER
                ? user.organizationId().flatMap(org -> partners.find(new PartnerId(Integer.toString(org))))
                : bankTyped.isBlank() ? Optional.empty() : partners.find(new PartnerId(bankTyped.strip()));
        Map<String, String> otherErrors = new HashMap<>();
        if (bank.isEmpty()) {
            if (user.role() == Role.PARTNER) {
                response.sendError(HttpServletResponse.SC_CONFLICT,
                        i18n.getText("paydesk.panel.partner.unknown.title"));
                return;
            }
            otherErrors.put(PARTNER_BANK, i18n.get("sandbox.portal.request.partnerBank.error",
                    PanRedactor.redact(bankTyped)));
        }
        // "Not in the future" is judged in the partner bank's zone; a risk agent's review with no bank chosen yet is
        // checked in the agent's own zone, so that its other fields still get their errors.
        Outcome<RequestType> checked = RequestIntake.check(type.key(), typed,
                clock.withZone(bank.map(PartnerBank::zone).orElse(user.zone())));
        if (checked instanceof Outcome.Refused<RequestType> refused) {
            renderForm(request, response, user, 400, type, typed, otherErrors, refused.refusals());
            return;
        }
        if (!otherErrors.isEmpty()) {
            renderForm(request, response, user, 400, type, typed, otherErrors, List.of());
            return;
        }
        RequestType accepted = checked.orElseThrow();
        String key = requests.nextKey();
        String summary = type.name() + " · " + PanRedactor.redact(typed.get(SUMMARY_FIELD.get(type.key())).strip());
        Optional<String> card = accepted instanceof CardBlock block ? Optional.of(block.card().toString())
                : Optional.empty();
        requests.add(new HostRequest(key, summary, accepted.description(), type.name(), NEW_STATUS,
                accepted.urgency() == RequestType.Urgency.URGENT ? URGENT_PRIORITY : DEFAULT_PRIORITY,
                clock.instant(), user.username(), Integer.parseInt(bank.orElseThrow().id().value()), Optional.empty(),
                card, accepted.restrictedVisibility()));
        response.sendRedirect("/browse/" + key);
    }

    /** The catalogue's type if the viewer may raise it; otherwise empty, with 404 (no such type) or 403 sent. */
    private Optional<IssueTypeSpec> allowedType(HttpServletResponse response, HostUser user, String typeKey)
            throws IOException {
        HostI18n i18n = pages.i18n(user.language());
        Optional<IssueTypeSpec> type = RequestIntake.handles(typeKey)
                ? catalogue.issueTypes().stream().filter(t -> t.key().equals(typeKey)).findFirst()
                : Optional.empty();
        if (type.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, i18n.get("sandbox.portal.request.noSuchType",
                    PanRedactor.redact(typeKey)));
            return Optional.empty();
        }
        if (!mayRaise(user, typeKey)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, i18n.getText(RISK_AND_AML_TYPES.contains(typeKey)
                    ? "sandbox.portal.request.riskAndAmlOnly" : "sandbox.portal.request.forbidden"));
            return Optional.empty();
        }
        return type;
    }

    private void renderChooser(HttpServletRequest request, HttpServletResponse response, HostUser user)
            throws IOException {
        HostI18n i18n = pages.i18n(user.language());
        List<RequestTypeChoice> choices = catalogue.issueTypes().stream()
                .filter(t -> RequestIntake.handles(t.key()) && mayRaise(user, t.key()))
                .map(t -> new RequestTypeChoice(t.key(), i18n.getText("paydesk.setup.requestType." + t.key()),
                        i18n.getText("paydesk.setup.issueType." + t.key())))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("choices", choices);
        model.put("form", false);
        pages.render(request, response, Optional.of(user), 200, "sandbox.portal.request.title",
                "sandbox-templates/request-intake.vm", model, "customer.portal");
    }

    private void renderForm(HttpServletRequest request, HttpServletResponse response, HostUser user, int status,
                            IssueTypeSpec type, Map<String, String> typed, Map<String, String> otherErrors,
                            List<Refusal> refusals) throws IOException {
        HostI18n i18n = pages.i18n(user.language());
        Map<String, String> errors = new HashMap<>(otherErrors);
        List<String> general = new ArrayList<>();
        List<String> keys = new ArrayList<>(type.fields().stream().map(FieldSpec::key).toList());
        keys.add(RequestIntake.DESCRIPTION);
        for (Refusal refusal : refusals) {
            String message = RefusalText.of(refusal, i18n);
            if (keys.contains(refusal.field())) {
                errors.merge(refusal.field(), message, (a, b) -> a + " " + b);
            } else {
                general.add(message);
            }
        }
        List<IntakeField> fields = new ArrayList<>();
        for (FieldSpec field : type.fields()) {
            fields.add(new IntakeField(field.key(), i18n.getText("paydesk.setup.field." + field.key()),
                    input(field), options(field, i18n), shownBack(field.key(), typed), errors.getOrDefault(field.key(), ""),
                    CARD_NUMBER.equals(field.key()) ? i18n.getText("paydesk.intake.dispute.card.help") : ""));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("form", true);
        model.put("typeKey", type.key());
        model.put("typeName", i18n.getText("paydesk.setup.requestType." + type.key()));
        model.put("fields", fields);
        model.put("description", new IntakeField(RequestIntake.DESCRIPTION,
                i18n.getText("paydesk.intake.dispute.description"), "textarea", List.<Choice>of(),
                shownBack(RequestIntake.DESCRIPTION, typed), errors.getOrDefault(RequestIntake.DESCRIPTION, ""),
                i18n.getText("paydesk.intake.dispute.description.help")));
        model.put("hasErrors", !errors.isEmpty() || !general.isEmpty());
        model.put("general", general);
        model.put("chooseBank", user.role() != Role.PARTNER);
        Map<String, String> banks = new LinkedHashMap<>();
        partners.all().forEach(bank -> banks.put(bank.id().value(), bank.name()));
        model.put("banks", banks);
        model.put("bankError", errors.getOrDefault(PARTNER_BANK, ""));
        model.put("bankValue", Optional.ofNullable(request.getParameter(PARTNER_BANK)).orElse(""));
        pages.render(request, response, Optional.of(user), status, "sandbox.portal.request.title",
                "sandbox-templates/request-intake.vm", model, "customer.portal");
    }

    /** What the field shows back: what was typed with any card number masked; a card-number field stays blank. */
    private static String shownBack(String key, Map<String, String> typed) {
        return CARD_NUMBER.equals(key) ? "" : PanRedactor.redact(typed.getOrDefault(key, ""));
    }

    private static String input(FieldSpec field) {
        return switch (field.type()) {
            case TEXT -> "text";
            case SELECT -> "select";
            case DATE -> "date";
            case DATE_TIME -> "datetime-local";
            case NUMBER -> "number";
        };
    }

    /** The select list's options: codes as they are, words by their label in the viewer's language. */
    private static List<Choice> options(FieldSpec field, HostI18n i18n) {
        return field.options().stream().map(option -> new Choice(option, field.optionsAreCodes() ? option
                : i18n.getText("paydesk.setup.option." + FieldSpec.optionKey(option)))).toList();
    }
}
