package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@QuartierTest
class OperatorBootstrapTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    TransactionTemplate tx;

    @Test
    void firstOperatorGetsAOneTimeLinkUntilAPasswordIsSet() {
        String email = "erstbetrieb-" + System.nanoTime() + "@quartier.example";
        var bootstrap = new OperatorBootstrap(accounts, resets, tx, email, "https://quartier.example/");

        String link = bootstrap.prepare().orElseThrow();
        assertThat(link).startsWith("https://quartier.example/passwort/neu/");
        Account created = accounts.findByEmail(email).orElseThrow();
        assertThat(created.operator()).isTrue();
        assertThat(created.passwordHash()).isNull();

        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(resets.accountOf(token)).isPresent();
        resets.reset(token, "Ein langes neues Betriebspasswort 2026");

        assertThat(accounts.findByEmail(email).orElseThrow().passwordHash()).isNotNull();
        assertThat(bootstrap.prepare()).isEmpty();
        assertThat(new OperatorBootstrap(accounts, resets, tx, "", "x").prepare())
                .isEmpty();
    }
}
