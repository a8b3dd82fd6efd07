package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates tenants and people of a test's own, under unique names, so tests never share data. */
record Fixtures(
        TenantService tenants,
        AccountRepository accounts,
        MembershipRepository memberships,
        PasswordEncoder encoder,
        TransactionTemplate tx) {

    static final String PASSWORD = "Lange-Test-Passphrase-42";

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    TenantInfo magdeburg() {
        return tenants.bySlug("magdeburg").orElseThrow();
    }

    TenantInfo newTenant(String prefix) {
        String slug = unique(prefix);
        return tenants.create(new TenantService.NewTenant("Testkommune " + slug, slug, "Europe/Berlin", "de"));
    }

    /** A person with a password and the given roles in the tenant; returns the account id. */
    long person(TenantInfo tenant, String email, Set<Long> districts, Role... roles) {
        Account account = tx.execute(s -> {
            Account a = new Account(email, "Test " + email);
            a.passwordHash(encoder.encode(PASSWORD));
            return accounts.save(a);
        });
        TenantContext.runAs(
                tenant,
                () -> tx.executeWithoutResult(s -> {
                    for (Role role : roles) {
                        Membership m = new Membership(account.id(), role);
                        if (role == Role.DISTRICT_MANAGER) {
                            m.districtIds().addAll(districts);
                        }
                        memberships.save(m);
                    }
                }));
        return account.id();
    }

    boolean hasRole(TenantInfo tenant, long userId, Role role) {
        return TenantContext.callAs(
                tenant,
                () -> tx.execute(
                        s -> memberships.findByUserIdAndRole(userId, role).isPresent()));
    }
}
