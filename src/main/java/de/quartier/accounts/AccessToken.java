package de.quartier.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal access token for the API. Global like the account it belongs to; only its hash is stored. */
@Entity
class AccessToken {

    static final String PREFIX = "qrt_";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;
    private String name;
    private String tokenHash;
    private Instant createdAt = Instant.now();
    private @Nullable Instant lastUsedAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant revokedAt;

    protected AccessToken() {}

    AccessToken(Long userId, String name, String tokenHash, @Nullable Instant expiresAt) {
        this.userId = userId;
        this.name = name.trim();
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt;
    }

    Long id() {
        return id;
    }

    Long userId() {
        return userId;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant lastUsedAt() {
        return lastUsedAt;
    }

    @Nullable
    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
