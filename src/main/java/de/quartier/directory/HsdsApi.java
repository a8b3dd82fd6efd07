package de.quartier.directory;

import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.ApiProblem;
import de.quartier.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open Referral HSDS 3.0 read API of a tenant's published directory: organizations and services (our offers),
 * paginated as the HSDS API specification describes, and the whole directory as one document for re-import.
 */
@RestController
@RequestMapping("/api/hsds/v3/{tenant}")
@Tag(
        name = "HSDS",
        description = "Open Referral Human Services Data Specification 3.0: published organisations and offers"
                + " (services) as open data")
class HsdsApi {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    private final HsdsReader reader;

    HsdsApi(HsdsReader reader) {
        this.reader = reader;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "Information about this API and its relation to HSDS")
    Map<String, Object> root(@PathVariable String tenant) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", "3.0");
        m.put("openapi_url", "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json");
        return m;
    }

    @GetMapping("/organizations")
    @Operation(
            summary = "Paginated list of published organisations (one-to-one fields)",
            description = "Envelope: total_items, total_pages, page_number, size, first_page, last_page, empty,"
                    + " contents (compiled/organization_list.json items).")
    @Transactional(readOnly = true)
    Map<String, Object> organizations(
            @PathVariable String tenant,
            @Parameter(description = "Full text search in the name") @RequestParam(required = false) @Nullable
                    String search,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Results per page, 1–500 (default 50)") @RequestParam(required = false) @Nullable
                    String per_page,
            @Parameter(description = "true: fully nested organisations") @RequestParam(required = false) boolean full) {
        Paging paging = Paging.of(page, per_page);
        long total = reader.countOrganisations(search);
        List<Organisation> found = reader.organisations(search, paging);
        HsdsJson.Context ctx = reader.context();
        return paging.envelope(
                total,
                found.stream()
                        .map(o -> full
                                ? HsdsJson.organization(o, reader.publishedOffersOf(o), false, ctx)
                                : HsdsJson.organizationBasic(o))
                        .toList());
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "A published organisation, fully nested (compiled/organization.json)")
    @Transactional(readOnly = true)
    Map<String, Object> organization(
            @PathVariable String tenant,
            @PathVariable String id,
            @Parameter(description = "true: the services in full, else their one-to-one fields")
                    @RequestParam(required = false)
                    boolean full_service) {
        Organisation o = reader.organisation(id).orElseThrow(() -> new NotFoundException("organization"));
        return HsdsJson.organization(o, reader.publishedOffersOf(o), full_service, reader.context());
    }

    @GetMapping("/services")
    @Operation(
            summary = "Paginated list of published offers as HSDS services (one-to-one fields)",
            description = "Envelope as for organizations; contents are compiled/service_list.json items.")
    @Transactional(readOnly = true)
    Map<String, Object> services(
            @PathVariable String tenant,
            @Parameter(description = "Full text search in the title") @RequestParam(required = false) @Nullable
                    String search,
            @Parameter(description = "Only services of this organisation") @RequestParam(required = false) @Nullable
                    String organization_id,
            @Parameter(
                            description = "Only services with this taxonomy term (the taxonomy_term ids in the"
                                    + " services' attributes: target group, action field, cost, access)")
                    @RequestParam(required = false)
                    @Nullable
                    String taxonomy_term_id,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Results per page, 1–500 (default 50)") @RequestParam(required = false) @Nullable
                    String per_page,
            @Parameter(description = "true: fully nested services") @RequestParam(required = false) boolean full) {
        Paging paging = Paging.of(page, per_page);
        UUID organisation = null;
        if (organization_id != null && !organization_id.isBlank()) {
            organisation = HsdsReader.uuid(organization_id);
            if (organisation == null) {
                return paging.envelope(0, List.of());
            }
        }
        Term term = null;
        if (taxonomy_term_id != null && !taxonomy_term_id.isBlank()) {
            term = reader.term(taxonomy_term_id);
            if (term == null) {
                return paging.envelope(0, List.of());
            }
        }
        long total = reader.countOffers(search, organisation, term);
        List<Offer> found = reader.offers(search, organisation, term, paging);
        HsdsJson.Context ctx = reader.context();
        return paging.envelope(
                total,
                found.stream()
                        .map(s -> full ? HsdsJson.service(s, true, ctx) : HsdsJson.serviceBasic(s, true))
                        .toList());
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "A published offer as a fully nested HSDS service (compiled/service.json)")
    @Transactional(readOnly = true)
    Map<String, Object> service(@PathVariable String tenant, @PathVariable String id) {
        Offer s = reader.offer(id).orElseThrow(() -> new NotFoundException("service"));
        return HsdsJson.service(s, true, reader.context());
    }

    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The whole published directory as one HSDS document",
            description = "A JSON array of fully nested organisations (compiled/organization.json), each with its"
                    + " services in full and its locations. Suitable for the HSDS import of another tenant.")
    @Transactional(readOnly = true)
    ResponseEntity<List<Map<String, Object>>> export(@PathVariable String tenant) {
        HsdsJson.Context ctx = reader.context();
        List<Map<String, Object>> all = new ArrayList<>();
        Map<Long, List<Offer>> offers = reader.allPublishedOffers().stream()
                .collect(Collectors.groupingBy(s -> s.organisation().id()));
        for (Organisation o : reader.allPublishedOrganisations()) {
            all.add(HsdsJson.organization(o, offers.getOrDefault(o.id(), List.of()), true, ctx));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + tenant.toLowerCase(Locale.ROOT) + "-hsds.json\"")
                .body(all);
    }

    /** A condition on offers that a taxonomy term of ours stands for. */
    record Term(String condition, Object value) {}

    /** page / per_page as the HSDS API has them, checked. */
    record Paging(int page, int perPage) {

        static Paging of(@Nullable String page, @Nullable String perPage) {
            return new Paging(
                    number(page, "page", 1, Integer.MAX_VALUE / MAX_PER_PAGE, 1),
                    number(perPage, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE));
        }

        private static int number(@Nullable String value, String name, int min, int max, int fallback) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            try {
                int n = Integer.parseInt(value.strip());
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new ApiProblem(
                    HttpStatus.BAD_REQUEST,
                    name + " must be a whole number from " + min + " to " + max,
                    Map.of(name, "must be a whole number from " + min + " to " + max));
        }

        int offset() {
            return (page - 1) * perPage;
        }

        Map<String, Object> envelope(long total, List<Map<String, Object>> contents) {
            long pages = (total + perPage - 1) / perPage;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("total_items", total);
            m.put("total_pages", pages);
            m.put("page_number", page);
            m.put("size", contents.size());
            m.put("first_page", page == 1);
            m.put("last_page", page >= pages);
            m.put("empty", contents.isEmpty());
            m.put("contents", contents);
            return m;
        }
    }

    /** Reads the published directory of the current tenant. */
    @Component
    static class HsdsReader {

        private final EntityManager em;
        private final DistrictService districts;
        private final String stateProvince;

        HsdsReader(
                EntityManager em,
                DistrictService districts,
                @Value("${quartier.hsds.state-province:Sachsen-Anhalt}") String stateProvince) {
            this.em = em;
            this.districts = districts;
            this.stateProvince = stateProvince;
        }

        HsdsJson.Context context() {
            return new HsdsJson.Context(
                    districts.list().stream().collect(Collectors.toMap(DistrictSummary::id, Function.identity())),
                    stateProvince);
        }

        static @Nullable UUID uuid(String id) {
            try {
                return UUID.fromString(id.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String like(@Nullable String search) {
            String s = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }

        long countOrganisations(@Nullable String search) {
            return em.createQuery(
                            "select count(o) from Organisation o where o.status = :published"
                                    + " and lower(o.name) like :search escape '\\'",
                            Long.class)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .setParameter("search", like(search))
                    .getSingleResult();
        }

        List<Organisation> organisations(@Nullable String search, Paging paging) {
            return em.createQuery(
                            "select o from Organisation o where o.status = :published"
                                    + " and lower(o.name) like :search escape '\\' order by o.name, o.id",
                            Organisation.class)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .setParameter("search", like(search))
                    .setFirstResult(paging.offset())
                    .setMaxResults(paging.perPage())
                    .getResultList();
        }

        java.util.Optional<Organisation> organisation(String id) {
            UUID uuid = uuid(id);
            if (uuid == null) {
                return java.util.Optional.empty();
            }
            return em.createQuery(
                            "select o from Organisation o where o.publicId = :id and o.status = :published",
                            Organisation.class)
                    .setParameter("id", uuid)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .getResultStream()
                    .findFirst();
        }

        List<Offer> publishedOffersOf(Organisation o) {
            return em.createQuery(
                            "select s from Offer s where s.organisation = :o and s.status = :published"
                                    + " order by s.title, s.id",
                            Offer.class)
                    .setParameter("o", o)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .getResultList();
        }

        /** The condition a taxonomy term id of ours stands for, or null if it is none of ours. */
        @Nullable
        Term term(String id) {
            UUID uuid = uuid(id);
            if (uuid == null) {
                return null;
            }
            for (TargetGroup g : TargetGroup.values()) {
                if (HsdsJson.termId(HsdsJson.TAXONOMY_TARGET_GROUP, g.name()).equals(uuid)) {
                    return new Term(":term member of s.targetGroups", g);
                }
            }
            for (Cost c : Cost.values()) {
                if (HsdsJson.termId(HsdsJson.TAXONOMY_COST, c.name()).equals(uuid)) {
                    return new Term("s.cost = :term", c);
                }
            }
            for (AccessMode a : AccessMode.values()) {
                if (HsdsJson.termId(HsdsJson.TAXONOMY_ACCESS, a.name()).equals(uuid)) {
                    return new Term("s.access = :term", a);
                }
            }
            for (ActionField f : em.createQuery("select f from ActionField f", ActionField.class)
                    .getResultList()) {
                if (HsdsJson.termId(HsdsJson.TAXONOMY_ACTION_FIELD, f.code()).equals(uuid)) {
                    return new Term(
                            "s.id in (select s2.id from Offer s2 join s2.actionFields f where f.id = :term)", f.id());
                }
            }
            return null;
        }

        private <T> TypedQuery<T> offerQuery(
                String select,
                @Nullable String search,
                @Nullable UUID organisation,
                @Nullable Term term,
                Class<T> type,
                String order) {
            String jpql = select + " from Offer s join s.organisation o where s.status = :published"
                    + " and o.status = :published and lower(s.title) like :search escape '\\'"
                    + (organisation == null ? "" : " and o.publicId = :org")
                    + (term == null ? "" : " and " + term.condition()) + order;
            TypedQuery<T> q = em.createQuery(jpql, type)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .setParameter("search", like(search));
            if (organisation != null) {
                q.setParameter("org", organisation);
            }
            if (term != null) {
                q.setParameter("term", term.value());
            }
            return q;
        }

        long countOffers(@Nullable String search, @Nullable UUID organisation, @Nullable Term term) {
            return offerQuery("select count(s)", search, organisation, term, Long.class, "")
                    .getSingleResult();
        }

        List<Offer> offers(@Nullable String search, @Nullable UUID organisation, @Nullable Term term, Paging paging) {
            return offerQuery("select s", search, organisation, term, Offer.class, " order by s.title, s.id")
                    .setFirstResult(paging.offset())
                    .setMaxResults(paging.perPage())
                    .getResultList();
        }

        java.util.Optional<Offer> offer(String id) {
            UUID uuid = uuid(id);
            if (uuid == null) {
                return java.util.Optional.empty();
            }
            return em.createQuery(
                            "select s from Offer s join s.organisation o where s.publicId = :id"
                                    + " and s.status = :published and o.status = :published",
                            Offer.class)
                    .setParameter("id", uuid)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .getResultStream()
                    .findFirst();
        }

        List<Organisation> allPublishedOrganisations() {
            return em.createQuery(
                            "select o from Organisation o where o.status = :published order by o.name, o.id",
                            Organisation.class)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .getResultList();
        }

        List<Offer> allPublishedOffers() {
            return em.createQuery(
                            "select s from Offer s join fetch s.organisation o where s.status = :published"
                                    + " and o.status = :published order by s.title, s.id",
                            Offer.class)
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .getResultList();
        }
    }
}
