package io.paydesk.app.partner.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.paydesk.core.partner.PartnerBank;
import io.paydesk.core.partner.PartnerId;
import io.paydesk.host.ao.AoDatabase;
import io.paydesk.host.ao.AoModule;
import io.paydesk.host.ao.AoSqlException;
import io.paydesk.host.ao.HostActiveObjects;
import java.time.ZoneId;
import java.util.Locale;
import net.java.ao.DBParam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AoPartnerDirectoryTest {

    private HostActiveObjects ao;
    private AoPartnerDirectory partners;

    @BeforeEach
    void open() {
        ao = HostActiveObjects.open(AoDatabase.fromSystemProperties(), AoModule.fromDescriptor(getClass().getClassLoader()));
        partners = new AoPartnerDirectory(ao);
    }

    @AfterEach
    void close() {
        ao.close();
    }

    private static PartnerBank kyivBank() {
        return new PartnerBank(new PartnerId("21"), "Dnipro Card Bank", "UA", ZoneId.of("Europe/Kyiv"), Locale.of("uk"));
    }

    @Test
    void aSavedPartnerIsFoundByItsOrganizationId() {
        partners.save(kyivBank());

        assertThat(partners.find(new PartnerId("21"))).contains(kyivBank());
        assertThat(partners.find(new PartnerId("22"))).isEmpty();
    }

    @Test
    void savingAgainUpdatesTheSameRowInsteadOfAddingOne() {
        partners.save(kyivBank());
        PartnerBank renamed = new PartnerBank(new PartnerId("21"), "Dnipro Card Bank JSC", "UA",
                ZoneId.of("Europe/Kyiv"), Locale.of("uk"));

        partners.save(renamed);

        assertThat(partners.all()).containsExactly(renamed);
        assertThat(ao.find(PartnerEntity.class)).hasSize(1);
    }

    @Test
    void partnersAreListedByName() {
        partners.save(kyivBank());
        partners.save(new PartnerBank(new PartnerId("5"), "Almaty Pay", "KZ", ZoneId.of("Asia/Almaty"), Locale.of("ru")));

        assertThat(partners.all()).extracting(PartnerBank::name).containsExactly("Almaty Pay", "Dnipro Card Bank");
    }

    @Test
    void aDeletedPartnerIsGone() {
        partners.save(kyivBank());

        ao.delete(ao.find(PartnerEntity.class));

        assertThat(partners.find(new PartnerId("21"))).isEmpty();
    }

    @Test
    void theDatabaseRefusesASecondRowForTheSameOrganization() {
        partners.save(kyivBank());

        assertThatThrownBy(() -> ao.create(PartnerEntity.class,
                new DBParam("PARTNER_KEY", "21"), new DBParam("NAME", "Duplicate"), new DBParam("COUNTRY", "UA"),
                new DBParam("TIME_ZONE", "Europe/Kyiv"), new DBParam("LANGUAGE", "uk")))
                .isInstanceOf(AoSqlException.class);
        assertThat(partners.all()).containsExactly(kyivBank());
    }
}
