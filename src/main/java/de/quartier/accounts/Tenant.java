package de.quartier.accounts;

import de.quartier.shared.TenantInfo;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

@Entity
class Tenant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;
    private String name;

    @Column(name = "time_zone")
    private String timeZone;

    private String defaultLanguage;
    private boolean requireStaffTwoFactor = true;
    private String imprintText = "";
    private String privacyText = "";
    private String accessibilityText = "";
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected Tenant() {}

    Tenant(String slug, String name, ZoneId zone, String defaultLanguage) {
        this.slug = slug;
        this.name = name;
        this.timeZone = zone.getId();
        this.defaultLanguage = defaultLanguage;
    }

    TenantInfo info() {
        return new TenantInfo(id, slug, name, ZoneId.of(timeZone), Locale.forLanguageTag(defaultLanguage));
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    String timeZone() {
        return timeZone;
    }

    String defaultLanguage() {
        return defaultLanguage;
    }

    boolean requireStaffTwoFactor() {
        return requireStaffTwoFactor;
    }

    void requireStaffTwoFactor(boolean require) {
        this.requireStaffTwoFactor = require;
    }

    String imprintText() {
        return imprintText;
    }

    String privacyText() {
        return privacyText;
    }

    String accessibilityText() {
        return accessibilityText;
    }

    void legalTexts(String imprint, String privacy, String accessibility) {
        this.imprintText = imprint;
        this.privacyText = privacy;
        this.accessibilityText = accessibility;
    }

    void settings(String name, String defaultLanguage) {
        this.name = name;
        this.defaultLanguage = defaultLanguage;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }
}
