package de.quartier.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the tenant from the URL path ({@code /{tenant}/…}, {@code /api/v1/{tenant}/…} or
 * {@code /api/hsds/v3/{tenant}/…}) before security and
 * controllers run, and clears it afterwards. An unknown slug leaves no tenant; {@link TenantInterceptor} then
 * answers 404 for handlers that need one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TenantFilter extends OncePerRequestFilter {

    private final TenantLookup tenants;

    TenantFilter(TenantLookup tenants) {
        this.tenants = tenants;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object errorUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        String uri = errorUri instanceof String original ? original : request.getRequestURI();
        String slug = slugOf(uri.substring(Math.min(request.getContextPath().length(), uri.length())));
        try {
            if (slug != null) {
                tenants.bySlug(slug).ifPresent(TenantContext::set);
            }
            chain.doFilter(request, response);
        } finally {
            TenantContext.clear();
        }
    }

    /** Error pages render in the layout of the tenant whose page failed. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    static @org.jspecify.annotations.Nullable String slugOf(String path) {
        String[] parts = path.split("/", -1);
        // parts[0] is the empty string before the leading slash
        if (parts.length > 3 && parts[1].equals("api") && parts[2].equals("v1")) {
            return parts[3];
        }
        // Open Referral HSDS API: /api/hsds/v3/{tenant}/…
        if (parts.length > 4 && parts[1].equals("api") && parts[2].equals("hsds") && parts[3].equals("v3")) {
            return parts[4];
        }
        if (parts.length > 1 && !ReservedPaths.isReserved(parts[1])) {
            return parts[1];
        }
        return null;
    }
}
