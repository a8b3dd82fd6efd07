package de.quartier.matching;

import de.quartier.accounts.TenantService;
import de.quartier.districts.DistrictService;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People of a test's own: each pair speaks a made-up language nobody else speaks, so matching over the whole demo
 * tenant can only pair them with each other.
 */
final class MatchingFixtures {

    final TenantService tenants;
    final DistrictService districts;
    final VolunteerRepository volunteers;
    final NewcomerRepository newcomers;
    final ConsentRepository consents;
    final TransactionTemplate tx;

    MatchingFixtures(ApplicationContext context) {
        this.tenants = context.getBean(TenantService.class);
        this.districts = context.getBean(DistrictService.class);
        this.volunteers = context.getBean(VolunteerRepository.class);
        this.newcomers = context.getBean(NewcomerRepository.class);
        this.consents = context.getBean(ConsentRepository.class);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    static String unique() {
        // letters only (names are checked as text), always eight of them: a–p from the hex digits of a UUID
        String hex = UUID.randomUUID().toString().replace("-", "");
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + Character.digit(hex.charAt(i), 16)));
        }
        return letters.toString();
    }

    long district(String slug) {
        return TenantContext.callAs(
                magdeburg(),
                () -> districts.list().stream()
                        .filter(d -> d.slug().equals(slug))
                        .findFirst()
                        .orElseThrow()
                        .id());
    }

    long volunteer(String name, String language, String email) {
        long district = district("neue-neustadt");
        return TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(s -> {
                    Volunteer v = new Volunteer(email, name);
                    v.profile(
                            null,
                            Profiles.languages("de " + language + ":C1"),
                            district,
                            10,
                            Set.of("MO_PM"),
                            Set.of(),
                            Set.of(Profiles.Help.GERMAN),
                            null,
                            null,
                            1);
                    return volunteers.save(v).id();
                }));
    }

    long newcomer(String name, String language, boolean consent) {
        long district = district("alte-neustadt");
        return TenantContext.callAs(
                magdeburg(),
                () -> tx.execute(s -> {
                    Newcomer n = new Newcomer(name, "0176 000000", "ar", "koordination@magdeburg.example");
                    n.profile(
                            Profiles.languages(language),
                            district,
                            null,
                            false,
                            Set.of(Profiles.Help.GERMAN),
                            Set.of("MO_PM"),
                            null,
                            null);
                    newcomers.save(n);
                    if (consent) {
                        consents.save(new Consent(
                                n.id(),
                                Consent.Purpose.MATCHING,
                                Consent.TEXT_VERSION,
                                Instant.now(),
                                "koordination@magdeburg.example"));
                    }
                    return n.id();
                }));
    }

    /** A volunteer and a newcomer who can only be matched with each other: {volunteerId, newcomerId}. */
    long[] pair(String volunteerName, String newcomerName) {
        String language = "q" + unique().substring(0, 1) + unique().substring(0, 1);
        String lang = language + unique(); // codes are free text in storage; forms offer only the known ones
        return new long[] {
            volunteer(volunteerName, lang, unique() + "@ehrenamt-test.example"), newcomer(newcomerName, lang, true)
        };
    }

    List<Long> ids(long... ids) {
        return java.util.Arrays.stream(ids).boxed().toList();
    }
}
