package de.quartier.directory;

/** How to get in: just come, make an appointment, or be referred by someone. */
public enum AccessMode {
    WALK_IN,
    APPOINTMENT,
    REFERRAL;

    public String messageKey() {
        return "directory.access." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
