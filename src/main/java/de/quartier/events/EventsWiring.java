package de.quartier.events;

import de.quartier.accounts.AdminSection;
import de.quartier.accounts.Role;
import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** Where events appear elsewhere: the public menu item and the card on the staff administration page. */
@Configuration(proxyBeanMethods = false)
class EventsWiring {

    @Bean
    @Order(200)
    NavigationContributor eventsNavigation() {
        return (tenant, user) -> List.of(new NavItem("/" + tenant.slug() + "/veranstaltungen", "events.public.nav"));
    }

    @Bean
    AdminSection eventsSection() {
        return new AdminSection(
                        "/verwaltung/veranstaltungen", "events.admin.title", "events.admin.description", false, 70)
                .visibleTo(Role.MUNICIPAL_ADMIN, Role.DISTRICT_MANAGER, Role.ORGANISATION_EDITOR);
    }
}
