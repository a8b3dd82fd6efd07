package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import de.quartier.QuartierTest;
import de.quartier.shared.TenantContext;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The search service against the index, with offers of its own (see {@link OfferSearchFixture}). */
@QuartierTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferSearchTest {

    static final Locale DE = Locale.GERMAN;

    @Autowired
    OfferSearch search;

    @Autowired
    OfferSearchNear near;

    @Autowired
    ApplicationContext context;

    OfferSearchFixture data;

    @BeforeAll
    void createOffers() {
        data = OfferSearchFixture.create(context);
    }

    OfferSearch.Results search(OfferSearch.Query query) {
        return TenantContext.callAs(data.tenant(), () -> search.search(query, DE));
    }

    OfferSearch.Results text(String words) {
        return search(OfferSearch.Query.of(words + " " + data.marker()));
    }

    OfferSearch.Query query(String text) {
        return OfferSearch.Query.of(text + " " + data.marker());
    }

    @Test
    void stemmingFindsThePlural() {
        assertThat(data.titles(text("Sprachkurse"))).containsExactly("Sprachkurs Arabisch für Kinder");
    }

    @Test
    void compoundMeetsItsHyphenatedParts() {
        assertThat(data.titles(text("Deutschkurs für Frauen"))).containsExactly("Deutsch-Kurs für Frauen und Mütter");
        // and the other way round: the parts find the compound
        assertThat(data.titles(text("Deutsch-Kurs Abend"))).containsExactly("Deutschkurs am Abend");
    }

    @Test
    void oneTypoIsForgiven() {
        assertThat(data.titles(text("Deutschkrus"))).contains("Deutschkurs am Abend");
        assertThat(data.titles(text("Hausaufgabenhlife"))).containsExactly("Hausaufgabenhilfe im Treff");
        // two typos are not
        assertThat(text("Hausaufgbenhlife").total()).isZero();
    }

    @Test
    void onlyPublishedOffersAreFound() {
        assertThat(data.titles(text("Entwurf"))).isEmpty();
        assertThat(data.titles(text("Deutschkurs"))).doesNotContain("Deutschkurs Entwurf");
    }

    @Test
    void facetsCountAndEachIgnoresItsOwnFilter() {
        OfferSearch.Results all = text("");
        assertThat(all.total()).isEqualTo(4 + OfferSearchFixture.FILLERS);
        assertThat(counts(all, "cost"))
                .containsEntry("free", 2L)
                .containsEntry("reduced", 1L)
                .containsEntry("fee", 24L);
        assertThat(counts(all, "group")).containsEntry("children", 2L).containsEntry("women", 1L);
        assertThat(counts(all, "district"))
                .containsEntry(Long.toString(data.kannenstieg()), 3L)
                .containsEntry(Long.toString(data.otherDistrict()), 1L);
        assertThat(counts(all, "language")).containsEntry("ar", 2L);
        assertThat(all.facets().get("cost").values())
                .filteredOn(v -> v.value().equals("free"))
                .singleElement()
                .satisfies(v -> assertThat(v.label()).isEqualTo("Kostenlos"));

        var free = query("");
        free = new OfferSearch.Query(
                free.text(), null, 2, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(Cost.FREE), null, 1);
        OfferSearch.Results onlyFree = search(free);
        assertThat(onlyFree.total()).isEqualTo(2);
        // the cost facet still offers the other costs with their counts; the others follow the filter
        assertThat(counts(onlyFree, "cost")).containsEntry("free", 2L).containsEntry("fee", 24L);
        assertThat(onlyFree.facets().get("cost").values())
                .filteredOn(OfferSearch.FacetValue::selected)
                .extracting(OfferSearch.FacetValue::value)
                .containsExactly("free");
        assertThat(counts(onlyFree, "group")).containsEntry("children", 1L).doesNotContainKey("seniors");
    }

    @Test
    void districtFilterKeepsOnlyThatDistrict() {
        var q = query("");
        q = new OfferSearch.Query(
                q.text(), null, 2, Set.of(data.otherDistrict()), Set.of(), Set.of(), Set.of(), Set.of(), null, 1);
        assertThat(data.titles(search(q))).containsExactly("Deutschkurs am Abend");
        var both = new OfferSearch.Query(
                q.text(),
                null,
                2,
                Set.of(data.otherDistrict(), data.kannenstieg()),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                null,
                1);
        assertThat(search(both).total()).isEqualTo(4);
    }

    @Test
    void nearAPointWithinTheRadiusSortedByDistance() {
        var centre = TenantContext.callAs(data.tenant(), () -> near.resolve("Kannenstieg"))
                .orElseThrow();
        assertThat(centre.label()).isEqualTo("Kannenstieg");
        var q = new OfferSearch.Query(
                data.marker(),
                centre.point(),
                2,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                OfferSearch.Sort.DISTANCE,
                1);
        OfferSearch.Results within2 = search(q);
        assertThat(data.titles(within2)).hasSize(3).first().isEqualTo("Deutsch-Kurs für Frauen und Mütter");
        assertThat(data.titles(within2)).doesNotContain("Deutschkurs am Abend");
        assertThat(within2.hits().getFirst().distanceKm()).isBetween(0.1, 0.3);
        assertThat(within2.hits().get(1).distanceKm()).isBetween(1.1, 1.3);

        var q10 = new OfferSearch.Query(
                data.marker(), centre.point(), 10, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, 1);
        assertThat(q10.effectiveSort()).isEqualTo(OfferSearch.Sort.RELEVANCE);
        var byDistance = new OfferSearch.Query(
                "", centre.point(), 10, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, 1);
        assertThat(byDistance.effectiveSort()).isEqualTo(OfferSearch.Sort.DISTANCE);
        OfferSearch.Results within10 = search(new OfferSearch.Query(
                data.marker(),
                centre.point(),
                10,
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                OfferSearch.Sort.DISTANCE,
                1));
        assertThat(data.titles(within10)).hasSize(4).last().isEqualTo("Deutschkurs am Abend");
        assertThat(within10.hits().getLast().distanceKm()).isBetween(4.8, 5.2);
    }

    @Test
    void nearResolvesPointsLocationsAndNothingElse() {
        TenantContext.runAs(data.tenant(), () -> {
            assertThat(near.resolve("52.17, 11.62"))
                    .hasValueSatisfying(r -> assertThat(r.point().lat()).isEqualTo(52.17));
            assertThat(near.resolve("Nordtreff " + data.marker()))
                    .hasValueSatisfying(r -> assertThat(r.point().lat())
                            .isCloseTo(
                                    OfferSearchFixture.KANNENSTIEG_LAT + 0.0108,
                                    org.assertj.core.data.Offset.offset(1e-6)));
            assertThat(near.resolve("Atlantis " + data.marker())).isEmpty();
            assertThat(near.resolve("99, 500")).isEmpty();
        });
    }

    @Test
    void searchSyntaxIsPlainText() {
        for (String hostile : new String[] {
            "\"(*:~\\", "+-&&||!(){}[]^\"~*?:\\/", "title:*", "AND OR NOT", "\u0000\u001f", "%_'", "x".repeat(5000)
        }) {
            assertThatCode(() -> search(OfferSearch.Query.of(hostile)))
                    .as(hostile)
                    .doesNotThrowAnyException();
            assertThatCode(() -> text(hostile)).as(hostile).doesNotThrowAnyException();
        }
        assertThat(text("\"(*:~\\").total()).isEqualTo(4 + OfferSearchFixture.FILLERS);
        assertThat(search.words("a b c d e f g h i j k l m n o p q r s t u v w x y z"))
                .hasSize(OfferSearch.MAX_WORDS);
        assertThat(search.words("für die und")).isEmpty();
    }

    @Test
    void pagesOfTwenty() {
        var first = search(query(""));
        assertThat(first.hits()).hasSize(20);
        assertThat(first.pages()).isEqualTo(2);
        var q = query("");
        var second = search(
                new OfferSearch.Query(q.text(), null, 2, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, 2));
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.hits()).hasSize(7);
        assertThat(second.total()).isEqualTo(27);
        // sorted by title without other text: no offer on both pages
        assertThat(data.titles(second)).doesNotContainAnyElementsOf(data.titles(first));
    }

    @Test
    void resultsCarryWhatTheListShows() {
        var hit = text("Frauen").hits().getFirst();
        assertThat(hit.id()).isEqualTo(data.women());
        assertThat(hit.organisationName()).isEqualTo("Testverein " + data.marker());
        assertThat(hit.districts()).extracting(OfferSearch.Named::name).containsExactly("Kannenstieg");
        assertThat(hit.languages()).containsExactlyInAnyOrder("de", "ar");
        assertThat(hit.targetGroups()).contains(TargetGroup.WOMEN);
        assertThat(hit.cost()).isEqualTo(Cost.FREE);
        assertThat(hit.summary()).startsWith("Wir lernen gemeinsam Deutsch");
        assertThat(hit.points()).hasSize(1);
        assertThat(hit.german()).isFalse();
        var arabic =
                TenantContext.callAs(data.tenant(), () -> search.search(query("Frauen"), Locale.forLanguageTag("ar")));
        assertThat(arabic.hits().getFirst().german()).isTrue();
        assertThat(arabic.hits().getFirst().titleLang()).isEqualTo("de");
    }

    static java.util.Map<String, Long> counts(OfferSearch.Results results, String facet) {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        results.facets().get(facet).values().forEach(v -> counts.put(v.value(), v.count()));
        return counts;
    }
}
