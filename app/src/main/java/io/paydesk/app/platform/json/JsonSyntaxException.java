package io.paydesk.app.platform.json;

/** Text that is not one strict JSON value: where (line and column, from 1) and why, in English for logs and tests. */
public final class JsonSyntaxException extends RuntimeException {

    private final int line;
    private final int column;
    private final String why;

    JsonSyntaxException(int line, int column, String why) {
        super("line " + line + ", column " + column + ": " + why);
        this.line = line;
        this.column = column;
        this.why = why;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String why() {
        return why;
    }
}
