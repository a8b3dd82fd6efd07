package de.quartier.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in that has passed the password but not yet the second factor. Design choice: the person stays
 * anonymous until the second step is done – only this record, with the account id, sits in the session – so no
 * authorisation rule, {@link Access} check or template can mistake a half-finished sign-in for a signed-in
 * person. {@link PendingLoginFilter} keeps such a session on the pages of the second step.
 *
 * @param stage {@link Stage#CODE}: enter a code; {@link Stage#ENROL}: a tenant requires two factors and the
 *     person has none yet, so they set it up at /konto/zwei-faktor before they get in
 * @param target where to go once signed in
 */
record PendingLogin(long userId, String email, Stage stage, String target, Instant startedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingLogin.class.getName();
    /** Long enough to find the phone or set up an app, short enough that an abandoned half-login dies. */
    static final Duration VALIDITY = Duration.ofMinutes(15);

    enum Stage {
        CODE,
        ENROL
    }

    String page() {
        return stage == Stage.CODE ? "/login/zwei-faktor" : "/konto/zwei-faktor";
    }

    boolean expiredAt(Instant now) {
        return startedAt.plus(VALIDITY).isBefore(now);
    }

    /** The unexpired pending sign-in of this request's session; an expired one is removed. */
    static Optional<PendingLogin> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : of(session);
    }

    static Optional<PendingLogin> of(@Nullable HttpSession session) {
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingLogin pending)) {
            return Optional.empty();
        }
        if (pending.expiredAt(Instant.now())) {
            session.removeAttribute(ATTRIBUTE);
            return Optional.empty();
        }
        return Optional.of(pending);
    }
}
