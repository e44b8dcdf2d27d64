package io.paydesk.check;

import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.Optional;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.log.NullLogChute;
import org.apache.velocity.runtime.parser.ParseException;

/** Parses templates with Velocity 1.7's own parser (the 1.x syntax Jira's Velocity reads). */
final class VelocityParser {

    private final RuntimeInstance velocity = new RuntimeInstance();

    VelocityParser() {
        velocity.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM_CLASS, NullLogChute.class.getName());
        velocity.setProperty(RuntimeConstants.VM_LIBRARY, "");
        try {
            velocity.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity does not start", e);
        }
    }

    ParsedTemplate parse(String path, byte[] bytes) {
        String text;
        try {
            text = Utf8.decode(bytes);
        } catch (CharacterCodingException e) {
            return new ParsedTemplate(path, "", Optional.empty(), Optional.of("is not valid UTF-8"));
        }
        try {
            return new ParsedTemplate(path, text, Optional.of(velocity.parse(new StringReader(text), path)),
                    Optional.empty());
        } catch (ParseException e) {
            return new ParsedTemplate(path, text, Optional.empty(),
                    Optional.of("does not parse: " + e.getMessage().lines().findFirst().orElse("")));
        }
    }
}
