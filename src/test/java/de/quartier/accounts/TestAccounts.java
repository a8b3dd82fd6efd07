package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates accounts of the tests' own, so no test changes the demo accounts others sign in with. */
final class TestAccounts {

    static final String PASSWORD = "Lange-Wege-zum-Stadtteilbüro-7";

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final TenantService tenants;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;

    TestAccounts(ApplicationContext context) {
        this.accounts = context.getBean(AccountRepository.class);
        this.memberships = context.getBean(MembershipRepository.class);
        this.tenants = context.getBean(TenantService.class);
        this.encoder = context.getBean(PasswordEncoder.class);
        this.tx = context.getBean(TransactionTemplate.class);
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    /** A new tenant that requires two factors of its staff (as every tenant but the demo does). */
    TenantInfo strictTenant() {
        String slug = "streng-" + UUID.randomUUID().toString().substring(0, 8);
        return tx.execute(status -> tenants.insert(
                new TenantService.NewTenant("Strenge Stadt " + slug, slug, "Europe/Berlin", "de"), false));
    }

    /** An account with {@link #PASSWORD} and one role in the tenant. */
    long create(String email, Role role, TenantInfo tenant) {
        Account account = tx.execute(status -> {
            Account a = new Account(email, "Test " + email);
            a.passwordHash(encoder.encode(PASSWORD));
            return accounts.save(a);
        });
        TenantContext.runAs(
                tenant, () -> tx.executeWithoutResult(status -> memberships.save(new Membership(account.id(), role))));
        return account.id();
    }

    long create(String email, Role role) {
        return create(email, role, magdeburg());
    }
}
