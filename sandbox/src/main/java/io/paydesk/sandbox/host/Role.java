package io.paydesk.sandbox.host;

/** Who a sandbox user is: an agent on one of the lines, a partner-bank clerk, or an administrator. */
public enum Role {
    FIRST_LINE(true),
    SECOND_LINE(true),
    RISK(true),
    PROCESSING(true),
    LEGAL(true),
    PARTNER(false),
    ADMIN(true);

    private final boolean agent;

    Role(boolean agent) {
        this.agent = agent;
    }

    /** Agents and administrators work every organization's requests; partner users only their own. */
    public boolean isAgent() {
        return agent;
    }

    public String i18nKey() {
        return "sandbox.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
