package de.quartier.districts;

import de.quartier.accounts.AdminSection;
import de.quartier.accounts.ScopeOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What districts offers the accounts module: the district choice for roles and a card in the administration. */
@Configuration(proxyBeanMethods = false)
class DistrictsInAccounts {

    @Bean
    ScopeOptions districtScopeOptions(DistrictService districts) {
        return () -> districts.list().stream()
                .map(d -> new ScopeOptions.Option(d.id(), d.name()))
                .toList();
    }

    @Bean
    AdminSection districtsSection() {
        return new AdminSection(
                "/verwaltung/stadtteile", "districts.admin.title", "districts.admin.description", false, 50);
    }
}
