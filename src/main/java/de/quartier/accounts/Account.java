package de.quartier.accounts;

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
}
