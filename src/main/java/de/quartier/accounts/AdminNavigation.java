package de.quartier.accounts;

import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Staff see the tenant's administration as the last navigation entry. */
@Component
@Order(1000)
class AdminNavigation implements NavigationContributor {

    @Override
    public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
        if (user != null && (user.isStaffIn(tenant.id()) || user.isOperator())) {
            return List.of(new NavItem("/" + tenant.slug() + "/verwaltung", "accounts.nav.admin"));
        }
        return List.of();
    }
}
