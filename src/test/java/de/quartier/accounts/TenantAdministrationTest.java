package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** A tenant's administration: only its admins see people, audit log and outbox; role changes are audited. */
@QuartierTest
class TenantAdministrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TenantService tenants;

    @Autowired
    AccountRepository accounts;

    @Autowired
    MembershipRepository memberships;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailService mail;

    Fixtures fixtures;
    TenantInfo magdeburg;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(tenants, accounts, memberships, encoder, tx);
        magdeburg = fixtures.magdeburg();
    }

    WebClient signedIn(String email) throws Exception {
        return new WebClient(port).login(email, Fixtures.PASSWORD);
    }

    @Test
    void adminsOfOneTenantCannotSeeAnotherTenantsPeopleAuditOrOutbox() throws Exception {
        TenantInfo other = fixtures.newTenant("fremd");
        String otherAdmin = Fixtures.unique("fremdadmin") + "@example.org";
        fixtures.person(other, otherAdmin, Set.of(), Role.MUNICIPAL_ADMIN);
        String secretSubject = "Vertraulich " + Fixtures.unique("mail");
        TenantContext.runAs(other, () -> mail.send(otherAdmin, secretSubject, "geheim"));
        long otherMail =
                jdbc.queryForObject("select id from mail_message where subject = ?", Long.class, secretSubject);

        String admin = Fixtures.unique("admin") + "@magdeburg.example";
        fixtures.person(magdeburg, admin, Set.of(), Role.MUNICIPAL_ADMIN);
        WebClient web = signedIn(admin);

        for (String path :
                List.of("/verwaltung", "/verwaltung/personen", "/verwaltung/protokoll", "/verwaltung/postausgang")) {
            assertThat(web.get("/" + other.slug() + path).statusCode()).as(path).isEqualTo(403);
        }
        var people = web.get("/magdeburg/verwaltung/personen");
        assertThat(people.statusCode()).isEqualTo(200);
        assertThat(people.body())
                .contains(admin)
                .contains("qm.neustadt@magdeburg.example")
                .doesNotContain(otherAdmin);
        var outbox = web.get("/magdeburg/verwaltung/postausgang");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).doesNotContain(secretSubject);
        assertThat(web.get("/magdeburg/verwaltung/postausgang/" + otherMail).statusCode())
                .isEqualTo(404);
        var audit = web.get("/magdeburg/verwaltung/protokoll?email=" + otherAdmin);
        assertThat(audit.statusCode()).isEqualTo(200);
        assertThat(audit.body()).doesNotContain(otherAdmin + "</td>");
        // another tenant's person is not found through this tenant's URL either
        long otherAdminId = accounts.findByEmail(otherAdmin).orElseThrow().id();
        assertThat(web.get("/magdeburg/verwaltung/personen/" + otherAdminId).statusCode())
                .isEqualTo(404);
    }

    @Test
    void districtManagersSeeTheAdministrationButNotPeopleAuditOrOutbox() throws Exception {
        String manager = Fixtures.unique("qm") + "@magdeburg.example";
        fixtures.person(magdeburg, manager, Set.of(1L), Role.DISTRICT_MANAGER);
        WebClient web = signedIn(manager);

        var home = web.get("/magdeburg/verwaltung");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("/magdeburg/verwaltung/personen");
        assertThat(web.get("/magdeburg/verwaltung/personen").statusCode()).isEqualTo(403);
        assertThat(web.get("/magdeburg/verwaltung/protokoll").statusCode()).isEqualTo(403);
        assertThat(web.get("/magdeburg/verwaltung/postausgang").statusCode()).isEqualTo(403);
        var invite = web.post(
                "/magdeburg/verwaltung/personen/einladen",
                "/magdeburg/verwaltung",
                Map.of("email", "x@example.org", "name", "X", "role", "MUNICIPAL_ADMIN"));
        assertThat(invite.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from invitation where email = 'x@example.org'", Integer.class))
                .isZero();
    }

    @Test
    void adminChangesRolesAuditedAndCannotDropOwnAdminRole() throws Exception {
        String admin = Fixtures.unique("chef") + "@magdeburg.example";
        long adminId = fixtures.person(magdeburg, admin, Set.of(), Role.MUNICIPAL_ADMIN);
        String worker = Fixtures.unique("mitarbeit") + "@magdeburg.example";
        long workerId = fixtures.person(magdeburg, worker, Set.of(), Role.COORDINATOR);
        WebClient web = signedIn(admin);

        var home = web.get("/magdeburg/verwaltung");
        assertThat(home.body())
                .contains("/magdeburg/verwaltung/personen")
                .contains("/magdeburg/verwaltung/protokoll")
                .contains("/magdeburg/verwaltung/postausgang");

        String personPath = "/magdeburg/verwaltung/personen/" + workerId;
        assertThat(web.get(personPath).statusCode()).isEqualTo(200);
        var changed = web.post(
                personPath, personPath, List.of(Map.entry("roles", "COORDINATOR"), Map.entry("roles", "JURY_MEMBER")));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(fixtures.hasRole(magdeburg, workerId, Role.JURY_MEMBER)).isTrue();
        String detail = jdbc.queryForObject(
                "select detail from audit_entry where action = ? and subject like ? order by id desc limit 1",
                String.class,
                AuditLog.ROLE_CHANGED,
                "user:" + workerId + " %");
        assertThat(detail).isEqualTo("before=[COORDINATOR]; after=[COORDINATOR, JURY_MEMBER]");

        var removed =
                web.post(personPath + "/rollen/COORDINATOR/entfernen", "/magdeburg/verwaltung/personen", Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(fixtures.hasRole(magdeburg, workerId, Role.COORDINATOR)).isFalse();
        assertThat(fixtures.hasRole(magdeburg, workerId, Role.JURY_MEMBER)).isTrue();

        // own admin role: neither removal nor an edit without it goes through
        var own = web.post(
                "/magdeburg/verwaltung/personen/" + adminId + "/rollen/MUNICIPAL_ADMIN/entfernen",
                "/magdeburg/verwaltung/personen",
                Map.of());
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(web.get("/magdeburg/verwaltung/personen").body()).contains("nicht entfernen");
        var ownEdit = web.post(
                "/magdeburg/verwaltung/personen/" + adminId,
                "/magdeburg/verwaltung/personen/" + adminId,
                List.of(Map.entry("roles", "COORDINATOR")));
        assertThat(ownEdit.statusCode()).isEqualTo(200);
        assertThat(ownEdit.body()).contains("nicht entfernen");
        assertThat(fixtures.hasRole(magdeburg, adminId, Role.MUNICIPAL_ADMIN)).isTrue();
        assertThat(fixtures.hasRole(magdeburg, adminId, Role.COORDINATOR)).isFalse();

        var badRole = web.post(personPath, personPath, List.of(Map.entry("roles", "OPERATOR")));
        assertThat(badRole.statusCode()).isEqualTo(200);
        assertThat(fixtures.hasRole(magdeburg, workerId, Role.JURY_MEMBER)).isTrue();

        // the tenant's audit log shows the change, filtered by action
        var audit = web.get("/magdeburg/verwaltung/protokoll?action=role.changed&email=" + admin);
        assertThat(audit.body()).contains("user:" + workerId).contains("after=[COORDINATOR, JURY_MEMBER]");
    }

    @Test
    void adminInvitesAPersonWhoAppearsAsOpenInvitationWithAMail() throws Exception {
        String admin = Fixtures.unique("einlader") + "@magdeburg.example";
        fixtures.person(magdeburg, admin, Set.of(), Role.MUNICIPAL_ADMIN);
        WebClient web = signedIn(admin);
        String invitee = Fixtures.unique("gast") + "@example.org";

        var bad = web.post(
                "/magdeburg/verwaltung/personen/einladen",
                "/magdeburg/verwaltung/personen",
                Map.of("email", "keine-adresse", "name", "", "role", "COORDINATOR"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("gültige E-Mail-Adresse").contains("aria-invalid=\"true\"");

        var operatorRole = web.post(
                "/magdeburg/verwaltung/personen/einladen",
                "/magdeburg/verwaltung/personen",
                Map.of("email", invitee, "name", "Gast", "role", "OPERATOR"));
        assertThat(operatorRole.statusCode()).isEqualTo(200);

        var ok = web.post(
                "/magdeburg/verwaltung/personen/einladen",
                "/magdeburg/verwaltung/personen",
                Map.of("email", invitee, "name", "Gast Freundlich", "role", "COORDINATOR"));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from invitation where email = ?", Integer.class, invitee))
                .isEqualTo(1);
        assertThat(web.get("/magdeburg/verwaltung/personen").body()).contains(invitee);
        var outbox = web.get("/magdeburg/verwaltung/postausgang");
        assertThat(outbox.body()).contains(invitee);
    }
}
