package de.quartier.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a correct password: people with two factors, and staff whose tenant requires them, are parked as a
 * {@link PendingLogin} and sent to the second step; everyone else is signed in. Spring Security has already
 * changed the session id and the CSRF token at this point.
 */
@Component
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private final AccountRepository accounts;
    private final TwoFactorService twoFactor;
    private final SignIn signIn;

    LoginSuccessHandler(AccountRepository accounts, TwoFactorService twoFactor, SignIn signIn) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.signIn = signIn;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        QuartierPrincipal principal = (QuartierPrincipal) authentication.getPrincipal();
        Account account = accounts.findById(principal.userId()).orElseThrow();
        String target = signIn.target(request, response, principal);
        PendingLogin.Stage stage = account.twoFactorEnabled()
                ? PendingLogin.Stage.CODE
                : twoFactor.requiredFor(account.id()) ? PendingLogin.Stage.ENROL : null;
        if (stage == null) {
            signIn.succeeded(request.getSession(), account.id(), account.email(), "password");
            response.sendRedirect(target);
            return;
        }
        PendingLogin pending = new PendingLogin(account.id(), account.email(), stage, target, Instant.now());
        signIn.park(request, response, pending);
        response.sendRedirect(pending.page());
    }
}
