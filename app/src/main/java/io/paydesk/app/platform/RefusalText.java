package io.paydesk.app.platform;

import io.paydesk.core.common.Refusal;

/** A domain refusal as a sentence in the viewer's language, the one way every page shows one. */
public final class RefusalText {

    private RefusalText() {
    }

    /** Arguments that are message keys ({@code paydesk.…}, e.g. a stage's label) are shown translated too. */
    public static String of(Refusal refusal, Texts texts) {
        Object[] arguments = refusal.arguments().stream()
                .map(a -> a.startsWith("paydesk.") ? texts.get(a) : a).toArray();
        return texts.get(refusal.reasonKey(), arguments);
    }
}
