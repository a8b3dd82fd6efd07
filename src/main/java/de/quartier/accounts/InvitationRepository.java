package de.quartier.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface InvitationRepository extends ListCrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    boolean existsByTenantIdAndEmailAndSelfIssuedTrueAndCreatedAtAfter(Long tenantId, String email, Instant after);

    List<Invitation> findByTenantIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(Long tenantId, Instant now);
}
