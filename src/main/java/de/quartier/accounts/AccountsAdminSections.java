package de.quartier.accounts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration sections accounts contributes; other modules add theirs as {@link AdminSection} beans. */
@Configuration(proxyBeanMethods = false)
class AccountsAdminSections {

    @Bean
    AdminSection peopleSection() {
        return new AdminSection(
                "/verwaltung/personen", "accounts.admin.people", "accounts.admin.people.description", true, 100);
    }

    @Bean
    AdminSection auditSection() {
        return new AdminSection(
                "/verwaltung/protokoll", "accounts.admin.audit", "accounts.admin.audit.description", true, 200);
    }

    @Bean
    AdminSection outboxSection() {
        return new AdminSection(
                "/verwaltung/postausgang", "accounts.admin.outbox", "accounts.admin.outbox.description", true, 300);
    }

    @Bean
    AdminSection settingsSection() {
        return new AdminSection(
                "/verwaltung/einstellungen",
                "accounts.admin.settings",
                "accounts.admin.settings.description",
                true,
                400);
    }
}
