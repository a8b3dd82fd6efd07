package de.quartier.directory;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A per-tenant version of the public directory data, for cheap ETags of search pages: it changes whenever an
 * entity of the directory or districts module is inserted, updated or deleted and its transaction has committed
 * (Hibernate post-commit events), and it starts from the boot time, so a restart changes every ETag. Writes that
 * bypass Hibernate (bulk JPQL, SQL) must call {@link #bump(long)} themselves.
 */
@Component
public class DirectoryVersion {

    private final long epoch = System.currentTimeMillis();
    private final AtomicLong global = new AtomicLong();
    private final ConcurrentHashMap<Long, AtomicLong> tenants = new ConcurrentHashMap<>();
    private final EntityManagerFactory emf;

    DirectoryVersion(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /** The version of a tenant's directory data as a short string; equal strings mean equal data. */
    public String current(long tenantId) {
        AtomicLong v = tenants.get(tenantId);
        return Long.toString(epoch, 36) + "." + global.get() + "." + (v == null ? 0 : v.get());
    }

    /** Marks the tenant's directory data as changed. */
    public void bump(long tenantId) {
        tenants.computeIfAbsent(tenantId, id -> new AtomicLong()).incrementAndGet();
    }

    /** Marks every tenant's directory data as changed. */
    public void bumpAll() {
        global.incrementAndGet();
    }

    @PostConstruct
    void listen() {
        Listener listener = new Listener(this);
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_COMMIT_INSERT, listener);
        registry.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
        registry.appendListeners(EventType.POST_COMMIT_DELETE, listener);
    }

    void changed(Object entity, SharedSessionContractImplementor session) {
        String module = entity.getClass().getPackageName();
        if (!module.equals("de.quartier.directory") && !module.equals("de.quartier.districts")) {
            return;
        }
        Runnable bump = session.getTenantIdentifierValue() instanceof Long tenantId && tenantId > 0
                ? () -> bump(tenantId)
                : this::bumpAll;
        bump.run();
        // Hibernate Search writes the index after these post-commit events: bump once more when Spring's commit
        // has returned, so an ETag computed in between (new version, old index) is not reused
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(DirectoryVersion.this);
                    bump.run();
                }
            });
        }
    }

    private record Listener(DirectoryVersion version)
            implements PostCommitInsertEventListener, PostCommitUpdateEventListener, PostCommitDeleteEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            version.changed(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            version.changed(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            version.changed(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostInsertCommitFailed(PostInsertEvent event) {}

        @Override
        public void onPostUpdateCommitFailed(PostUpdateEvent event) {}

        @Override
        public void onPostDeleteCommitFailed(PostDeleteEvent event) {}

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return true;
        }
    }
}
