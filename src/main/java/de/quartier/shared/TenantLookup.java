package de.quartier.shared;

import java.util.Optional;

/** Finds tenants by their URL slug. Implemented by the accounts module, which owns tenants. */
public interface TenantLookup {

    Optional<TenantInfo> bySlug(String slug);
}
