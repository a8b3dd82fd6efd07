package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.shared.TenantInfo;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@QuartierTest
class ActionFieldCatalogueTest {

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewTenantGetsTheEightDefaultActionFieldsAsItsOwnRows() {
        String slug = "felder-" + UUID.randomUUID().toString().substring(0, 8);
        TenantInfo tenant = tenants.create(new TenantService.NewTenant("Felderstadt", slug, "Europe/Berlin", "de"));

        assertThat(jdbc.queryForList(
                        "select code from action_field where tenant_id = ? order by position",
                        String.class,
                        tenant.id()))
                .containsExactly(
                        ActionFieldCatalogue.DEFAULTS.stream().map(f -> f[0]).toArray(String[]::new));
        assertThat(jdbc.queryForObject("select count(*) from action_field where tenant_id = 0", Long.class))
                .isZero();
    }
}
