package de.quartier.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccessTokenRepository extends ListCrudRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByUserIdOrderByCreatedAtDesc(Long userId);

    Optional<AccessToken> findByIdAndUserId(Long id, Long userId);

    @Modifying
    @Query("update AccessToken t set t.lastUsedAt = ?2 where t.id = ?1")
    void touch(Long id, Instant when);
}
