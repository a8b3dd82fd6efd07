package de.quartier.directory;

import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Everyone can browse the organisations A to Z. */
@Component
@Order(210)
class OrganisationNavigation implements NavigationContributor {

    @Override
    public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
        return List.of(new NavItem("/" + tenant.slug() + "/organisationen", "directory.public.navOrganisations"));
    }
}
