package io.paydesk.app.partner;

import io.paydesk.app.platform.RefusalText;
import io.paydesk.app.platform.Texts;
import io.paydesk.core.common.Outcome;
import io.paydesk.core.common.Refusal;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerClock;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.core.partner.PartnerProfileForm;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Administration of partner-bank profiles, host-neutral: Jira's servlet and the sandbox both call it after
 * their own permission and XSRF checks. A bad form changes nothing and comes back with a message per field.
 */
@Named
public class PartnerAdmin {

    /** The names of the form's fields, as the template posts them. */
    public static final List<String> FIELDS = List.of("organizationId", "name", "country", "zone", "language");

    private final PartnerDirectory partners;
    private final PartnerClock partnerClock;

    @Inject
    public PartnerAdmin(PartnerDirectory partners) {
        this(partners, Clock.systemUTC());
    }

    public PartnerAdmin(PartnerDirectory partners, Clock clock) {
        this.partners = partners;
        this.partnerClock = new PartnerClock(clock);
    }

    /** Reads the form from request parameters (absent ones are blank). */
    public static PartnerProfileForm form(Function<String, String> parameter) {
        return new PartnerProfileForm(parameter.apply("organizationId"), parameter.apply("name"),
                parameter.apply("country"), parameter.apply("zone"), parameter.apply("language"));
    }

    /** The form to edit an existing partner, or a blank one. */
    public PartnerProfileForm formFor(Optional<String> organizationId) {
        return organizationId.filter(id -> id.matches("[1-9]\\d{0,9}"))
                .flatMap(id -> partners.find(new PartnerId(id)))
                .map(PartnerProfileForm::of)
                .orElse(new PartnerProfileForm("", "", "", "", "en"));
    }

    /** Saves the partner if the form is right; the refusals otherwise, and nothing is stored. */
    public Outcome<PartnerBank> save(PartnerProfileForm form) {
        Outcome<PartnerBank> checked = form.check();
        if (checked instanceof Outcome.Accepted<PartnerBank> accepted) {
            partners.save(accepted.value());
        }
        return checked;
    }

    public PartnerAdminView view(PartnerProfileForm form, List<Refusal> refusals, String savedName, Locale viewer,
                                 Texts texts) {
        Map<String, String> errors = refusals.stream().collect(Collectors.toMap(Refusal::field,
                r -> RefusalText.of(r, texts), (a, b) -> a + " " + b));
        List<PartnerRow> rows = partners.all().stream().map(p -> new PartnerRow(p.id().value(), p.name(),
                PartnerDisplay.country(p, viewer), p.zone().getId(),
                PartnerDisplay.localTime(partnerClock.now(p), viewer), p.language().getDisplayLanguage(viewer))).toList();
        return new PartnerAdminView(rows,
                field(form.organizationId(), errors.get("organizationId")),
                field(form.name(), errors.get("name")),
                field(form.country(), errors.get("country")),
                field(form.zone(), errors.get("zone")),
                field(form.language(), errors.get("language")),
                PartnerProfileForm.LANGUAGES.stream().sorted()
                        .map(code -> new Choice(code, Locale.of(code).getDisplayLanguage(viewer))).toList(),
                savedName);
    }

    private static FieldView field(String value, String error) {
        return new FieldView(value, error == null ? "" : error);
    }
}
