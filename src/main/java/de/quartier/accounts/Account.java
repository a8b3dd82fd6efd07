package de.quartier.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who can sign in. Global: one account can hold roles in several tenants. */
@Entity
@Table(name = "app_user")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private @Nullable String passwordHash;
    private boolean enabled = true;
    private boolean operator;
    private Instant createdAt = Instant.now();

    // Written only by LoginThrottle and TwoFactorService with row-level SQL (atomic counters and the
    // replay guard), so a stale entity can never overwrite them.
    @Column(insertable = false, updatable = false)
    private int failedLoginCount;

    @Column(insertable = false, updatable = false)
    private @Nullable Instant lockedUntil;

    @Column(insertable = false, updatable = false)
    private @Nullable Long totpLastStep;

    private @Nullable String totpSecret;
    private @Nullable Instant totpEnabledAt;

    @Version
    private long version;

    protected Account() {}

    Account(String email, String displayName) {
        this.email = email.trim().toLowerCase(java.util.Locale.ROOT);
        this.displayName = displayName;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    void displayName(String displayName) {
        this.displayName = displayName;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    void passwordHash(String hash) {
        this.passwordHash = hash;
    }

    boolean enabled() {
        return enabled;
    }

    void enabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean operator() {
        return operator;
    }

    void operator(boolean operator) {
        this.operator = operator;
    }

    Instant createdAt() {
        return createdAt;
    }

    int failedLoginCount() {
        return failedLoginCount;
    }

    @Nullable
    Instant lockedUntil() {
        return lockedUntil;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    @Nullable
    Long totpLastStep() {
        return totpLastStep;
    }

    @Nullable
    String totpSecret() {
        return totpSecret;
    }

    @Nullable
    Instant totpEnabledAt() {
        return totpEnabledAt;
    }

    boolean twoFactorEnabled() {
        return totpSecret != null && totpEnabledAt != null;
    }

    void enableTwoFactor(String secret, Instant at) {
        this.totpSecret = secret;
        this.totpEnabledAt = at;
    }

    void disableTwoFactor() {
        this.totpSecret = null;
        this.totpEnabledAt = null;
    }
}
