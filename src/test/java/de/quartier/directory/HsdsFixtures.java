package de.quartier.directory;

import de.quartier.accounts.TenantService;
import de.quartier.accounts.TestAccessTokens;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Directory entries, tenants and people of the open-data tests' own, under unique names. */
final class HsdsFixtures {

    static final String PASSWORD = "Offene-Daten-fuer-alle-2026";

    final TenantService tenants;
    final OrganisationRepository organisations;
    final LocationRepository locations;
    final OfferRepository offers;
    final ActionFieldRepository actionFields;
    final TransactionTemplate tx;
    final JdbcTemplate jdbc;
    final PasswordEncoder encoder;

    private final ApplicationContext context;

    HsdsFixtures(ApplicationContext context) {
        this.context = context;
        this.tenants = context.getBean(TenantService.class);
        this.organisations = context.getBean(OrganisationRepository.class);
        this.locations = context.getBean(LocationRepository.class);
        this.offers = context.getBean(OfferRepository.class);
        this.actionFields = context.getBean(ActionFieldRepository.class);
        this.tx = context.getBean(TransactionTemplate.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.encoder = context.getBean(PasswordEncoder.class);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    /** An empty tenant (no districts, default action fields) whose staff need no second factor. */
    TenantInfo emptyTenant() {
        String slug = "leer-" + UUID.randomUUID().toString().substring(0, 8);
        TenantInfo t = tenants.create(new TenantService.NewTenant("Leerstadt " + slug, slug, "Europe/Berlin", "de"));
        jdbc.update("update tenant set require_staff_two_factor = false where id = ?", t.id());
        return t;
    }

    /** A person with {@link #PASSWORD} and one role in the tenant. */
    String person(TenantInfo tenant, String role) {
        String email = "opendata-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        Long id = jdbc.queryForObject(
                "insert into app_user (email, display_name, password_hash) values (?, ?, ?) returning id",
                Long.class,
                email,
                "Test " + email,
                encoder.encode(PASSWORD));
        jdbc.update("insert into membership (tenant_id, user_id, role) values (?, ?, ?)", tenant.id(), id, role);
        return email;
    }

    String token(String email) {
        return TestAccessTokens.issue(context, email);
    }

    record Created(UUID organisation, UUID location, UUID offer, UUID archivedOffer, UUID archivedOrganisation) {}

    /** A published organisation with a location, a published and an archived offer, and an archived organisation. */
    Created directory(TenantInfo tenant, String name) {
        return TenantContext.callAs(
                tenant,
                () -> tx.execute(status -> {
                    Location l = new Location(name + " Treffpunkt");
                    l.update(name + " Treffpunkt", "Lübecker Straße 10", "39124", "Magdeburg", null, 52.1576, 11.6310);
                    l = locations.save(l);
                    Organisation o = new Organisation(name, OrganisationKind.ASSOCIATION, EntryStatus.PUBLISHED);
                    o.update(
                            name,
                            OrganisationKind.ASSOCIATION,
                            "Verein für " + name,
                            "www.example.org",
                            "info@example.org",
                            "0391 123456",
                            "Erika Muster");
                    o.locations().add(l);
                    o = organisations.save(o);
                    Offer s = new Offer(o, name + " Deutschkurs", Cost.FREE, AccessMode.WALK_IN, EntryStatus.PUBLISHED);
                    s.update(
                            name + " Deutschkurs",
                            "Deutsch für Anfängerinnen",
                            Cost.FREE,
                            null,
                            AccessMode.WALK_IN,
                            "Rollstuhlgerecht",
                            "in den Ferien geschlossen",
                            "Erika Muster",
                            "kurs@example.org",
                            "0391 654321",
                            "https://example.org/kurs");
                    s.languages().addAll(List.of("de", "ar"));
                    s.targetGroups().addAll(List.of(TargetGroup.WOMEN, TargetGroup.NEWCOMERS));
                    actionFields.findAll().stream()
                            .filter(f -> f.code().equals("integration"))
                            .forEach(s.actionFields()::add);
                    s.schedule().add(new ScheduleSlot(1, LocalTime.of(9, 0), LocalTime.of(12, 0)));
                    s.schedule().add(new ScheduleSlot(3, LocalTime.of(14, 0), LocalTime.of(17, 30)));
                    s.locations().add(l);
                    s = offers.save(s);
                    Offer archived =
                            new Offer(o, name + " Altkurs", Cost.FEE, AccessMode.APPOINTMENT, EntryStatus.ARCHIVED);
                    archived = offers.save(archived);
                    Organisation gone = organisations.save(
                            new Organisation(name + " Aufgelöst", OrganisationKind.INITIATIVE, EntryStatus.ARCHIVED));
                    return new Created(o.publicId(), l.publicId(), s.publicId(), archived.publicId(), gone.publicId());
                }));
    }
}
