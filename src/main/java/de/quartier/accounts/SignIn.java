package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The steps of signing in that the password form, the second-factor page and enrolment share: where to go
 * afterwards, parking a half-finished sign-in, completing it (new session id, full principal), and the audit
 * entries for every attempt.
 */
@Component
class SignIn {

    /** When the person signed in; {@link AbsoluteSessionTimeoutFilter} ends the session 12 hours later. */
    static final String SIGNED_IN_AT = SignIn.class.getName() + ".SIGNED_IN_AT";

    /** Also set as the filter chain's repository in {@link SecurityConfig}, so both agree. */
    static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    private final RequestCache requestCache = new HttpSessionRequestCache();
    private final AccountRepository accounts;
    private final AccountDetailsService details;
    private final MembershipRepository memberships;
    private final TenantService tenants;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    SignIn(
            AccountRepository accounts,
            AccountDetailsService details,
            MembershipRepository memberships,
            TenantService tenants,
            LoginThrottle throttle,
            AuditLog audit) {
        this.accounts = accounts;
        this.details = details;
        this.memberships = memberships;
        this.tenants = tenants;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * The page the person wanted before being sent to sign in; else operators without a tenant go to the
     * operator area, others to their first tenant, the rest to the start page.
     */
    String target(HttpServletRequest request, HttpServletResponse response, QuartierPrincipal principal) {
        SavedRequest saved = requestCache.getRequest(request, response);
        if (saved != null) {
            requestCache.removeRequest(request, response);
            return saved.getRedirectUrl();
        }
        return defaultTarget(principal);
    }

    String defaultTarget(QuartierPrincipal principal) {
        if (principal.isOperator() && principal.grants().isEmpty()) {
            return "/betrieb";
        }
        return principal.grants().stream()
                .map(Grant::tenantId)
                .sorted()
                .findFirst()
                .flatMap(tenants::byId)
                .map(t -> "/" + t.slug())
                .orElse("/");
    }

    /** Parks a sign-in that passed the password: the person is anonymous again until the second step. */
    void park(HttpServletRequest request, HttpServletResponse response, PendingLogin pending) {
        SecurityContextHolder.clearContext();
        CONTEXTS.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        request.getSession().setAttribute(PendingLogin.ATTRIBUTE, pending);
    }

    /** Signs the person in fully after the second step: a new session id and CSRF token, then the principal. */
    void complete(HttpServletRequest request, HttpServletResponse response, long userId) {
        Account account = accounts.findById(userId).orElseThrow();
        QuartierPrincipal principal = details.principalOf(account);
        request.getSession().removeAttribute(PendingLogin.ATTRIBUTE);
        request.changeSessionId();
        new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        succeeded(request.getSession(), account.id(), account.email(), "two factors");
    }

    /** A complete sign-in: the counter of failures starts afresh and the session's 12 hours begin. */
    void succeeded(HttpSession session, long userId, String email, String detail) {
        session.removeAttribute(PendingLogin.ATTRIBUTE);
        session.setAttribute(SIGNED_IN_AT, Instant.now());
        throttle.reset(userId);
        record(AuditLog.LOGIN, userId, email, detail);
    }

    /** A wrong password or code: counts towards the lock, and is audited as a failure or as the lockout. */
    void failed(long userId, String email, String detail) {
        boolean locked = throttle.recordFailure(userId);
        record(AuditLog.LOGIN_FAILED, userId, email, detail);
        if (locked) {
            record(
                    AuditLog.LOGIN_LOCKED,
                    userId,
                    email,
                    "locked for " + LoginThrottle.LOCK_DURATION.toMinutes() + " min");
        }
    }

    void loggedOut(QuartierPrincipal principal) {
        record(AuditLog.LOGOUT, principal.userId(), principal.email(), null);
    }

    /**
     * Writes the entry into the audit log of every tenant the account belongs to, so each municipality sees its
     * people's sign-ins; accounts without a tenant (operators, unknown addresses) get an installation-wide one.
     */
    void record(String action, @Nullable Long userId, String email, @Nullable String detail) {
        List<Long> tenantIds = userId == null
                ? List.of()
                : TenantContext.callAcrossTenants(() -> memberships.findByUserId(userId).stream()
                        .map(Membership::tenantId)
                        .distinct()
                        .sorted(Comparator.naturalOrder())
                        .toList());
        if (tenantIds.isEmpty()) {
            audit.recordFor(null, userId, email, action, detail);
        }
        for (Long tenantId : tenantIds) {
            audit.recordFor(tenantId, userId, email, action, detail);
        }
    }
}
