package de.quartier.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A module adds its entries to a tenant's main navigation. Beans are asked in {@code @Order}. */
public interface NavigationContributor {

    List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user);
}
