package de.quartier.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TenantRepository extends ListCrudRepository<Tenant, Long> {

    @Query("select t from Tenant t where lower(t.slug) = lower(?1)")
    Optional<Tenant> findBySlug(String slug);

    List<Tenant> findAllByOrderByNameAsc();
}
