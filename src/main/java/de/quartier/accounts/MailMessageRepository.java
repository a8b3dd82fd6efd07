package de.quartier.accounts;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

interface MailMessageRepository extends ListCrudRepository<MailMessage, Long> {

    List<MailMessage> findByTenantIdOrderByCreatedAtDesc(Long tenantId, Pageable page);

    List<MailMessage> findAllByOrderByCreatedAtDesc(Pageable page);
}
