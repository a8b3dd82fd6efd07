package de.quartier.directory;

/** What kind of actor an organisation is; the message key {@code directory.kind.<name>} names it. */
public enum OrganisationKind {
    WELFARE,
    ASSOCIATION,
    INITIATIVE,
    AUTHORITY,
    SCHOOL,
    KITA,
    JOBCENTER,
    MIGRATION_SERVICE,
    WELCOME_ALLIANCE,
    RELIGIOUS_COMMUNITY,
    EDUCATION_PROVIDER,
    HOUSING_COMPANY,
    COMPANY,
    OTHER;

    public String messageKey() {
        return "directory.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
