package io.paydesk.app.sla.admin;

import io.paydesk.app.partner.FieldView;
import java.util.List;

/**
 * The policy form as the page shows it: each field's value as typed and its error, if any, and the errors
 * that concern the whole policy (a scope that ties with another policy, a clock behind the last publication).
 */
public record PolicyFormView(FieldView id, FieldView name, FieldView partner, FieldView requestType,
                             FieldView priority, FieldView firstResponse, FieldView resolution,
                             FieldView partnerUpdate, FieldView calendar, FieldView pauses, FieldView thresholds,
                             List<String> general) {

    public PolicyFormView {
        general = List.copyOf(general);
    }

    public boolean hasGeneral() {
        return !general.isEmpty();
    }

    public boolean hasErrors() {
        return hasGeneral() || id.hasError() || name.hasError() || partner.hasError() || requestType.hasError()
                || priority.hasError() || firstResponse.hasError() || resolution.hasError()
                || partnerUpdate.hasError() || calendar.hasError() || pauses.hasError() || thresholds.hasError();
    }
}
