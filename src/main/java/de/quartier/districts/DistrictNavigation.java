package de.quartier.districts;

import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Everyone sees the districts and their social monitoring. */
@Component
@Order(100)
class DistrictNavigation implements NavigationContributor {

    @Override
    public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
        return List.of(new NavItem("/" + tenant.slug() + "/stadtteile", "districts.nav"));
    }
}
