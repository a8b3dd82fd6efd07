package de.quartier.accounts;

/** What a person may do in a tenant. The scope (districts, organisations) sits on the membership. */
public enum Role {
    /** Runs the installation: creates tenants, sees health. Not bound to a tenant. */
    OPERATOR,
    /** Sozialplanung: districts, indicators, users and reports of one municipality. */
    MUNICIPAL_ADMIN,
    /** Quartiersmanagement of one or more districts. */
    DISTRICT_MANAGER,
    /** Maintains the entries of its own organisations (Träger). */
    ORGANISATION_EDITOR,
    /** Engagement and education coordination: mentorships, courses, accompaniment. */
    COORDINATOR,
    /** Social worker or shelter manager with an own caseload. */
    SOCIAL_WORKER,
    VOLUNTEER,
    /** Votes on neighbourhood-fund applications. */
    JURY_MEMBER;

    public boolean isStaff() {
        return this != VOLUNTEER;
    }

    public String messageKey() {
        return "accounts.role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
