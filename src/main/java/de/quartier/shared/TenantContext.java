package de.quartier.shared;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current thread. Web requests get it from the URL path ({@link TenantFilter}); background
 * work and start-up code set it explicitly with {@link #callAs}. Hibernate reads it through
 * {@link TenantIdentifierResolver}, so every query on a {@code @TenantId} entity is filtered by it.
 */
public final class TenantContext {

    /** Tenant id meaning "no tenant": matches no tenant-owned row. */
    public static final long NONE = 0L;

    /** Tenant id meaning "all tenants": only for operator work across tenants, never for writes. */
    public static final long ROOT = -1L;

    private static final ThreadLocal<TenantInfo> CURRENT = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> ROOT_SCOPE = new ThreadLocal<>();

    private TenantContext() {}

    public static Optional<TenantInfo> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or a 404 when the request is not inside one. */
    public static TenantInfo require() {
        TenantInfo tenant = CURRENT.get();
        if (tenant == null) {
            throw new NotFoundException("tenant");
        }
        return tenant;
    }

    static long currentId() {
        if (Boolean.TRUE.equals(ROOT_SCOPE.get())) {
            return ROOT;
        }
        TenantInfo tenant = CURRENT.get();
        return tenant == null ? NONE : tenant.id();
    }

    public static <T> T callAs(TenantInfo tenant, Supplier<T> work) {
        TenantInfo previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static void runAs(TenantInfo tenant, Runnable work) {
        callAs(tenant, () -> {
            work.run();
            return null;
        });
    }

    /** Runs read-only work that must see the rows of all tenants (operator views, start-up checks). */
    public static <T> T callAcrossTenants(Supplier<T> work) {
        Boolean previous = ROOT_SCOPE.get();
        ROOT_SCOPE.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ROOT_SCOPE.remove();
            } else {
                ROOT_SCOPE.set(previous);
            }
        }
    }

    static void set(TenantInfo tenant) {
        CURRENT.set(tenant);
    }

    static void clear() {
        CURRENT.remove();
        ROOT_SCOPE.remove();
    }

    private static void restore(TenantInfo previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
