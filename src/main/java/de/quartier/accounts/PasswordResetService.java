package de.quartier.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": a single-use link valid for 60 minutes, sent by mail. Only the SHA-256 hash of the token is
 * stored, so a copy of the database opens no account. Setting a new password does not sign anyone in: the person
 * signs in as usual afterwards, second factor included.
 */
@Service
class PasswordResetService {

    static final Duration VALIDITY = Duration.ofMinutes(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    sealed interface Result {
        record Done() implements Result {}

        record InvalidLink() implements Result {}

        record Rejected(String messageKey) implements Result {}
    }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final MailService mail;
    private final MessageSource messages;
    private final SignIn signIn;
    private final JdbcClient jdbc;

    PasswordResetService(
            AccountRepository accounts,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            MailService mail,
            MessageSource messages,
            SignIn signIn,
            JdbcClient jdbc) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.mail = mail;
        this.messages = messages;
        this.signIn = signIn;
        this.jdbc = jdbc;
    }

    /** Sends a reset link if an active account has this address; says nothing either way. */
    @Transactional
    void requestReset(String email, String baseUrl, Locale locale) {
        Optional<Account> found = accounts.findByEmail(email.trim()).filter(Account::enabled);
        if (found.isEmpty()) {
            signIn.record("password.reset.requested", null, email.trim(), "unknown account");
            return;
        }
        Account account = found.get();
        String token = issueToken(account);
        String link = baseUrl + "/passwort/neu/" + token;
        mail.send(
                account.email(),
                messages.getMessage("accounts.reset.mail.subject", null, locale),
                messages.getMessage(
                        "accounts.reset.mail.body",
                        new Object[] {account.displayName(), link, VALIDITY.toMinutes()},
                        locale));
        signIn.record("password.reset.requested", account.id(), account.email(), null);
    }

    /** A new single-use reset token for the account; older unused ones stop working. */
    String issueToken(Account account) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("update password_reset_token set used_at = now() where user_id = ? and used_at is null")
                .param(account.id())
                .update();
        jdbc.sql("insert into password_reset_token (user_id, token_hash, expires_at) values (?, ?, ?)")
                .params(
                        account.id(),
                        TwoFactorService.hash(token),
                        Timestamp.from(Instant.now().plus(VALIDITY)))
                .update();
        return token;
    }

    /** The account of an unused, unexpired link. */
    Optional<Account> accountOf(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from password_reset_token where token_hash = ? and used_at is null"
                        + " and expires_at > now()")
                .param(TwoFactorService.hash(token))
                .query(Long.class)
                .optional()
                .flatMap(accounts::findById);
    }

    @Transactional
    Result reset(String token, String newPassword) {
        Optional<Account> found = accountOf(token);
        if (found.isEmpty()) {
            return new Result.InvalidLink();
        }
        Account account = found.get();
        Optional<String> problem = policy.problem(newPassword, account.email());
        if (problem.isPresent()) {
            return new Result.Rejected(problem.get());
        }
        // the conditional update uses the link up exactly once, even if it is submitted twice at the same moment
        int used = jdbc.sql("update password_reset_token set used_at = now() where token_hash = ? and used_at is null"
                        + " and expires_at > now()")
                .param(TwoFactorService.hash(token))
                .update();
        if (used != 1) {
            return new Result.InvalidLink();
        }
        jdbc.sql("update password_reset_token set used_at = now() where user_id = ? and used_at is null")
                .param(account.id())
                .update();
        account.passwordHash(encoder.encode(newPassword));
        accounts.save(account);
        signIn.record("password.reset", account.id(), account.email(), null);
        return new Result.Done();
    }
}
