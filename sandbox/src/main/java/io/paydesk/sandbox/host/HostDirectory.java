package io.paydesk.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.paydesk.sandbox.host.ao.HostOrgEntity;
import io.paydesk.sandbox.host.ao.HostUserEntity;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Users, their roles and the customer organizations: the sandbox's user directory. */
public final class HostDirectory {

    private final ActiveObjects ao;

    public HostDirectory(ActiveObjects ao) {
        this.ao = ao;
    }

    public void addOrganization(int id, String name) {
        ao.create(HostOrgEntity.class, new DBParam("ORG_ID", id), new DBParam("NAME", name));
    }

    public Map<Integer, String> organizations() {
        return Arrays.stream(ao.find(HostOrgEntity.class))
                .collect(Collectors.toMap(HostOrgEntity::getOrgId, HostOrgEntity::getName));
    }

    public void addUser(HostUser user) {
        ao.create(HostUserEntity.class,
                new DBParam("USERNAME", user.username()),
                new DBParam("DISPLAY_NAME", user.displayName()),
                new DBParam("ROLE", user.role().name()),
                new DBParam("ORGANIZATION_ID", user.organizationId().orElse(null)),
                new DBParam("LANGUAGE", user.language().toLanguageTag()),
                new DBParam("TIME_ZONE", user.zone().getId()));
    }

    public Optional<HostUser> user(String username) {
        HostUserEntity[] found = ao.find(HostUserEntity.class, Query.select().where("USERNAME = ?", username));
        return found.length == 0 ? Optional.empty() : Optional.of(toUser(found[0]));
    }

    public List<HostUser> users() {
        return Arrays.stream(ao.find(HostUserEntity.class))
                .map(HostDirectory::toUser)
                .sorted(Comparator.comparing(HostUser::role).thenComparing(HostUser::displayName))
                .toList();
    }

    public boolean isEmpty() {
        return ao.count(HostUserEntity.class, Query.select()) == 0;
    }

    private static HostUser toUser(HostUserEntity e) {
        return new HostUser(e.getUsername(), e.getDisplayName(), Role.valueOf(e.getRole()),
                Optional.ofNullable(e.getOrganizationId()), Locale.forLanguageTag(e.getLanguage()),
                ZoneId.of(e.getTimeZone()));
    }
}
