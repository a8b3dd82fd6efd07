package de.quartier.directory;

/** Whom an offer is for. */
public enum TargetGroup {
    EVERYONE,
    CHILDREN,
    YOUTH,
    FAMILIES,
    WOMEN,
    SENIORS,
    NEWCOMERS,
    UNEMPLOYED,
    DISABLED;

    public String messageKey() {
        return "directory.group." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
