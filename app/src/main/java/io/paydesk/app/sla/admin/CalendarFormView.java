package io.paydesk.app.sla.admin;

import io.paydesk.app.partner.FieldView;
import java.util.List;

/** The calendar form as the page shows it: each field's value as typed and its error, if any. */
public record CalendarFormView(FieldView name, FieldView zone, boolean twentyFourSeven, FieldView hours,
                               List<DayField> days, FieldView country, FieldView years, FieldView holidays,
                               FieldView workingDays, FieldView daysOff) {

    public CalendarFormView {
        days = List.copyOf(days);
    }

    public boolean hasErrors() {
        return name.hasError() || zone.hasError() || hours.hasError() || days.stream().anyMatch(d -> d.field().hasError())
                || country.hasError() || years.hasError() || holidays.hasError() || workingDays.hasError()
                || daysOff.hasError();
    }
}
