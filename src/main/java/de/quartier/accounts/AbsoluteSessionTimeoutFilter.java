package de.quartier.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session a fixed time after sign-in however active it is ({@code quartier.security.absolute-session-timeout},
 * 12 hours by default), on top of the idle timeout of the servlet container. A page request then goes to the
 * sign-in page. Part of the security filter chain.
 */
class AbsoluteSessionTimeoutFilter extends OncePerRequestFilter {

    private final Duration maxAge;
    private final Clock clock;

    AbsoluteSessionTimeoutFilter(Duration maxAge, Clock clock) {
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignIn.SIGNED_IN_AT) instanceof Instant signedInAt
                && signedInAt.plus(maxAge).isBefore(clock.instant())) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/login?abgelaufen");
            return;
        }
        chain.doFilter(request, response);
    }
}
