package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.Role;
import de.quartier.directory.DetailViews.Choice;
import de.quartier.directory.DetailViews.CooperationItem;
import de.quartier.directory.DetailViews.DistrictLink;
import de.quartier.directory.DetailViews.Guide;
import de.quartier.directory.DetailViews.GuideOffer;
import de.quartier.directory.DetailViews.GuideSection;
import de.quartier.directory.DetailViews.Hours;
import de.quartier.directory.DetailViews.OfferItem;
import de.quartier.directory.DetailViews.OfferPage;
import de.quartier.directory.DetailViews.OrgLink;
import de.quartier.directory.DetailViews.OrganisationItem;
import de.quartier.directory.DetailViews.OrganisationList;
import de.quartier.directory.DetailViews.OrganisationPage;
import de.quartier.directory.DetailViews.Place;
import de.quartier.directory.DetailViews.Text;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.persistence.EntityManager;
import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the directory for the public detail pages: an offer, an organisation, the A–Z list of organisations and
 * the printable guide (Wegweiser). Only published offers of published organisations are public; staff who may
 * manage an entry (admins, managers of its districts, editors of its organisation) also see it unpublished.
 */
@Service
class PublicDirectory {

    static final int PAGE_SIZE = 50;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final OfferRepository offers;
    private final OrganisationRepository organisations;
    private final CooperationRepository cooperations;
    private final ActionFieldCatalogue catalogue;
    private final DistrictService districts;
    private final Access access;
    private final EntityManager em;

    PublicDirectory(
            OfferRepository offers,
            OrganisationRepository organisations,
            CooperationRepository cooperations,
            ActionFieldCatalogue catalogue,
            DistrictService districts,
            Access access,
            EntityManager em) {
        this.offers = offers;
        this.organisations = organisations;
        this.cooperations = cooperations;
        this.catalogue = catalogue;
        this.districts = districts;
        this.access = access;
        this.em = em;
    }

    // ---- offer ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    OfferPage offer(String idText, Locale locale, String baseUrl) {
        Offer offer = parseId(idText)
                .flatMap(offers::findById)
                .or(() -> parseUuid(idText).flatMap(offers::findByPublicId))
                .orElseThrow(() -> new NotFoundException("offer"));
        Organisation org = offer.organisation();
        boolean isPublic = offer.status() == EntryStatus.PUBLISHED && org.status() == EntryStatus.PUBLISHED;
        Map<Long, DistrictSummary> districtsById = districtsById();
        Set<Long> districtIds = offerDistricts(offer);
        if (!isPublic && !mayManage(org, districtIds)) {
            throw new NotFoundException("offer");
        }
        String lang = locale.getLanguage();
        OfferText tr = "de".equals(lang) ? null : offer.translations().get(lang);
        Text title = text(offer.title(), tr == null ? null : tr.title(), lang);
        Text description = text(offer.description(), tr == null ? null : tr.description(), lang);
        Text costNote =
                blank(offer.costNote()) ? null : text(offer.costNote(), tr == null ? null : tr.costNote(), lang);
        Text accessibility = blank(offer.accessibilityNote())
                ? null
                : text(offer.accessibilityNote(), tr == null ? null : tr.accessibilityNote(), lang);
        List<Place> places = places(offer.locations(), org.id());
        List<Hours> hours = hours(offer.schedule(), locale);
        List<String> languages = offer.languages().stream()
                .map(code -> languageName(code, locale))
                .toList();
        List<String> groups =
                offer.targetGroups().stream().map(TargetGroup::messageKey).toList();
        List<String> fields = offer.actionFields().stream()
                .sorted(Comparator.comparingInt(ActionField::position))
                .map(f -> f.name(locale))
                .toList();
        List<DistrictLink> districtLinks = districtLinks(districtIds, districtsById);
        String orgUrl = baseUrl + "/organisationen/" + org.id();
        String jsonLd = JsonLd.offer(
                offer, title.value(), description.value(), baseUrl + "/angebote/" + offer.id(), orgUrl, districtLinks);
        return new OfferPage(
                offer.id(),
                offer.status() == EntryStatus.PUBLISHED ? org.status() : offer.status(),
                isPublic,
                title,
                description,
                new OrgLink(org.id(), org.name()),
                org.kind().messageKey(),
                places,
                hours,
                offer.scheduleNote(),
                languages,
                groups,
                fields,
                offer.cost().messageKey(),
                costNote,
                offer.access().messageKey(),
                accessibility,
                offer.contactName(),
                offer.contactEmail(),
                offer.contactPhone(),
                safeWebsite(offer.website()),
                districtLinks,
                mapPoints(places),
                jsonLd);
    }

    // ---- organisation --------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    OrganisationPage organisation(String idText, Locale locale, String baseUrl) {
        Organisation org = findOrganisation(idText);
        boolean isPublic = org.status() == EntryStatus.PUBLISHED;
        if (!isPublic && !mayManage(org, org.districtIds())) {
            throw new NotFoundException("organisation");
        }
        String lang = locale.getLanguage();
        Text description = text(
                org.description(), "de".equals(lang) ? null : org.translations().get(lang), lang);
        List<DistrictLink> districtLinks = districtLinks(org.districtIds(), districtsById());
        List<Place> places = places(org.locations(), org.id());
        List<OfferItem> offerItems =
                offers.findByOrganisationIdAndStatusOrderByTitleAsc(org.id(), EntryStatus.PUBLISHED).stream()
                        .map(o -> offerItem(o, lang))
                        .toList();
        List<CooperationItem> coops = new ArrayList<>();
        DateTimeFormatter since =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        for (Cooperation c : cooperations.findByOrganisation(org.id())) {
            Organisation partner = c.organisationA().id().equals(org.id()) ? c.organisationB() : c.organisationA();
            if (partner.status() != EntryStatus.PUBLISHED) {
                continue;
            }
            coops.add(new CooperationItem(
                    new OrgLink(partner.id(), partner.name()),
                    c.kind().messageKey(),
                    c.since() == null ? null : since.format(c.since())));
        }
        coops.sort(Comparator.comparing(c -> c.partner().name(), Collator.getInstance(Locale.GERMAN)));
        boolean hasLogo = org.logoType() != null;
        String url = baseUrl + "/organisationen/" + org.id();
        String jsonLd = JsonLd.organisation(
                org, description.value(), url, hasLogo ? url + "/logo" : null, districtLinks, offerItems, baseUrl);
        return new OrganisationPage(
                org.id(),
                org.status(),
                isPublic,
                org.name(),
                org.kind().messageKey(),
                hasLogo,
                description,
                safeWebsite(org.website()),
                org.email(),
                org.phone(),
                org.contactName(),
                districtLinks,
                places,
                offerItems,
                coops,
                mapPoints(places),
                jsonLd);
    }

    /** A published organisation's logo: bytes, content type and a version for the ETag. */
    @Transactional(readOnly = true)
    Optional<Logo> logo(String idText) {
        return parseId(idText)
                .flatMap(organisations::findById)
                .filter(o -> o.status() == EntryStatus.PUBLISHED)
                .filter(o -> o.logo() != null && o.logoType() != null)
                .map(o -> new Logo(
                        o.logo(),
                        o.logoType(),
                        o.version() + "-" + o.updatedAt().toEpochMilli()));
    }

    record Logo(byte[] bytes, String type, String version) {}

    @Transactional(readOnly = true)
    OrganisationList organisationList(
            @Nullable String districtParam, @Nullable String kindParam, @Nullable String pageParam, Locale locale) {
        List<DistrictSummary> all = districts.list();
        DistrictSummary district = districtParam == null || districtParam.isBlank()
                ? null
                : findDistrict(all, districtParam).orElse(null);
        OrganisationKind kind = parseKind(kindParam);
        StringBuilder jpql = new StringBuilder("from Organisation o where o.status = :published");
        if (district != null) {
            jpql.append(" and :district member of o.districtIds");
        }
        if (kind != null) {
            jpql.append(" and o.kind = :kind");
        }
        var count = em.createQuery("select count(o) " + jpql, Long.class);
        var select = em.createQuery("select o " + jpql + " order by lower(o.name), o.id", Organisation.class);
        for (var q : List.of(count, select)) {
            q.setParameter("published", EntryStatus.PUBLISHED);
            if (district != null) {
                q.setParameter("district", district.id());
            }
            if (kind != null) {
                q.setParameter("kind", kind);
            }
        }
        long total = count.getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = pageParam != null && pageParam.matches("\\d{1,6}") ? Integer.parseInt(pageParam) : 1;
        page = Math.min(Math.max(page, 1), pages);
        List<Organisation> rows = select.setFirstResult((page - 1) * PAGE_SIZE)
                .setMaxResults(PAGE_SIZE)
                .getResultList();
        Map<Long, DistrictSummary> byId = all.stream().collect(Collectors.toMap(DistrictSummary::id, d -> d));
        List<OrganisationItem> items = rows.stream()
                .map(o -> new OrganisationItem(
                        o.id(),
                        o.name(),
                        o.kind().messageKey(),
                        letter(o.name()),
                        districtLinks(o.districtIds(), byId).stream()
                                .map(DistrictLink::name)
                                .collect(Collectors.joining(", "))))
                .toList();
        List<Choice> districtChoices = all.stream()
                .map(d -> new Choice(String.valueOf(d.id()), d.name(), district != null && district.id() == d.id()))
                .toList();
        List<Choice> kinds = java.util.Arrays.stream(OrganisationKind.values())
                .map(k -> new Choice(k.name(), k.messageKey(), k == kind))
                .toList();
        return new OrganisationList(
                items,
                districtChoices,
                kinds,
                district == null ? null : new DistrictLink(district.id(), district.name(), district.slug()),
                kind == null ? null : kind.name(),
                total,
                page,
                pages,
                page > 1 ? listHref(district, kind, page - 1) : null,
                page < pages ? listHref(district, kind, page + 1) : null);
    }

    // ---- Wegweiser -----------------------------------------------------------------------------------------

    /** The district addressed by id or slug, for the guide. */
    DistrictSummary guideDistrict(@Nullable String param) {
        if (param == null || param.isBlank()) {
            throw new NotFoundException("district");
        }
        return findDistrict(districts.list(), param).orElseThrow(() -> new NotFoundException("district"));
    }

    /** The district's published offers grouped by action field, texts in {@code locale} with German fallback. */
    @Transactional(readOnly = true)
    Guide guide(DistrictSummary district, String tenantName, Locale locale) {
        List<Offer> inDistrict = em.createQuery(
                        "select distinct o from Offer o left join o.locations l"
                                + " where o.status = :published and o.organisation.status = :published"
                                + " and (l.districtId = :district"
                                + " or (o.locations is empty and :district member of o.organisation.districtIds))",
                        Offer.class)
                .setParameter("published", EntryStatus.PUBLISHED)
                .setParameter("district", district.id())
                .getResultList();
        String lang = locale.getLanguage();
        Collator collator = Collator.getInstance(Locale.GERMAN);
        Map<Long, List<GuideOffer>> byField = new LinkedHashMap<>();
        Map<Long, String> fieldNames = new LinkedHashMap<>();
        catalogue.byId().values().stream()
                .sorted(Comparator.comparingInt(ActionField::position))
                .forEach(f -> fieldNames.put(f.id(), f.name(locale)));
        fieldNames.keySet().forEach(id -> byField.put(id, new ArrayList<>()));
        List<GuideOffer> other = new ArrayList<>();
        inDistrict.sort(Comparator.comparing(Offer::title, collator));
        for (Offer o : inDistrict) {
            GuideOffer g = guideOffer(o, lang, locale);
            Optional<ActionField> first = o.actionFields().stream().min(Comparator.comparingInt(ActionField::position));
            if (first.isPresent() && byField.containsKey(first.get().id())) {
                byField.get(first.get().id()).add(g);
            } else {
                other.add(g);
            }
        }
        List<GuideSection> sections = new ArrayList<>();
        byField.forEach((id, list) -> {
            if (!list.isEmpty()) {
                sections.add(new GuideSection(fieldNames.get(id), list));
            }
        });
        if (!other.isEmpty()) {
            sections.add(new GuideSection("", other));
        }
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(LocalDate.now(TenantContext.require().zone()));
        return new Guide(lang, tenantName, district.name(), date, sections);
    }

    private GuideOffer guideOffer(Offer o, String lang, Locale locale) {
        OfferText tr = "de".equals(lang) ? null : o.translations().get(lang);
        String title = text(o.title(), tr == null ? null : tr.title(), lang).value();
        String description = Texts.excerpt(
                text(o.description(), tr == null ? null : tr.description(), lang)
                        .value(),
                400);
        List<String> addresses = o.locations().stream()
                .map(l -> {
                    String address = l.address();
                    return address.isEmpty() ? l.name() : l.name() + ", " + address;
                })
                .toList();
        List<String> contact = new ArrayList<>();
        for (String s : new String[] {o.contactName(), o.contactPhone(), o.contactEmail(), o.website()}) {
            if (!blank(s)) {
                contact.add(s);
            }
        }
        return new GuideOffer(
                title,
                description,
                o.organisation().name(),
                addresses,
                hours(o.schedule(), locale),
                o.scheduleNote(),
                o.languages().stream().map(c -> languageName(c, locale)).toList(),
                o.targetGroups().stream().map(TargetGroup::messageKey).toList(),
                o.cost().messageKey(),
                o.access().messageKey(),
                contact.isEmpty() ? null : String.join(" · ", contact));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Organisation findOrganisation(String idText) {
        return parseId(idText)
                .flatMap(organisations::findById)
                .or(() -> parseUuid(idText).flatMap(organisations::findByPublicId))
                .orElseThrow(() -> new NotFoundException("organisation"));
    }

    /** Admins, district managers of one of the entry's districts, and editors of its organisation. */
    private boolean mayManage(Organisation org, Collection<Long> districtIds) {
        if (access.isTenantAdmin()) {
            return true;
        }
        long tenant = TenantContext.require().id();
        return access.principal().stream()
                .flatMap(p -> p.grantsIn(tenant).stream())
                .anyMatch(g -> (g.role() == Role.DISTRICT_MANAGER
                                && g.districtIds().stream().anyMatch(districtIds::contains))
                        || (g.role() == Role.ORGANISATION_EDITOR
                                && g.organisationIds().contains(org.id())));
    }

    private static Set<Long> offerDistricts(Offer offer) {
        Set<Long> ids = new LinkedHashSet<>();
        for (Location l : offer.locations()) {
            if (l.districtId() != null) {
                ids.add(l.districtId());
            }
        }
        if (ids.isEmpty()) {
            ids.addAll(offer.organisation().districtIds());
        }
        return ids;
    }

    private Map<Long, DistrictSummary> districtsById() {
        return districts.list().stream().collect(Collectors.toMap(DistrictSummary::id, Function.identity()));
    }

    private static List<DistrictLink> districtLinks(Collection<Long> ids, Map<Long, DistrictSummary> byId) {
        return ids.stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .map(d -> new DistrictLink(d.id(), d.name(), d.slug()))
                .sorted(Comparator.comparing(DistrictLink::name, Collator.getInstance(Locale.GERMAN)))
                .toList();
    }

    private List<Place> places(Collection<Location> locations, long ownOrganisation) {
        List<Place> result = new ArrayList<>();
        for (Location l : locations) {
            List<OrgLink> alsoHere = em
                    .createQuery(
                            "select o from Organisation o join o.locations l where l.id = :location"
                                    + " and o.status = :published and o.id <> :self order by o.name",
                            Organisation.class)
                    .setParameter("location", l.id())
                    .setParameter("published", EntryStatus.PUBLISHED)
                    .setParameter("self", ownOrganisation)
                    .getResultList()
                    .stream()
                    .map(o -> new OrgLink(o.id(), o.name()))
                    .toList();
            result.add(new Place(l.id(), l.name(), l.address(), l.latitude(), l.longitude(), alsoHere));
        }
        return result;
    }

    private static OfferItem offerItem(Offer o, String lang) {
        OfferText tr = "de".equals(lang) ? null : o.translations().get(lang);
        Text description = text(o.description(), tr == null ? null : tr.description(), lang);
        return new OfferItem(
                o.id(),
                text(o.title(), tr == null ? null : tr.title(), lang),
                new Text(Texts.excerpt(description.value(), 200), description.fallback()));
    }

    /** Opening times grouped by weekday in week order, weekday names in the visitor's language. */
    static List<Hours> hours(List<ScheduleSlot> schedule, Locale locale) {
        Map<Integer, List<ScheduleSlot>> byDay = new TreeMap<>();
        for (ScheduleSlot s : schedule) {
            if (s != null && s.weekday() >= 1 && s.weekday() <= 7) {
                byDay.computeIfAbsent(s.weekday(), d -> new ArrayList<>()).add(s);
            }
        }
        List<Hours> result = new ArrayList<>();
        byDay.forEach((day, slots) -> result.add(new Hours(
                DayOfWeek.of(day).getDisplayName(TextStyle.FULL_STANDALONE, locale),
                slots.stream()
                        .sorted(Comparator.comparing(ScheduleSlot::opens))
                        .map(s -> TIME.format(s.opens()) + "–" + TIME.format(s.closes()))
                        .collect(Collectors.joining(", ")))));
        return result;
    }

    /** "Arabisch" for ar in German, "Arabic" in English, "العربية" in Arabic. */
    static String languageName(String code, Locale locale) {
        Locale language = Locale.forLanguageTag(code);
        String name = language.getDisplayLanguage(locale);
        if (name.isBlank() || name.equalsIgnoreCase(code)) {
            return code;
        }
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The translation when present, else the German text, marked as fallback unless the visitor reads German. */
    static Text text(@Nullable String german, @Nullable String translated, String lang) {
        if (!blank(translated)) {
            return new Text(translated, false);
        }
        String value = german == null ? "" : german;
        return new Text(value, !"de".equals(lang) && !value.isBlank());
    }

    private static String mapPoints(List<Place> places) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Place p : places) {
            if (p.latitude() != null && p.longitude() != null) {
                Map<String, Object> point = new LinkedHashMap<>();
                point.put("lat", p.latitude());
                point.put("lon", p.longitude());
                point.put("name", p.name());
                point.put("address", p.address());
                points.add(point);
            }
        }
        return JSON.writeValueAsString(points);
    }

    /** Only http(s) links are shown as links; anything else (javascript:, data:) is dropped. */
    static @Nullable String safeWebsite(@Nullable String url) {
        if (blank(url)) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return u;
        }
        if (!lower.contains(":") && lower.matches("[a-z0-9.-]+\\.[a-z]{2,}(/.*)?")) {
            return "https://" + u;
        }
        return null;
    }

    private static Optional<DistrictSummary> findDistrict(List<DistrictSummary> all, String param) {
        Optional<Long> id = parseId(param);
        return all.stream()
                .filter(d -> id.map(i -> i == d.id()).orElse(false) || d.slug().equalsIgnoreCase(param.strip()))
                .findFirst();
    }

    private static @Nullable OrganisationKind parseKind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        for (OrganisationKind k : OrganisationKind.values()) {
            if (k.name().equalsIgnoreCase(kind.strip())) {
                return k;
            }
        }
        return null;
    }

    private static String listHref(@Nullable DistrictSummary district, @Nullable OrganisationKind kind, int page) {
        var b = UriComponentsBuilder.fromPath("/organisationen");
        if (district != null) {
            b.queryParam("district", district.id());
        }
        if (kind != null) {
            b.queryParam("kind", kind.name());
        }
        b.queryParam("page", page);
        return b.build().toUriString();
    }

    private static String letter(String name) {
        String n = name.strip();
        if (n.isEmpty()) {
            return "#";
        }
        String first = java.text.Normalizer.normalize(n.substring(0, 1), java.text.Normalizer.Form.NFD)
                .substring(0, 1)
                .toUpperCase(Locale.GERMAN);
        return Character.isLetter(first.charAt(0)) ? first : "#";
    }

    static Optional<Long> parseId(String text) {
        return text != null && text.matches("\\d{1,18}") ? Optional.of(Long.valueOf(text)) : Optional.empty();
    }

    private static Optional<UUID> parseUuid(String text) {
        try {
            return text != null && text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
