package de.quartier.directory;

import de.quartier.accounts.AdminSection;
import de.quartier.accounts.Role;
import de.quartier.accounts.ScopeOptions;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the directory offers the accounts module: the organisation choice for editors and an administration card. */
@Configuration(proxyBeanMethods = false)
class DirectoryInAccounts {

    /** Organisations (not archived) for the scope of an organisation editor; no districts (districts has those). */
    @Bean
    ScopeOptions organisationScopeOptions(OrganisationRepository organisations) {
        return new ScopeOptions() {
            @Override
            public List<Option> districts() {
                return List.of();
            }

            @Override
            public List<Option> organisations() {
                return organisations.findAll().stream()
                        .filter(o -> o.status() != EntryStatus.ARCHIVED)
                        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                        .map(o -> new Option(o.id(), o.name()))
                        .toList();
            }
        };
    }

    @Bean
    AdminSection directorySection() {
        return new AdminSection(
                        "/verwaltung/verzeichnis", "directory.admin.title", "directory.admin.description", false, 60)
                .visibleTo(Role.MUNICIPAL_ADMIN, Role.DISTRICT_MANAGER, Role.ORGANISATION_EDITOR);
    }
}
