package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.accounts.TenantService;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An archived organisation takes its offers out of the public search, and restoring it brings them back; the
 * result cache never hides such a change.
 */
@QuartierTest
class OfferVisibilityTest {

    @Autowired
    TenantService tenants;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    OfferRepository offers;

    @Autowired
    DirectoryIndex index;

    @Autowired
    OfferSearch search;

    @Autowired
    TransactionTemplate tx;

    @Test
    void offersOfAnArchivedOrganisationAreNotFound() {
        TenantInfo magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        String marker =
                "sichtbar" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long organisationId = TenantContext.callAs(
                magdeburg,
                () -> tx.execute(status -> {
                    Organisation o = organisations.save(new Organisation(
                            "Sichtbarkeitsverein " + marker, OrganisationKind.ASSOCIATION, EntryStatus.PUBLISHED));
                    Offer offer =
                            new Offer(o, "Spieletreff " + marker, Cost.FREE, AccessMode.WALK_IN, EntryStatus.PUBLISHED);
                    offers.save(offer);
                    return o.id();
                }));
        assertThat(titles(magdeburg, marker)).containsExactly("Spieletreff " + marker);

        setStatus(magdeburg, organisationId, EntryStatus.ARCHIVED);
        assertThat(titles(magdeburg, marker)).isEmpty();

        setStatus(magdeburg, organisationId, EntryStatus.PUBLISHED);
        assertThat(titles(magdeburg, marker)).containsExactly("Spieletreff " + marker);
    }

    @Test
    void aRepeatedSearchIsAnsweredFromTheCacheUntilTheDirectoryChanges() {
        TenantInfo magdeburg = tenants.bySlug("magdeburg").orElseThrow();
        var query = OfferSearch.Query.of("Deutschkurs");
        var first = TenantContext.callAs(magdeburg, () -> search.search(query, Locale.GERMAN));
        assertThat(TenantContext.callAs(magdeburg, () -> search.search(query, Locale.GERMAN)))
                .isSameAs(first);
        assertThat(TenantContext.callAs(magdeburg, () -> search.search(query, Locale.ENGLISH)))
                .isNotSameAs(first);

        long organisationId = TenantContext.callAs(
                magdeburg,
                () -> tx.execute(status -> organisations
                        .save(new Organisation(
                                "Cacheverein " + UUID.randomUUID(), OrganisationKind.ASSOCIATION, EntryStatus.PENDING))
                        .id()));
        setStatus(magdeburg, organisationId, EntryStatus.ARCHIVED);
        var afterChange = TenantContext.callAs(magdeburg, () -> search.search(query, Locale.GERMAN));
        assertThat(afterChange).isNotSameAs(first);
        assertThat(afterChange.total()).isEqualTo(first.total());
    }

    private void setStatus(TenantInfo tenant, long organisationId, EntryStatus status) {
        TenantContext.runAs(
                tenant,
                () -> tx.executeWithoutResult(s -> {
                    Organisation o = organisations.findById(organisationId).orElseThrow();
                    o.status(status);
                    index.reindexOffersOf(o);
                }));
    }

    private List<String> titles(TenantInfo tenant, String text) {
        return TenantContext.callAs(
                tenant,
                () -> search.search(OfferSearch.Query.of(text), Locale.GERMAN).hits().stream()
                        .map(OfferSearch.Hit::title)
                        .toList());
    }
}
