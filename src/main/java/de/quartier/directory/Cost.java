package de.quartier.directory;

/** What taking part costs. */
public enum Cost {
    FREE,
    REDUCED,
    FEE;

    public String messageKey() {
        return "directory.cost." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
