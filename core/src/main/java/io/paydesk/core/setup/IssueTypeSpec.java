package io.paydesk.core.setup;

import java.util.List;
import java.util.Objects;

/**
 * An issue type Paydesk needs, the custom fields it carries (in screen order), its screen and the customer
 * portal's request type for it.
 */
public record IssueTypeSpec(String key, String name, String description, List<FieldSpec> fields,
                            RequestTypeSpec requestType) {

    public IssueTypeSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        fields = List.copyOf(fields);
        Objects.requireNonNull(requestType, "requestType");
    }

    /** The name of the screen that shows this type's fields: {@code Paydesk: <issue type>}. */
    public String screenName() {
        return SetupCatalogue.SCREEN_PREFIX + name;
    }
}
