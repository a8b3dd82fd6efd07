package de.quartier.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything the layout needs on every page: language and direction, translations, tenant, signed-in person,
 * CSRF token and navigation. Controllers get it as the model attribute {@code ctx}.
 */
public final class PageContext {

    private final MessageSource messages;
    private final Locale locale;
    private final @Nullable TenantInfo tenant;
    private final @Nullable SignedInUser user;
    private final @Nullable CsrfToken csrf;
    private final String pathWithQuery;
    private final List<NavItem> navigation;
    private final boolean staffArea;

    PageContext(
            MessageSource messages,
            Locale locale,
            @Nullable TenantInfo tenant,
            @Nullable SignedInUser user,
            @Nullable CsrfToken csrf,
            String pathWithQuery,
            List<NavItem> navigation,
            boolean staffArea) {
        this.messages = messages;
        this.locale = locale;
        this.tenant = tenant;
        this.user = user;
        this.csrf = csrf;
        this.pathWithQuery = pathWithQuery;
        this.navigation = navigation;
        this.staffArea = staffArea;
    }

    /** The message for {@code key} in the page's language; a missing key shows itself, so tests catch it. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    public String dir() {
        return Languages.of(locale).rtl() ? "rtl" : "ltr";
    }

    public List<Languages.Language> languages() {
        return staffArea ? Languages.STAFF : Languages.PUBLIC;
    }

    /** The current page in another language. */
    public String langHref(String code) {
        return UriComponentsBuilder.fromUriString(pathWithQuery)
                .replaceQueryParam("lang", code)
                .build()
                .toUriString();
    }

    public Optional<TenantInfo> tenant() {
        return Optional.ofNullable(tenant);
    }

    /** Path inside the current tenant, e.g. {@code href("/stadtteile")} → {@code /magdeburg/stadtteile}. */
    public String href(String pathInTenant) {
        return tenant == null ? pathInTenant : "/" + tenant.slug() + pathInTenant;
    }

    public Optional<SignedInUser> user() {
        return Optional.ofNullable(user);
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean isStaffHere() {
        return user != null && tenant != null && user.isStaffIn(tenant.id());
    }

    public boolean isOperator() {
        return user != null && user.isOperator();
    }

    public @Nullable String csrfParameter() {
        return csrf == null ? null : csrf.getParameterName();
    }

    public @Nullable String csrfToken() {
        return csrf == null ? null : csrf.getToken();
    }

    public List<NavItem> navigation() {
        return navigation;
    }

    public String path() {
        return pathWithQuery;
    }

    public String currentPath() {
        int q = pathWithQuery.indexOf('?');
        return q < 0 ? pathWithQuery : pathWithQuery.substring(0, q);
    }

    public boolean isCurrent(String href) {
        String path = currentPath();
        return path.equals(href) || path.startsWith(href + "/");
    }
}
