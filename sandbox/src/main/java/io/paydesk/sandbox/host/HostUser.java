package io.paydesk.sandbox.host;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person signed in to the sandbox, with the language and time zone their profile sets. A partner user
 * belongs to exactly one organization.
 */
public record HostUser(String username, String displayName, Role role, Optional<Integer> organizationId,
                       Locale language, ZoneId zone) {

    public HostUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(zone, "zone");
        if (role == Role.PARTNER && organizationId.isEmpty()) {
            throw new IllegalArgumentException("partner user " + username + " needs an organization");
        }
    }

    /**
     * Agents see every organization's requests, partner users their own organization's; a request restricted to
     * the risk/AML role only agents with that role see, as a Jira issue security level would.
     */
    public boolean canSee(HostRequest request) {
        if (request.riskAndAmlOnly()) {
            return role == Role.RISK;
        }
        return role.isAgent() || organizationId.map(org -> org == request.organizationId()).orElse(false);
    }
}
