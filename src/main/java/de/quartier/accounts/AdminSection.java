package de.quartier.accounts;

/**
 * A card on a tenant's administration start page ({@code /{tenant}/verwaltung}). Any module adds its own
 * section by declaring a bean of this type, e.g. districts' "Stadtteile & Indikatoren":
 *
 * <pre>{@code @Bean AdminSection districtsSection() {
 *     return new AdminSection("/verwaltung/stadtteile", "districts.admin.title", "districts.admin.description");
 * }}</pre>
 *
 * @param href path inside the tenant, e.g. {@code /verwaltung/personen}
 * @param labelKey message key of the card's title
 * @param descriptionKey message key of one sentence saying what is there
 * @param adminOnly shown only to municipal admins and operators (else to all staff of the tenant)
 * @param order position on the page, lower first; accounts uses 100–300
 */
public record AdminSection(String href, String labelKey, String descriptionKey, boolean adminOnly, int order) {

    /** A section for all staff of the tenant, after the accounts sections. */
    public AdminSection(String href, String labelKey, String descriptionKey) {
        this(href, labelKey, descriptionKey, false, 500);
    }
}
