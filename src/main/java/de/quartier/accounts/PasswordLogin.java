package de.quartier.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks e-mail and password with throttling. Every failure looks the same from outside – same message, and a
 * password hash is compared even for unknown addresses, so the timing does not tell whether an account exists.
 * The only authentication provider of the filter chain (see {@link SecurityConfig}): no other one may accept a
 * password the lock refused.
 */
@Component
class PasswordLogin implements AuthenticationProvider {

    private final AccountRepository accounts;
    private final AccountDetailsService details;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final SignIn signIn;
    private final String dummyHash;

    PasswordLogin(
            AccountRepository accounts,
            AccountDetailsService details,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            SignIn signIn) {
        this.accounts = accounts;
        this.details = details;
        this.encoder = encoder;
        this.throttle = throttle;
        this.signIn = signIn;
        this.dummyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email =
                authentication.getName() == null ? "" : authentication.getName().trim();
        String password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        Optional<Account> found =
                email.isEmpty() || email.length() > 254 ? Optional.empty() : accounts.findByEmail(email);
        if (found.isEmpty()
                || found.get().passwordHash() == null
                || !found.get().enabled()) {
            encoder.matches(password, dummyHash);
            signIn.record(
                    AuditLog.LOGIN_FAILED,
                    found.map(Account::id).orElse(null),
                    email,
                    found.isEmpty() ? "unknown account" : "account disabled");
            throw new BadCredentialsException("bad credentials");
        }
        Account account = found.get();
        boolean matches = encoder.matches(password, account.passwordHash());
        if (account.lockedAt(Instant.now())) {
            signIn.record(AuditLog.LOGIN_FAILED, account.id(), account.email(), "account locked");
            throw new LockedException("locked");
        }
        if (!matches) {
            signIn.failed(account.id(), account.email(), "wrong password");
            throw new BadCredentialsException("bad credentials");
        }
        QuartierPrincipal principal = details.principalOf(account);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
