package de.quartier.directory;

/** Lifecycle of an organisation or offer: self-registered entries wait for approval, archived ones are hidden. */
public enum EntryStatus {
    PENDING,
    PUBLISHED,
    ARCHIVED;

    public String messageKey() {
        return "directory.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
