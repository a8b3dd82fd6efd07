package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.problem("Lange-Wege-zum-Stadtteilbüro-7", "anna@example.org"))
                .isEmpty();
    }

    @Test
    void refusesShortAndOverlongPasswords() {
        assertThat(policy.problem("kurz-1234", "anna@example.org")).hasValue("accounts.password.tooShort");
        assertThat(policy.problem("Stadtteil-7x", "anna@example.org")).isEmpty();
        assertThat(policy.problem("Stadtteil-7", "anna@example.org")).hasValue("accounts.password.tooShort");
        assertThat(policy.problem("ab1-".repeat(32), "anna@example.org")).isEmpty();
        assertThat(policy.problem("ab1-".repeat(33), "anna@example.org")).hasValue("accounts.password.tooLong");
    }

    @Test
    void refusesCommonPasswordsAlsoWithSuffixesAndRepeats() {
        assertThat(policy.problem("aaaaaaaaaaaaaaaa", "anna@example.org")).hasValue("accounts.password.common");
        assertThat(policy.problem("Password2026!!!!", "anna@example.org")).hasValue("accounts.password.common");
        assertThat(policy.problem("qwertyuiop123", "anna@example.org")).hasValue("accounts.password.common");
    }

    @Test
    void refusesThePasswordContainingTheEmailName() {
        assertThat(policy.problem("Sommer-annabell-2026", "annabell@example.org"))
                .hasValue("accounts.password.containsEmail");
    }
}
