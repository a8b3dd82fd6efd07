package de.quartier.directory;

import de.quartier.accounts.TenantService;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database. Entity changes of offers are indexed automatically when
 * their transaction commits; fields an offer takes from its organisation or locations are re-indexed here when
 * those change. At start-up each tenant's index is compared with the database and rebuilt when they differ
 * (first start, restored backup, rows written by SQL).
 */
@Component
@Order(1000)
class DirectoryIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);

    /**
     * Raise when the index mapping of {@link Offer} changes (fields added, analysers changed): an index written
     * with another mapping version is rebuilt at start-up, even when its document count matches the database.
     */
    static final String MAPPING_VERSION = "2";

    private final EntityManager em;
    private final OfferRepository offers;
    private final TenantService tenants;
    private final TransactionTemplate tx;

    private final @Nullable Path versionFile;

    DirectoryIndex(
            EntityManager em,
            OfferRepository offers,
            TenantService tenants,
            TransactionTemplate tx,
            @Value("${quartier.index.dir}") String indexDir,
            @Value("${spring.jpa.properties.hibernate.search.backend.directory.type:local-filesystem}")
                    String directoryType) {
        this.em = em;
        this.offers = offers;
        this.tenants = tenants;
        this.tx = tx;
        this.versionFile = "local-filesystem".equals(directoryType) ? Path.of(indexDir, "mapping-version") : null;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean mappingChanged = versionFile != null && !MAPPING_VERSION.equals(readVersion(versionFile));
        if (mappingChanged) {
            log.info("Search index mapping changed (now version {}): rebuilding every tenant's index", MAPPING_VERSION);
        }
        for (TenantInfo tenant : tenants.all()) {
            TenantContext.runAs(tenant, () -> {
                long inDatabase = tx.execute(status -> offers.count());
                long inIndex = tx.execute(status -> indexedCount());
                if (mappingChanged || inDatabase != inIndex) {
                    log.info(
                            "Search index of tenant {} holds {} offers, the database {}: rebuilding",
                            tenant.slug(),
                            inIndex,
                            inDatabase);
                    rebuild();
                }
            });
        }
        if (mappingChanged) {
            try {
                Files.writeString(versionFile, MAPPING_VERSION);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + versionFile, e);
            }
        }
    }

    private static @Nullable String readVersion(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Re-indexes the given offers of the current tenant; call inside the transaction that changed them. */
    void reindexOffers(Collection<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return;
        }
        SearchSession session = Search.session(em);
        for (Offer offer : offers.findAllById(offerIds)) {
            session.indexingPlan().addOrUpdate(offer);
        }
    }

    void reindexOffersOf(Organisation organisation) {
        reindexOffers(offers.idsByOrganisations(List.of(organisation.id())));
    }

    void reindexOffersAt(Location location) {
        reindexOffers(
                offers.findByLocation(location.id()).stream().map(Offer::id).toList());
    }

    /** Drops and rebuilds the current tenant's offer index from the database; returns how long it took. */
    Duration rebuild() {
        long start = System.nanoTime();
        try {
            tx.executeWithoutResult(status -> {
                try {
                    Search.session(em)
                            .massIndexer(Offer.class)
                            .threadsToLoadObjects(2)
                            .batchSizeToLoadObjects(100)
                            // one segment per index: every search then walks one term dictionary, not dozens
                            .mergeSegmentsOnFinish(true)
                            .startAndWait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("re-indexing interrupted", e);
                }
            });
        } finally {
            log.info("Re-indexed offers of tenant {}", TenantContext.require().slug());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Number of offers in the current tenant's index. */
    long indexedCount() {
        return Search.session(em).search(Offer.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }
}
