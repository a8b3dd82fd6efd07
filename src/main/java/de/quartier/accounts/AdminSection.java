package de.quartier.accounts;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A card on a tenant's administration start page ({@code /{tenant}/verwaltung}). Any module adds its own
 * section by declaring a bean of this type, e.g. districts' "Stadtteile & Indikatoren":
 *
 * <pre>{@code @Bean AdminSection districtsSection() {
 *     return new AdminSection("/verwaltung/stadtteile", "districts.admin.title", "districts.admin.description");
 * }}</pre>
 *
 * A card is shown only to people who may open it: restrict it with {@link #visibleTo(Role...)} to the roles its
 * page admits, e.g. mentorships to coordinators and social workers (not to municipal admins, who may not read
 * newcomers' data).
 *
 * @param href path inside the tenant, e.g. {@code /verwaltung/personen}
 * @param labelKey message key of the card's title
 * @param descriptionKey message key of one sentence saying what is there
 * @param adminOnly shown only to municipal admins and operators (else to all staff of the tenant)
 * @param order position on the page, lower first; accounts uses 100–300
 * @param roles if not empty, the card is shown only to people with one of these roles (instead of {@code adminOnly})
 */
public record AdminSection(
        String href, String labelKey, String descriptionKey, boolean adminOnly, int order, Set<Role> roles) {

    public AdminSection {
        roles = Set.copyOf(roles);
    }

    public AdminSection(String href, String labelKey, String descriptionKey, boolean adminOnly, int order) {
        this(href, labelKey, descriptionKey, adminOnly, order, Set.of());
    }

    /** A section for all staff of the tenant, after the accounts sections. */
    public AdminSection(String href, String labelKey, String descriptionKey) {
        this(href, labelKey, descriptionKey, false, 500);
    }

    /** The same card, shown only to people with one of these roles. */
    public AdminSection visibleTo(Role first, Role... more) {
        return new AdminSection(href, labelKey, descriptionKey, adminOnly, order, EnumSet.of(first, more));
    }

    /** Whether someone sees the card, given whether they administer the tenant and which roles they have. */
    boolean shownTo(boolean tenantAdmin, Predicate<Role> has) {
        if (roles.isEmpty()) {
            return tenantAdmin || !adminOnly;
        }
        // operators administer a tenant without holding its admin role
        return roles.stream().anyMatch(r -> has.test(r) || (r == Role.MUNICIPAL_ADMIN && tenantAdmin));
    }
}
