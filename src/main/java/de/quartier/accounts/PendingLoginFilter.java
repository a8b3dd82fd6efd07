package de.quartier.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a half-finished sign-in ({@link PendingLogin}) on the pages of its second step: entering a code, or
 * setting up two factors when a tenant requires them. Every other page redirects there until the step is done
 * or the person starts over at /login or signs out. Part of the security filter chain, not a servlet filter.
 */
class PendingLoginFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PendingLogin> pending = PendingLogin.of(request);
        if (pending.isEmpty() || signedIn() || allowed(path(request), pending.get())) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + pending.get().page());
    }

    static boolean allowed(String path, PendingLogin pending) {
        return path.equals("/login")
                || path.equals("/logout")
                || path.equals("/error")
                || path.equals("/favicon.ico")
                || path.matches("^/(vendor|css|js|img|webjars)/.*")
                || path.equals(pending.page())
                || path.startsWith(pending.page() + "/");
    }

    private static boolean signedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
