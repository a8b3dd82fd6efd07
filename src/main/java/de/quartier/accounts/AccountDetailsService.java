package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads an account with its roles in every tenant, for login. */
@Service
class AccountDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final MembershipRepository memberships;

    AccountDetailsService(AccountRepository accounts, MembershipRepository memberships) {
        this.accounts = accounts;
        this.memberships = memberships;
    }

    @Override
    public QuartierPrincipal loadUserByUsername(String email) {
        Account account = accounts.findByEmail(email.trim()).orElseThrow(() -> new UsernameNotFoundException(email));
        return principalOf(account);
    }

    QuartierPrincipal principalOf(Account account) {
        List<Grant> grants = TenantContext.callAcrossTenants(() -> memberships.findByUserId(account.id()).stream()
                .map(Membership::grant)
                .toList());
        return new QuartierPrincipal(
                account.id(),
                account.email(),
                account.displayName(),
                account.passwordHash(),
                account.enabled(),
                account.operator(),
                grants);
    }
}
