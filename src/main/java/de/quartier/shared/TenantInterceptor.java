package de.quartier.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Any handler mapped with a {@code {tenant}} path variable is only reached for a known tenant; else 404. */
class TenantInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> vars =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars != null && vars.containsKey("tenant")) {
            String slug = vars.get("tenant");
            TenantInfo tenant = TenantContext.require();
            if (!tenant.slug().equalsIgnoreCase(slug)) {
                throw new NotFoundException("tenant");
            }
        }
        return true;
    }
}
