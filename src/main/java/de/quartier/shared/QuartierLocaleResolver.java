package de.quartier.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The visitor's language: {@code ?lang=xx} (remembered in a cookie), else the cookie, else the tenant's default
 * language, else German. Staff areas exist in German and English only; there another choice shows English.
 */
class QuartierLocaleResolver extends CookieLocaleResolver {

    static final String COOKIE = "quartier-lang";

    QuartierLocaleResolver() {
        super(COOKIE);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(request ->
                TenantContext.current().map(TenantInfo::defaultLocale).orElse(Languages.GERMAN.locale()));
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = Languages.of(super.resolveLocale(request)).locale();
        if (isStaffArea(request)
                && Languages.STAFF.stream().noneMatch(l -> l.locale().equals(chosen))) {
            return Languages.ENGLISH.locale();
        }
        return chosen;
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        if (locale == null || Languages.isSupported(locale.getLanguage())) {
            super.setLocale(request, response, locale == null ? null : Locale.forLanguageTag(locale.getLanguage()));
        }
    }

    /** Pages for signed-in staff: the operator area, the account pages and every tenant's administration. */
    static boolean isStaffArea(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/betrieb") || path.startsWith("/konto") || path.matches("^/[^/]+/verwaltung(/.*)?$");
    }
}
