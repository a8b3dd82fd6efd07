package de.quartier.accompaniment;

import de.quartier.accounts.AdminSection;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.accounts.Role;
import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Where accompaniment shows up elsewhere: a staff card and, for volunteers, a menu item to their requests. */
@Configuration(proxyBeanMethods = false)
class AccompanimentInAccounts {

    @Bean
    AdminSection accompanimentSection() {
        return new AdminSection(
                        "/verwaltung/begleitungen",
                        "accompaniment.admin.title",
                        "accompaniment.admin.description",
                        false,
                        75)
                .visibleTo(Role.COORDINATOR, Role.SOCIAL_WORKER);
    }

    @Bean
    @Order(175)
    NavigationContributor accompanimentNavigation() {
        return new NavigationContributor() {
            @Override
            public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
                if (user instanceof QuartierPrincipal p && p.hasRole(tenant.id(), Role.VOLUNTEER)) {
                    return List.of(new NavItem("/" + tenant.slug() + "/ehrenamt/begleitungen", "accompaniment.nav"));
                }
                return List.of();
            }
        };
    }
}
