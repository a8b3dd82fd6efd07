package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo municipality Magdeburg, with one account per role, into an empty database. Only with the
 * {@code demo} profile: nowhere else does a default password exist. Other modules add their demo data when
 * they receive {@link TenantCreated} with {@code demo = true}.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty("quartier.demo.enabled")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "quartier-demo";

    static final String IMPRINT = """
            Demo-Installation von Quartier für die Landeshauptstadt Magdeburg. Alle Angaben sind Beispieldaten.

            Verantwortlich (Beispiel): Landeshauptstadt Magdeburg, Stabsstelle Sozialplanung, Alter Markt 6,             39104 Magdeburg. E-Mail: sozialplanung@magdeburg.example

            Diese Seite ist eine Vorführung und kein Angebot der Landeshauptstadt Magdeburg.""";

    static final String PRIVACY = """
            Diese Demo speichert nur, was Sie selbst eingeben. Beim Aufruf werden technisch notwendige Daten             (IP-Adresse, Zeitpunkt, aufgerufene Seite) für die Sicherheit des Betriebs verarbeitet             (Art. 6 Abs. 1 lit. e DSGVO) und nach 7 Tagen gelöscht.

            Cookies: ein Sitzungs-Cookie für die Anmeldung und ein Cookie für die gewählte Sprache.             Es gibt keine Analyse- oder Werbe-Cookies.

            Personenbezogene Daten von Neuzugewanderten sehen nur die Personen, die sie für ihre Aufgabe brauchen;             jeder Zugriff wird protokolliert.""";

    static final String ACCESSIBILITY = """
            Die Landeshauptstadt Magdeburg ist bemüht, diese Website im Einklang mit der             Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.

            Stand der Vereinbarkeit: Diese Website ist mit den Anforderungen der WCAG 2.1 auf Stufe AA             weitgehend vereinbar. Jede Seite wird automatisch mit axe-core geprüft.

            Feedback und Kontakt: Barrieren melden Sie bitte an barrierefreiheit@magdeburg.example.

            Schlichtungsverfahren: Bei nicht zufriedenstellenden Antworten können Sie sich an die             Schlichtungsstelle nach § 16 BGG wenden (www.schlichtungsstelle-bgg.de).""";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final TenantService tenants;
    private final TenantRepository tenantRows;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DemoAccounts(
            TenantService tenants,
            TenantRepository tenantRows,
            AccountRepository accounts,
            MembershipRepository memberships,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.tenants = tenants;
        this.tenantRows = tenantRows;
        this.accounts = accounts;
        this.memberships = memberships;
        this.encoder = encoder;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!tenants.isEmpty()) {
            return;
        }
        log.info("Empty database: loading the Magdeburg demo");
        String hash = encoder.encode(PASSWORD);
        // Hibernate fixes a session's tenant when the session opens, so tenant-owned rows are written in a
        // second transaction that starts inside the new tenant's context.
        TenantInfo magdeburg = tx.execute(status -> {
            account("operator@quartier.example", "Betrieb Quartier", hash).operator(true);
            TenantInfo created =
                    tenants.insert(new TenantService.NewTenant("Magdeburg", "magdeburg", "Europe/Berlin", "de"), true);
            tenantRows.findById(created.id()).orElseThrow().legalTexts(IMPRINT, PRIVACY, ACCESSIBILITY);
            return created;
        });
        try {
            TenantContext.runAs(
                    magdeburg,
                    () -> tx.executeWithoutResult(status -> {
                        member("admin@magdeburg.example", "Sozialplanung Magdeburg", hash, Role.MUNICIPAL_ADMIN);
                        member(
                                "qm.neustadt@magdeburg.example",
                                "Quartiersmanagement Neustadt",
                                hash,
                                Role.DISTRICT_MANAGER);
                        member("koordination@magdeburg.example", "Engagementkoordination", hash, Role.COORDINATOR);
                        member(
                                "traeger@magdeburg.example",
                                "Redaktion Bürgerverein Neue Neustadt",
                                hash,
                                Role.ORGANISATION_EDITOR);
                        member("sozialarbeit@magdeburg.example", "Sozialarbeit Nord", hash, Role.SOCIAL_WORKER);
                        member("ehrenamt@magdeburg.example", "Patin Anna Beispiel", hash, Role.VOLUNTEER);
                        member("ehrenamt2@magdeburg.example", "Pate Jonas Beispiel", hash, Role.VOLUNTEER);
                        member("jury@magdeburg.example", "Jury Verfügungsfonds", hash, Role.JURY_MEMBER);
                        events.publishEvent(new TenantCreated(magdeburg.id(), magdeburg.slug(), true));
                    }));
        } catch (RuntimeException e) {
            // leave an empty database, so the next start tries again
            tx.executeWithoutResult(status -> {
                accounts.deleteAll();
                tenants.delete(magdeburg.id());
            });
            throw e;
        }
    }

    private Account account(String email, String name, String hash) {
        Account account = new Account(email, name);
        account.passwordHash(hash);
        return accounts.save(account);
    }

    private void member(String email, String name, String hash, Role role) {
        Account account = account(email, name, hash);
        memberships.save(new Membership(account.id(), role));
    }
}
