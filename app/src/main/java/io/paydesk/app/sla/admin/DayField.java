package io.paydesk.app.sla.admin;

import io.paydesk.app.partner.FieldView;

/** One weekday's working-hours box of the calendar form: the posted name, the day's label, value and error. */
public record DayField(String name, String label, FieldView field) {
}
