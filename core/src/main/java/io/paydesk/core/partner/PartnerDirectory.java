package io.paydesk.core.partner;

import java.util.List;
import java.util.Optional;

/** The partner banks we serve, as configured by an administrator. */
public interface PartnerDirectory {

    Optional<PartnerBank> find(PartnerId id);

    List<PartnerBank> all();

    /** Adds the partner, or replaces the one with the same id. */
    void save(PartnerBank partner);
}
