package de.quartier.matching;

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

/**
 * Where matching shows up elsewhere: a card on the staff administration page, the public menu item and, for
 * volunteers, their own area.
 */
@Configuration(proxyBeanMethods = false)
class MatchingInAccounts {

    @Bean
    AdminSection matchingSection() {
        return new AdminSection(
                        "/verwaltung/patenschaften", "matching.admin.title", "matching.admin.description", false, 70)
                .visibleTo(Role.COORDINATOR, Role.SOCIAL_WORKER);
    }

    @Bean
    @Order(170)
    NavigationContributor matchingNavigation() {
        return new NavigationContributor() {
            @Override
            public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
                NavItem request = new NavItem("/" + tenant.slug() + "/patenschaft", "matching.request.nav");
                if (user instanceof QuartierPrincipal p && p.hasRole(tenant.id(), Role.VOLUNTEER)) {
                    return List.of(
                            request, new NavItem("/" + tenant.slug() + "/ehrenamt", "matching.public.volunteer"));
                }
                if (user == null) {
                    return List.of(
                            request,
                            new NavItem("/" + tenant.slug() + "/ehrenamt/registrieren", "matching.public.signup.nav"));
                }
                return List.of(request);
            }
        };
    }
}
