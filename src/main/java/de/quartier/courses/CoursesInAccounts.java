package de.quartier.courses;

import de.quartier.accounts.AdminSection;
import de.quartier.accounts.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The courses' card on the staff administration page. */
@Configuration(proxyBeanMethods = false)
class CoursesInAccounts {

    @Bean
    AdminSection coursesSection() {
        return new AdminSection(
                        "/verwaltung/sprachkurse", "courses.admin.title", "courses.admin.description", false, 70)
                .visibleTo(Role.MUNICIPAL_ADMIN, Role.COORDINATOR, Role.SOCIAL_WORKER, Role.ORGANISATION_EDITOR);
    }
}
