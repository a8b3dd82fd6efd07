package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.shared.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The directory as other modules see it: choices leave archived organisations out, ids still resolve. */
@QuartierTest
class OrganisationDirectoryTest {

    @Autowired
    OrganisationDirectory directory;

    @Autowired
    TenantService tenants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void choicesAreTheTenantsActiveOrganisationsByName() {
        var magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        long tenant = magdeburg.id();
        long archived = jdbc.queryForObject(
                "insert into organisation (tenant_id, public_id, name, kind, description, status, created_at, updated_at,"
                        + " version) values (?, gen_random_uuid(), 'Aufgelöster Verein', 'ASSOCIATION', '', 'ARCHIVED',"
                        + " now(), now(), 0) returning id",
                Long.class,
                tenant);
        TenantContext.runAs(magdeburg, () -> {
            var choices = directory.choices();
            assertThat(choices)
                    .extracting(OrganisationDirectory.OrganisationRef::name)
                    .contains("Bürgerverein Neue Neustadt e.V.")
                    .doesNotContain("Aufgelöster Verein")
                    .isSortedAccordingTo(String::compareToIgnoreCase);
            assertThat(directory.find(archived))
                    .hasValueSatisfying(o -> assertThat(o.published()).isFalse());
            var buergerverein = choices.stream()
                    .filter(o -> o.name().equals("Bürgerverein Neue Neustadt e.V."))
                    .findFirst()
                    .orElseThrow();
            assertThat(buergerverein.published()).isTrue();
            assertThat(buergerverein.districtIds()).isNotEmpty();
        });
    }
}
