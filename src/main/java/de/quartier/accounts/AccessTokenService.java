package de.quartier.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Personal access tokens: created for the signed-in person, shown once, checked on every API request. */
@Service
class AccessTokenService {

    /** Expiry dates are whole days; a token stays valid until the end of its last day, German time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final AccountDetailsService details;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    AccessTokenService(
            AccessTokenRepository tokens,
            AccountRepository accounts,
            AccountDetailsService details,
            AuditLog audit,
            TransactionTemplate tx) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.details = details;
        this.audit = audit;
        this.tx = tx;
    }

    record Created(long id, String token) {}

    @Transactional
    Created create(long userId, String name, @Nullable LocalDate lastDay) {
        String raw = AccessToken.PREFIX + SecretTokens.random();
        Instant expires =
                lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZONE).toInstant();
        AccessToken token = tokens.save(new AccessToken(userId, name, SecretTokens.sha256(raw), expires));
        audit.record("token.created", "token:" + token.id(), token.name());
        return new Created(token.id(), raw);
    }

    @Transactional(readOnly = true)
    List<AccessToken> of(long userId) {
        return tokens.findByUserIdOrderByCreatedAtDesc(userId);
    }

    /** Revokes one of the person's own tokens; someone else's token counts as not found. */
    @Transactional
    boolean revoke(long userId, long tokenId) {
        Optional<AccessToken> token = tokens.findByIdAndUserId(tokenId, userId);
        token.ifPresent(t -> {
            t.revoke(Instant.now());
            audit.record("token.revoked", "token:" + t.id(), t.name());
        });
        return token.isPresent();
    }

    /**
     * The principal a bearer token stands for, if the token is known, not revoked, not expired. Deliberately not
     * one transaction: the principal's roles are read across tenants, which needs a session of its own.
     */
    Optional<QuartierPrincipal> authenticate(String raw) {
        if (!raw.startsWith(AccessToken.PREFIX) || raw.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<Long> userId = tx.execute(status -> {
            Optional<AccessToken> token =
                    tokens.findByTokenHash(SecretTokens.sha256(raw)).filter(t -> t.usable(now));
            token.ifPresent(t -> tokens.touch(t.id(), now));
            return token.map(AccessToken::userId);
        });
        return userId.flatMap(accounts::findById).filter(Account::enabled).map(details::principalOf);
    }
}
