package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may do with accounts. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;

    AccountService(AccountRepository accounts, MembershipRepository memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    /** Adds districts to the scope of a person's role in the current tenant. */
    @Transactional
    public void grantDistrictScope(String email, Role role, Set<Long> districtIds) {
        TenantContext.require();
        Account account = accounts.findByEmail(email).orElseThrow(() -> new IllegalArgumentException(email));
        Membership membership = memberships
                .findByUserIdAndRole(account.id(), role)
                .orElseThrow(() -> new IllegalArgumentException(email + " has no role " + role));
        membership.districtIds().addAll(districtIds);
    }

    /** Adds organisations to the scope of a person's role in the current tenant (organisation editors). */
    @Transactional
    public void grantOrganisationScope(String email, Role role, Set<Long> organisationIds) {
        TenantContext.require();
        Account account = accounts.findByEmail(email).orElseThrow(() -> new IllegalArgumentException(email));
        Membership membership = memberships
                .findByUserIdAndRole(account.id(), role)
                .orElseThrow(() -> new IllegalArgumentException(email + " has no role " + role));
        membership.organisationIds().addAll(organisationIds);
    }
}
