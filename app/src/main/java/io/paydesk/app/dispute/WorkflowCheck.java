package io.paydesk.app.dispute;

import java.util.List;
import java.util.Objects;

/**
 * What a dispute workflow function found, in the viewer's language: nothing (the transition may go on), or one
 * message per wrong field, each naming the field as the domain names it ({@code reasonCode}, {@code card}; blank for
 * a message about the request as a whole).
 */
public record WorkflowCheck(List<Message> messages) {

    /** One sentence for one field; {@code field} is blank when it is about no single field. */
    public record Message(String field, String text) {

        public Message {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    public WorkflowCheck {
        messages = List.copyOf(messages);
    }

    public static WorkflowCheck passed() {
        return new WorkflowCheck(List.of());
    }

    public static WorkflowCheck refused(String text) {
        return new WorkflowCheck(List.of(new Message("", text)));
    }

    public boolean isPassed() {
        return messages.isEmpty();
    }

    /** Every message in one sentence after the other, for a host that shows one text only. */
    public String text() {
        return String.join(" ", messages.stream().map(Message::text).toList());
    }
}
