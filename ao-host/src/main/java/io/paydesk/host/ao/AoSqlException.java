package io.paydesk.host.ao;

/** A database error raised through the Active Objects facade (unchecked, as Jira's facade does). */
public final class AoSqlException extends RuntimeException {

    public AoSqlException(String message, Throwable cause) {
        super(message, cause);
    }
}
