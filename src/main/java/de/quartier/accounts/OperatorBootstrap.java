package de.quartier.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A production installation starts without any account and without default passwords. With
 * {@code quartier.bootstrap.operator-email} set, the first start creates that operator account without a password
 * and writes a one-time link to set it into the log (mail may not be configured yet). Every start repeats the
 * link until the operator has set a password; afterwards it only keeps the account an operator.
 */
@Component
@Order(10)
class OperatorBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordResetService resets;
    private final TransactionTemplate tx;
    private final String email;
    private final String baseUrl;

    OperatorBootstrap(
            AccountRepository accounts,
            PasswordResetService resets,
            TransactionTemplate tx,
            @Value("${quartier.bootstrap.operator-email:}") String email,
            @Value("${quartier.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.tx = tx;
        this.email = email.strip();
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    @Override
    public void run(ApplicationArguments args) {
        prepare()
                .ifPresent(
                        link -> log.warn("First operator {}: set the password within 60 minutes at {}", email, link));
    }

    /** Creates the operator if needed; the one-time link while it has no password yet. */
    java.util.Optional<String> prepare() {
        if (email.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(tx.execute(status -> {
            Account operator =
                    accounts.findByEmail(email).orElseGet(() -> accounts.save(new Account(email, "Betrieb")));
            operator.operator(true);
            if (operator.passwordHash() != null) {
                return null;
            }
            return baseUrl + "/passwort/neu/" + resets.issueToken(operator);
        }));
    }
}
