package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach which URL. Public pages and the public API are open for reading; everything else needs a
 * signed-in person, and data-specific checks happen in {@link Access}. Secure headers and a strict
 * Content-Security-Policy (no inline script or style) on every response.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

    /**
     * No observation per security filter: wrapping each of the ≈ 15 filters in a Micrometer observation cost ≈ 5 % of
     * a public page's CPU (docs/benchmarks.md). HTTP requests are still observed as a whole (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            @Value("${quartier.map.tile-origin:https://tile.openstreetmap.org}") String tiles,
            PasswordLogin passwordLogin,
            LoginSuccessHandler loginSuccess,
            SignIn signIn,
            @Value("${quartier.security.absolute-session-timeout:12h}") Duration absoluteSessionTimeout,
            AccessTokenService accessTokens)
            throws Exception {
        configureSignIn(http, passwordLogin, loginSuccess, signIn, absoluteSessionTimeout);
        // Personal access tokens sign API requests in; such requests need no CSRF token (see BearerTokenFilter).
        http.addFilterBefore(new BearerTokenFilter(accessTokens), AnonymousAuthenticationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BearerTokenFilter.BEARER_API))
                // problem JSON for the API, the 403 page for everything else (a single defaultAccessDeniedHandlerFor
                // would become the handler of every request)
                .exceptionHandling(ex -> ex.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(API, BearerTokenFilter::apiDenied)),
                        new AccessDeniedHandlerImpl())));
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers("/vendor/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/login", "/login/**", "/einladung/**", "/passwort/**", "/error")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/*/organisationen/registrieren",
                                "/*/patenschaft",
                                "/*/ehrenamt/registrieren")
                        .permitAll()
                        .requestMatchers(
                                HttpMethod.POST,
                                "/*/veranstaltungen/*/anmelden",
                                "/*/veranstaltungen/anmeldung/*",
                                "/*/veranstaltungen/anmeldung/*/stornieren")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/**", "/betrieb/**", "/api/v1/tenants", "/api/v1/tenants/**")
                        .hasRole("OPERATOR")
                        .requestMatchers("/konto/zwei-faktor", "/konto/zwei-faktor/**")
                        .access(SecurityConfig::signedInOrEnrolling)
                        .requestMatchers("/konto/**")
                        .authenticated()
                        .requestMatchers("/*/verwaltung", "/*/verwaltung/**")
                        .access(SecurityConfig::staffOfTenant)
                        .requestMatchers(HttpMethod.GET, "/", "/*", "/*/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?abgemeldet"))
                .exceptionHandling(ex ->
                        ex.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), API))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(String.join(
                                "; ",
                                "default-src 'self'",
                                "script-src 'self'",
                                "style-src 'self'",
                                "img-src 'self' data: " + tiles,
                                "font-src 'self'",
                                "connect-src 'self'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "form-action 'self'",
                                "frame-ancestors 'none'")))
                        .referrerPolicy(r ->
                                r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)));
        return http.build();
    }

    /**
     * Sign-in: the password provider with throttling is the chain's only authentication manager (no fallback
     * to a plain DAO provider that would ignore the lock); a correct password may lead to the second step; the
     * session id changes at every sign-in; sessions end 12 hours after sign-in at the latest.
     */
    private static void configureSignIn(
            HttpSecurity http,
            PasswordLogin passwordLogin,
            LoginSuccessHandler loginSuccess,
            SignIn signIn,
            Duration absoluteSessionTimeout)
            throws Exception {
        http.authenticationManager(new ProviderManager(passwordLogin))
                .securityContext(context -> context.securityContextRepository(SignIn.CONTEXTS))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(form -> form.successHandler(loginSuccess))
                .logout(logout -> logout.addLogoutHandler((request, response, auth) -> {
                    if (auth != null && auth.getPrincipal() instanceof QuartierPrincipal principal) {
                        signIn.loggedOut(principal);
                    }
                }))
                .addFilterBefore(
                        new AbsoluteSessionTimeoutFilter(absoluteSessionTimeout, Clock.systemUTC()),
                        AuthorizationFilter.class)
                .addFilterBefore(new PendingLoginFilter(), AuthorizationFilter.class);
    }

    /** Two-factor set-up is for signed-in people and for a sign-in that must set it up before it completes. */
    static AuthorizationDecision signedInOrEnrolling(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth != null && auth.getPrincipal() instanceof QuartierPrincipal) {
            return new AuthorizationDecision(true);
        }
        return new AuthorizationDecision(PendingLogin.of(context.getRequest())
                .filter(p -> p.stage() == PendingLogin.Stage.ENROL)
                .isPresent());
    }

    /** The administration of a tenant is for its staff (any role but volunteer) and for operators. */
    static AuthorizationDecision staffOfTenant(
            Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !(auth.getPrincipal() instanceof QuartierPrincipal principal)) {
            return new AuthorizationDecision(false);
        }
        boolean allowed = principal.isOperator()
                || TenantContext.current().map(t -> principal.isStaffIn(t.id())).orElse(false);
        return new AuthorizationDecision(allowed);
    }
}
