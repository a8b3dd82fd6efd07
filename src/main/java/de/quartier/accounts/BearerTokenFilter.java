package de.quartier.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the owner of the personal access token in {@code Authorization: Bearer qrt_…}.
 * The authentication lives for this request only (no session). A token that is unknown, revoked or expired is
 * answered with 401 problem JSON at once, so a stale token never falls back to a session cookie.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** API requests that carry a bearer token: they need no CSRF token, as browsers never add the header. */
    static final RequestMatcher BEARER_API =
            request -> SecurityConfig.API.matches(request) && bearerOf(request) != null;

    private final AccessTokenService tokens;

    BearerTokenFilter(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !BEARER_API.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String raw = bearerOf(request);
        Optional<QuartierPrincipal> principal = raw == null ? Optional.empty() : tokens.authenticate(raw);
        if (principal.isEmpty()) {
            unauthorized(request, response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal.get(), null, principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static @Nullable String bearerOf(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).trim();
    }

    private static void unauthorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        problem(response, 401, "Unauthorized", "The access token is unknown, revoked or expired.");
    }

    /**
     * Refusals on the API, including a missing CSRF token: 401 for someone not signed in (so a client without
     * credentials learns it must authenticate), 403 for a signed-in person without the right.
     */
    static void apiDenied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            problem(response, 401, "Unauthorized", "Sign in or send a personal access token.");
        } else {
            problem(response, 403, "Forbidden", "You may not do this.");
        }
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
                + detail + "\"}";
        response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    }
}
