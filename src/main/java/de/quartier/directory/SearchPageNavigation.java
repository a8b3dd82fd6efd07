package de.quartier.directory;

import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Everyone sees the search for offers ("Angebote"). */
@Component
@Order(150)
class SearchPageNavigation implements NavigationContributor {

    @Override
    public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
        return List.of(new NavItem("/" + tenant.slug() + "/angebote", "directory.search.nav"));
    }
}
