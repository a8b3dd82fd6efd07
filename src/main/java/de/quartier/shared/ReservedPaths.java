package de.quartier.shared;

import java.util.Set;

/** First URL path segments that belong to the application itself and so can never be a tenant slug. */
public final class ReservedPaths {

    public static final Set<String> SEGMENTS = Set.of(
            "",
            "api",
            "actuator",
            "admin",
            "assets",
            "barrierefreiheit",
            "datenschutz",
            "betrieb",
            "css",
            "einladung",
            "error",
            "favicon.ico",
            "fonts",
            "health",
            "img",
            "impressum",
            "js",
            "konto",
            "login",
            "logout",
            "passwort",
            "robots.txt",
            "static",
            "swagger-ui",
            "swagger-ui.html",
            "tenants",
            "v3",
            "vendor",
            "webjars");

    private ReservedPaths() {}

    public static boolean isReserved(String slug) {
        return SEGMENTS.contains(slug.toLowerCase(java.util.Locale.ROOT));
    }
}
