package de.quartier.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<Membership, Long> {

    /** Inside a tenant: that tenant's roles of the user. Across tenants ({@code callAcrossTenants}): all. */
    List<Membership> findByUserId(Long userId);

    Optional<Membership> findByUserIdAndRole(Long userId, Role role);
}
