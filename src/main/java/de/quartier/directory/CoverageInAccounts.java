package de.quartier.directory;

import de.quartier.accounts.AdminSection;
import de.quartier.accounts.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cards on the administration start page for the network-planning views (coverage and cooperation network). */
@Configuration(proxyBeanMethods = false)
class CoverageInAccounts {

    @Bean
    AdminSection coverageSection() {
        return new AdminSection(
                        CoveragePages.COVERAGE,
                        "directory.planning.coverage.card",
                        "directory.planning.coverage.cardDescription",
                        false,
                        610)
                .visibleTo(Role.MUNICIPAL_ADMIN, Role.DISTRICT_MANAGER);
    }

    @Bean
    AdminSection networkSection() {
        return new AdminSection(
                        CoveragePages.NETWORK,
                        "directory.planning.network.card",
                        "directory.planning.network.cardDescription",
                        false,
                        620)
                .visibleTo(Role.MUNICIPAL_ADMIN, Role.DISTRICT_MANAGER);
    }
}
