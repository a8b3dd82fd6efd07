package de.quartier.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The tenant settings form. Public because templates are compiled into jte's own package. */
public record TenantSettingsForm(
        @NotBlank @Size(max = 200) String name,

        @NotBlank @Pattern(regexp = "de|en|ar|uk|fa|ru|tr") String defaultLanguage,

        boolean requireStaffTwoFactor,
        @Size(max = 20_000) String imprintText,
        @Size(max = 20_000) String privacyText,
        @Size(max = 20_000) String accessibilityText,
        long version) {

    static TenantSettingsForm of(Tenant t) {
        return new TenantSettingsForm(
                t.name(),
                t.defaultLanguage(),
                t.requireStaffTwoFactor(),
                t.imprintText(),
                t.privacyText(),
                t.accessibilityText(),
                t.version());
    }
}
