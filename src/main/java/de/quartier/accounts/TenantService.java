package de.quartier.accounts;

import de.quartier.shared.ReservedPaths;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import de.quartier.shared.TenantLookup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Creates and finds tenants. Lookups by slug happen on every request, so they are cached briefly. */
@Service
public class TenantService implements TenantLookup {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$");
    private static final Duration CACHE_TTL = Duration.ofSeconds(30);

    private final TenantRepository tenants;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<TenantInfo> tenant, Instant until) {}

    TenantService(TenantRepository tenants, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.tenants = tenants;
        this.events = events;
        this.tx = tx;
    }

    @Override
    public Optional<TenantInfo> bySlug(String slug) {
        String key = slug.toLowerCase(java.util.Locale.ROOT);
        Cached hit = cache.get(key);
        if (hit != null && hit.until().isAfter(Instant.now())) {
            return hit.tenant();
        }
        Optional<TenantInfo> found =
                SLUG.matcher(key).matches() ? tenants.findBySlug(key).map(Tenant::info) : Optional.empty();
        cache.put(key, new Cached(found, Instant.now().plus(CACHE_TTL)));
        return found;
    }

    public Optional<TenantInfo> byId(long id) {
        return tenants.findById(id).map(Tenant::info);
    }

    public List<TenantInfo> all() {
        return tenants.findAllByOrderByNameAsc().stream().map(Tenant::info).toList();
    }

    public boolean isEmpty() {
        return tenants.count() == 0;
    }

    /** Why a slug cannot be used, as a message key, or empty if it can. */
    public Optional<String> slugProblem(String slug) {
        if (!SLUG.matcher(slug).matches()) {
            return Optional.of("accounts.tenant.slug.invalid");
        }
        if (ReservedPaths.isReserved(slug)) {
            return Optional.of("accounts.tenant.slug.reserved");
        }
        if (tenants.findBySlug(slug).isPresent()) {
            return Optional.of("accounts.tenant.slug.taken");
        }
        return Optional.empty();
    }

    /**
     * Creates a tenant, then lets the other modules set it up ({@link TenantCreated}) in a second transaction that
     * runs inside the new tenant: Hibernate fixes a session's tenant when it opens, so rows written by listeners
     * in the first transaction would not belong to the new tenant. Must not be called inside a transaction.
     */
    public TenantInfo create(NewTenant request) {
        TenantInfo tenant = tx.execute(status -> insert(request, false));
        TenantContext.runAs(
                tenant,
                () -> tx.executeWithoutResult(
                        status -> events.publishEvent(new TenantCreated(tenant.id(), tenant.slug(), false))));
        return tenant;
    }

    /** Creates the tenant row only; the caller publishes {@link TenantCreated} once its own setup is done. */
    TenantInfo insert(NewTenant request, boolean demo) {
        slugProblem(request.slug()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Tenant tenant = new Tenant(
                request.slug(), request.name().trim(), ZoneId.of(request.timeZone()), request.defaultLanguage());
        tenant.requireStaffTwoFactor(!demo);
        tenants.save(tenant);
        cache.remove(tenant.slug());
        return tenant.info();
    }

    /** Drops a cached lookup after the tenant changed. */
    void forget(String slug) {
        cache.remove(slug.toLowerCase(java.util.Locale.ROOT));
    }

    void delete(long id) {
        tenants.deleteById(id);
        cache.clear();
    }

    /** What an operator or program gives to create a tenant. */
    public record NewTenant(String name, String slug, String timeZone, String defaultLanguage) {}
}
