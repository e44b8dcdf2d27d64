package io.paydesk.app.partner.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerDirectory;
import io.paydesk.core.partner.PartnerId;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/** Partner banks kept in Active Objects. Entities never leave this class: callers get domain values. */
@Named
public class AoPartnerDirectory implements PartnerDirectory {

    private final ActiveObjects ao;

    @Inject
    public AoPartnerDirectory(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PartnerBank> find(PartnerId id) {
        return ao.executeInTransaction(() -> entity(id).map(AoPartnerDirectory::toDomain));
    }

    @Override
    public List<PartnerBank> all() {
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(PartnerEntity.class))
                .map(AoPartnerDirectory::toDomain)
                .sorted(Comparator.comparing(PartnerBank::name))
                .toList());
    }

    @Override
    public void save(PartnerBank partner) {
        ao.executeInTransaction(() -> {
            Optional<PartnerEntity> existing = entity(partner.id());
            if (existing.isPresent()) {
                PartnerEntity entity = existing.get();
                entity.setName(partner.name());
                entity.setCountry(partner.country());
                entity.setTimeZone(partner.zone().getId());
                entity.setLanguage(partner.language().toLanguageTag());
                entity.save();
            } else {
                ao.create(PartnerEntity.class,
                        new DBParam("PARTNER_KEY", partner.id().value()),
                        new DBParam("NAME", partner.name()),
                        new DBParam("COUNTRY", partner.country()),
                        new DBParam("TIME_ZONE", partner.zone().getId()),
                        new DBParam("LANGUAGE", partner.language().toLanguageTag()));
            }
            return null;
        });
    }

    private Optional<PartnerEntity> entity(PartnerId id) {
        PartnerEntity[] found = ao.find(PartnerEntity.class, Query.select().where("PARTNER_KEY = ?", id.value()));
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static PartnerBank toDomain(PartnerEntity entity) {
        return new PartnerBank(new PartnerId(entity.getPartnerKey()), entity.getName(), entity.getCountry(),
                ZoneId.of(entity.getTimeZone()), Locale.forLanguageTag(entity.getLanguage()));
    }
}
