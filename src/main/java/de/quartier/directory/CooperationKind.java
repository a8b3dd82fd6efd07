package de.quartier.directory;

/** How two organisations work together. */
public enum CooperationKind {
    AGREEMENT,
    REFERRAL_PATH,
    JOINT_PROJECT,
    NETWORK;

    public String messageKey() {
        return "directory.cooperation." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
