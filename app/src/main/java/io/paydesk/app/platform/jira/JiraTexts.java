package io.paydesk.app.platform.jira;

import com.atlassian.jira.util.I18nHelper;
import io.paydesk.app.platform.Texts;

/** {@link Texts} over Jira's i18n helper for the logged-in user's language. */
public final class JiraTexts implements Texts {

    private final I18nHelper i18n;

    public JiraTexts(I18nHelper i18n) {
        this.i18n = i18n;
    }

    @Override
    public String get(String key, Object... arguments) {
        String[] values = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = String.valueOf(arguments[i]);
        }
        return i18n.getText(key, (Object) values);
    }
}
