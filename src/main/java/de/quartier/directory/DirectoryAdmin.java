package de.quartier.directory;

import de.quartier.directory.DirectoryAdminViews.CooperationRow;
import de.quartier.directory.DirectoryAdminViews.HistoryRow;
import de.quartier.directory.DirectoryAdminViews.LocationRow;
import de.quartier.directory.DirectoryAdminViews.OfferRow;
import de.quartier.directory.DirectoryAdminViews.Option;
import de.quartier.directory.DirectoryAdminViews.OrganisationInfo;
import de.quartier.directory.DirectoryAdminViews.OrganisationRow;
import de.quartier.directory.DirectoryAdminViews.ReviewNote;
import de.quartier.directory.DirectoryEditing.Outcome;
import de.quartier.directory.DirectoryEditing.Result;
import de.quartier.directory.DirectoryEditing.Scope;
import de.quartier.directory.DirectoryEditingForms.CooperationForm;
import de.quartier.directory.DirectoryEditingForms.LocationForm;
import de.quartier.directory.DirectoryEditingForms.OfferForm;
import de.quartier.directory.DirectoryEditingForms.OrganisationForm;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.FileType;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The staff pages of the directory: the entries in the person's scope, and the forms for organisations,
 * locations, offers and cooperations, with their history. Every write goes through {@link DirectoryEditing}.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/verzeichnis")
class DirectoryAdmin {

    static final int LOGO_MAX = 500 * 1024;

    private final DirectoryEditing editing;
    private final OrganisationRepository organisations;
    private final OfferRepository offers;
    private final LocationRepository locations;
    private final CooperationRepository cooperations;
    private final PendingChangeRepository pending;
    private final History history;
    private final ActionFieldCatalogue catalogue;
    private final DistrictService districts;
    private final MessageSource messages;
    private final EntityManager em;
    private final String tileUrl;

    DirectoryAdmin(
            DirectoryEditing editing,
            OrganisationRepository organisations,
            OfferRepository offers,
            LocationRepository locations,
            CooperationRepository cooperations,
            PendingChangeRepository pending,
            History history,
            ActionFieldCatalogue catalogue,
            DistrictService districts,
            MessageSource messages,
            EntityManager em,
            @Value("${quartier.map.tile-url:}") String tileUrl) {
        this.tileUrl = tileUrl;
        this.editing = editing;
        this.organisations = organisations;
        this.offers = offers;
        this.locations = locations;
        this.cooperations = cooperations;
        this.pending = pending;
        this.history = history;
        this.catalogue = catalogue;
        this.districts = districts;
        this.messages = messages;
        this.em = em;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("directory.");
        binder.setMessageCodesResolver(codes);
    }

    private static String base() {
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/verzeichnis";
    }

    private static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }

    private List<Option> districtOptions() {
        return districts.list().stream().map(d -> new Option(d.id(), d.name())).toList();
    }

    private Map<Long, String> districtNames() {
        return districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
    }

    // ---- start page ----------------------------------------------------------------------------------------

    @GetMapping
    String index(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String district,
            Model model) {
        Scope s = editing.scope();
        if (!s.admin() && !s.manager() && s.organisations().isEmpty()) {
            throw new AccessDeniedException("no directory role");
        }
        EntryStatus st = parse(status);
        Long districtId = district == null || !district.matches("\\d{1,18}") ? null : Long.valueOf(district);
        String text = q == null ? "" : q.strip();
        List<OrganisationRow> rows = editing.read(() -> {
            StringBuilder jpql = new StringBuilder("select distinct o from Organisation o left join o.locations l"
                    + " left join o.districtIds d where 1 = 1");
            Map<String, Object> params = new HashMap<>();
            if (!s.admin()) {
                jpql.append(" and (o.id in :orgs or d in :ds or l.districtId in :ds)");
                params.put("orgs", s.organisations().isEmpty() ? Set.of(-1L) : s.organisations());
                params.put("ds", s.managedDistricts().isEmpty() ? Set.of(-1L) : s.managedDistricts());
            }
            if (!text.isEmpty()) {
                jpql.append(" and lower(o.name) like :q");
                params.put("q", "%" + text.toLowerCase(Locale.ROOT).replace("%", "") + "%");
            }
            if (st != null) {
                jpql.append(" and o.status = :st");
                params.put("st", st);
            }
            if (districtId != null) {
                jpql.append(" and (d = :d or l.districtId = :d)");
                params.put("d", districtId);
            }
            jpql.append(" order by o.name");
            var query = em.createQuery(jpql.toString(), Organisation.class).setMaxResults(200);
            params.forEach(query::setParameter);
            Map<Long, String> names = districtNames();
            Set<Long> changed = pending.findAll().stream()
                    .filter(c -> History.ORGANISATION.equals(c.entityType()))
                    .map(PendingChange::entityId)
                    .collect(Collectors.toSet());
            return query.getResultList().stream()
                    .map(o -> new OrganisationRow(
                            o.id(),
                            o.name(),
                            o.kind(),
                            o.status(),
                            DirectoryEditing.districtsOf(o).stream()
                                    .map(names::get)
                                    .filter(Objects::nonNull)
                                    .collect(Collectors.joining(", ")),
                            changed.contains(o.id())))
                    .toList();
        });
        model.addAttribute("rows", rows);
        model.addAttribute("q", text);
        model.addAttribute("status", st == null ? "" : st.name());
        model.addAttribute("district", districtId);
        model.addAttribute("districts", districtOptions());
        model.addAttribute("reviewer", s.reviewer());
        model.addAttribute("admin", s.admin());
        model.addAttribute("pendingCount", s.reviewer() ? pendingCount(s) : 0);
        return "directory/admin-index";
    }

    private long pendingCount(Scope s) {
        return editing.read(() -> organisations.findByStatusOrderByNameAsc(EntryStatus.PENDING).stream()
                        .filter(o -> editing.reviews(s, o))
                        .count()
                + pending.findAll().stream().filter(editing::mayReview).count());
    }

    private static @Nullable EntryStatus parse(@Nullable String status) {
        return Arrays.stream(EntryStatus.values())
                .filter(e -> e.name().equals(status))
                .findFirst()
                .orElse(null);
    }

    // ---- organisations -------------------------------------------------------------------------------------

    @GetMapping("/organisationen/neu")
    String newOrganisation(@PathVariable String tenant, Model model) {
        if (!editing.scope().reviewer()) {
            throw new AccessDeniedException("managers and admins create organisations");
        }
        return organisationForm(model, null, OrganisationForm.empty(), FormErrors.none(), false);
    }

    @PostMapping("/organisationen/neu")
    String createOrganisation(
            @PathVariable String tenant,
            @Valid @ModelAttribute("organisationForm") @Nullable OrganisationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!editing.scope().reviewer()) {
            throw new AccessDeniedException("managers and admins create organisations");
        }
        if (form != null) {
            editing.check(form, result);
        }
        if (form == null || result.hasErrors()) {
            return organisationForm(
                    model,
                    null,
                    form == null ? OrganisationForm.empty() : form,
                    FormErrors.of(result, messages, locale(request)),
                    false);
        }
        Result r = editing.createOrganisation(form);
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/organisationen/" + r.id();
    }

    @GetMapping("/organisationen/{id:\\d+}")
    String editOrganisation(@PathVariable String tenant, @PathVariable long id, Model model) {
        OrganisationForm form = editing.read(() -> {
            Organisation o = editing.editableOrganisation(id);
            List<String> tr = DirectoryEditingForms.TRANSLATIONS.stream()
                    .map(l -> o.translations().getOrDefault(l, ""))
                    .toList();
            return new OrganisationForm(
                    o.version(),
                    o.name(),
                    o.kind(),
                    o.description(),
                    tr,
                    o.website(),
                    o.email(),
                    o.phone(),
                    o.contactName(),
                    new ArrayList<>(o.districtIds()),
                    o.locations().stream().map(Location::id).toList());
        });
        return organisationForm(model, id, form, FormErrors.none(), false);
    }

    @PostMapping("/organisationen/{id:\\d+}")
    String updateOrganisation(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("organisationForm") @Nullable OrganisationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        editing.read(() -> editing.editableOrganisation(id));
        if (form != null) {
            editing.check(form, result);
        }
        if (form == null || result.hasErrors()) {
            return organisationForm(
                    model,
                    id,
                    form == null ? OrganisationForm.empty() : form,
                    FormErrors.of(result, messages, locale(request)),
                    false);
        }
        Result r = editing.updateOrganisation(id, form);
        if (r.outcome() == Outcome.CONFLICT) {
            return organisationForm(model, id, form, FormErrors.none(), true);
        }
        redirect.addFlashAttribute("notice", r.outcome() == Outcome.PENDING_REVIEW ? "pending" : "saved");
        return base() + "/organisationen/" + id;
    }

    @PostMapping("/organisationen/{id:\\d+}/archivieren")
    String archiveOrganisation(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        editing.setStatus(History.ORGANISATION, id, EntryStatus.ARCHIVED);
        redirect.addFlashAttribute("notice", "archived");
        return base() + "/organisationen/" + id;
    }

    @PostMapping("/organisationen/{id:\\d+}/wiederherstellen")
    String restoreOrganisation(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        editing.setStatus(History.ORGANISATION, id, EntryStatus.PUBLISHED);
        redirect.addFlashAttribute("notice", "restored");
        return base() + "/organisationen/" + id;
    }

    @PostMapping("/organisationen/{id:\\d+}/logo")
    String uploadLogo(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "remove", required = false) @Nullable String remove,
            RedirectAttributes redirect)
            throws IOException {
        editing.read(() -> editing.editableOrganisation(id));
        if (remove != null) {
            editing.logo(id, null, null);
            redirect.addFlashAttribute("notice", "logoRemoved");
            return base() + "/organisationen/" + id;
        }
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("logoError", "directory.edit.logo.missing");
        } else if (file.getSize() > LOGO_MAX) {
            redirect.addFlashAttribute("logoError", "directory.edit.logo.tooLarge");
        } else {
            byte[] bytes = file.getBytes();
            String type = FileType.of(bytes)
                    .filter(FileType::isImage)
                    .map(FileType::contentType)
                    .orElse(null);
            if (type == null) {
                redirect.addFlashAttribute("logoError", "directory.edit.logo.type");
            } else {
                editing.logo(id, bytes, type);
                redirect.addFlashAttribute("notice", "logoSaved");
            }
        }
        return base() + "/organisationen/" + id;
    }

    @GetMapping("/organisationen/{id:\\d+}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String tenant, @PathVariable long id) {
        return editing.read(() -> {
            Organisation o = editing.editableOrganisation(id);
            if (o.logo() == null || o.logoType() == null) {
                throw new NotFoundException("logo");
            }
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(o.logoType()))
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                    .body(o.logo());
        });
    }

    private String organisationForm(
            Model model, @Nullable Long id, OrganisationForm form, FormErrors errors, boolean conflict) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("districts", districtOptions());
        model.addAttribute("kinds", List.of(OrganisationKind.values()));
        model.addAttribute("languages", DirectoryEditingForms.TRANSLATIONS);
        model.addAttribute(
                "locationOptions",
                editing.read(() -> locations.findAllByOrderByNameAsc().stream()
                        .map(l -> new LocationRow(l.id(), l.name(), l.address()))
                        .toList()));
        model.addAttribute("info", id == null ? null : info(id));
        model.addAttribute("review", id == null ? new ReviewNote(false, null) : reviewNote(History.ORGANISATION, id));
        return "directory/admin-organisation";
    }

    private OrganisationInfo info(long id) {
        return editing.read(() -> {
            Organisation o = editing.organisation(id);
            Set<Long> changed = pending.findAll().stream()
                    .filter(c -> History.OFFER.equals(c.entityType()))
                    .map(PendingChange::entityId)
                    .collect(Collectors.toSet());
            return new OrganisationInfo(
                    id,
                    o.name(),
                    o.status(),
                    o.logoType() != null,
                    offers.findByOrganisationIdOrderByTitleAsc(id).stream()
                            .map(f -> new OfferRow(f.id(), f.title(), f.status(), changed.contains(f.id())))
                            .toList(),
                    o.locations().stream()
                            .map(l -> new LocationRow(l.id(), l.name(), l.address()))
                            .toList(),
                    cooperations.findByOrganisation(id).stream()
                            .map(c -> new CooperationRow(
                                    c.id(),
                                    c.organisationA().id() == id
                                            ? c.organisationB().name()
                                            : c.organisationA().name(),
                                    c.kind()))
                            .toList());
        });
    }

    private ReviewNote reviewNote(String type, long id) {
        return editing.read(() -> {
            boolean waiting = pending.findByEntityTypeAndEntityId(type, id).isPresent();
            String rejection = history.of(type, id).stream()
                    .filter(h -> !"submitted".equals(h.action()))
                    .findFirst()
                    .filter(h -> "rejected".equals(h.action()))
                    .map(HistoryEntry::changes)
                    .orElse(null);
            return new ReviewNote(waiting, rejection);
        });
    }

    // ---- locations -----------------------------------------------------------------------------------------

    @GetMapping("/orte/neu")
    String newLocation(
            @PathVariable String tenant,
            @RequestParam(name = "organisation", required = false) @Nullable Long organisationId,
            Model model) {
        if (organisationId != null) {
            editing.read(() -> editing.editableOrganisation(organisationId));
        } else if (!editing.scope().reviewer()) {
            throw new AccessDeniedException("editors add locations to their organisation");
        }
        return locationForm(model, null, LocationForm.empty(organisationId), FormErrors.none(), false);
    }

    @GetMapping("/orte/{id:\\d+}")
    String editLocation(@PathVariable String tenant, @PathVariable long id, Model model) {
        LocationForm form = editing.read(() -> {
            Location l = editing.editableLocation(id);
            return new LocationForm(
                    l.version(),
                    l.name(),
                    l.street(),
                    l.postalCode(),
                    l.city(),
                    l.districtId(),
                    l.latitude() == null ? "" : l.latitude().toString(),
                    l.longitude() == null ? "" : l.longitude().toString(),
                    null);
        });
        return locationForm(model, id, form, FormErrors.none(), false);
    }

    @PostMapping({"/orte/neu", "/orte/{id:\\d+}"})
    String saveLocation(
            @PathVariable String tenant,
            @PathVariable(required = false) @Nullable Long id,
            @Valid @ModelAttribute("locationForm") @Nullable LocationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (id != null) {
            editing.read(() -> editing.editableLocation(id));
        } else if (form != null && form.organisationId() != null) {
            editing.read(() -> editing.editableOrganisation(form.organisationId()));
        } else if (!editing.scope().reviewer()) {
            throw new AccessDeniedException("editors add locations to their organisation");
        }
        if (form != null) {
            editing.check(form, result);
        }
        if (form == null || result.hasErrors()) {
            return locationForm(
                    model,
                    id,
                    form == null ? LocationForm.empty(null) : form,
                    FormErrors.of(result, messages, locale(request)),
                    false);
        }
        Result r = editing.saveLocation(id, form);
        if (r.outcome() == Outcome.CONFLICT) {
            return locationForm(model, id, form, FormErrors.none(), true);
        }
        redirect.addFlashAttribute("notice", "saved");
        if (id == null && form.organisationId() != null) {
            return base() + "/organisationen/" + form.organisationId();
        }
        return base() + "/orte/" + r.id();
    }

    private String locationForm(
            Model model, @Nullable Long id, LocationForm form, FormErrors errors, boolean conflict) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("districts", districtOptions());
        model.addAttribute("tileUrl", tileUrl);
        return "directory/admin-location";
    }

    // ---- offers --------------------------------------------------------------------------------------------

    @GetMapping("/angebote/neu")
    String newOffer(@PathVariable String tenant, @RequestParam("organisation") long organisationId, Model model) {
        editing.read(() -> editing.editableOrganisation(organisationId));
        return offerForm(model, null, OfferForm.empty(organisationId), FormErrors.none(), false);
    }

    @PostMapping("/angebote/neu")
    String createOffer(
            @PathVariable String tenant,
            @Valid @ModelAttribute("offerForm") @Nullable OfferForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (form == null || form.organisationId() == null) {
            throw new AccessDeniedException("an offer belongs to an organisation in scope");
        }
        editing.read(() -> editing.editableOrganisation(form.organisationId()));
        editing.check(form, result);
        if (result.hasErrors()) {
            return offerForm(model, null, form, FormErrors.of(result, messages, locale(request)), false);
        }
        Result r = editing.createOffer(form);
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/angebote/" + r.id();
    }

    @GetMapping("/angebote/{id:\\d+}")
    String editOffer(@PathVariable String tenant, @PathVariable long id, Model model) {
        OfferForm form = editing.read(() -> {
            Offer o = editing.editableOffer(id);
            List<String> tt = new ArrayList<>();
            List<String> td = new ArrayList<>();
            List<String> ta = new ArrayList<>();
            List<String> tc = new ArrayList<>();
            for (String lang : DirectoryEditingForms.TRANSLATIONS) {
                OfferText t = o.translations().get(lang);
                tt.add(t == null ? "" : DirectoryEditingForms.text(t.title()));
                td.add(t == null ? "" : DirectoryEditingForms.text(t.description()));
                ta.add(t == null ? "" : DirectoryEditingForms.text(t.accessibilityNote()));
                tc.add(t == null ? "" : DirectoryEditingForms.text(t.costNote()));
            }
            return new OfferForm(
                    o.version(),
                    o.organisation().id(),
                    o.title(),
                    o.description(),
                    o.locations().stream().map(Location::id).toList(),
                    o.schedule().stream().map(s -> String.valueOf(s.weekday())).toList(),
                    o.schedule().stream().map(s -> s.opens().toString()).toList(),
                    o.schedule().stream().map(s -> s.closes().toString()).toList(),
                    o.scheduleNote(),
                    new ArrayList<>(o.languages()),
                    new ArrayList<>(o.targetGroups()),
                    new ArrayList<>(o.getActionFieldIds()),
                    o.cost(),
                    o.costNote(),
                    o.access(),
                    o.accessibilityNote(),
                    o.contactName(),
                    o.contactEmail(),
                    o.contactPhone(),
                    o.website(),
                    tt,
                    td,
                    ta,
                    tc);
        });
        return offerForm(model, id, form, FormErrors.none(), false);
    }

    @PostMapping("/angebote/{id:\\d+}")
    String updateOffer(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("offerForm") @Nullable OfferForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        editing.read(() -> editing.editableOffer(id));
        if (form == null || form.organisationId() == null) {
            return offerForm(
                    model,
                    id,
                    editing.read(() ->
                            OfferForm.empty(editing.offer(id).organisation().id())),
                    FormErrors.of(result, messages, locale(request)),
                    false);
        }
        // a tampered organisation id must be one the person may edit too
        editing.read(() -> editing.editableOrganisation(form.organisationId()));
        editing.check(form, result);
        if (result.hasErrors()) {
            return offerForm(model, id, form, FormErrors.of(result, messages, locale(request)), false);
        }
        Result r = editing.updateOffer(id, form);
        if (r.outcome() == Outcome.CONFLICT) {
            return offerForm(model, id, form, FormErrors.none(), true);
        }
        redirect.addFlashAttribute("notice", r.outcome() == Outcome.PENDING_REVIEW ? "pending" : "saved");
        return base() + "/angebote/" + id;
    }

    @PostMapping("/angebote/{id:\\d+}/archivieren")
    String archiveOffer(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        editing.setStatus(History.OFFER, id, EntryStatus.ARCHIVED);
        redirect.addFlashAttribute("notice", "archived");
        return base() + "/angebote/" + id;
    }

    @PostMapping("/angebote/{id:\\d+}/wiederherstellen")
    String restoreOffer(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        editing.setStatus(History.OFFER, id, EntryStatus.PUBLISHED);
        redirect.addFlashAttribute("notice", "restored");
        return base() + "/angebote/" + id;
    }

    private String offerForm(Model model, @Nullable Long id, OfferForm form, FormErrors errors, boolean conflict) {
        Scope s = editing.scope();
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        editing.read(() -> {
            Organisation org = organisations.findById(form.organisationId()).orElse(null);
            model.addAttribute("organisationName", org == null ? "" : org.name());
            List<Location> options =
                    s.reviewer() || org == null ? locations.findAllByOrderByNameAsc() : List.copyOf(org.locations());
            model.addAttribute(
                    "locationOptions",
                    options.stream()
                            .map(l -> new LocationRow(l.id(), l.name(), l.address()))
                            .toList());
            model.addAttribute(
                    "status",
                    id == null ? EntryStatus.PUBLISHED : editing.offer(id).status());
            return true;
        });
        model.addAttribute("actionFields", catalogue.active());
        model.addAttribute("languages", DirectoryEditingForms.OFFER_LANGUAGES);
        model.addAttribute("translations", DirectoryEditingForms.TRANSLATIONS);
        model.addAttribute("groups", List.of(TargetGroup.values()));
        model.addAttribute("costs", List.of(Cost.values()));
        model.addAttribute("accessModes", List.of(AccessMode.values()));
        model.addAttribute("review", id == null ? new ReviewNote(false, null) : reviewNote(History.OFFER, id));
        return "directory/admin-offer";
    }

    // ---- cooperations --------------------------------------------------------------------------------------

    @GetMapping("/kooperationen/neu")
    String newCooperation(
            @PathVariable String tenant,
            @RequestParam(name = "organisation", required = false) @Nullable Long organisationId,
            Model model) {
        if (organisationId != null) {
            editing.read(() -> editing.editableOrganisation(organisationId));
        }
        CooperationForm empty = CooperationForm.empty();
        return cooperationForm(
                model,
                null,
                new CooperationForm(null, organisationId, null, empty.kind(), List.of(), "", "", ""),
                FormErrors.none(),
                false);
    }

    @GetMapping("/kooperationen/{id:\\d+}")
    String editCooperation(@PathVariable String tenant, @PathVariable long id, Model model) {
        CooperationForm form = editing.read(() -> {
            Cooperation c = editing.editableCooperation(id);
            return new CooperationForm(
                    c.version(),
                    c.organisationA().id(),
                    c.organisationB().id(),
                    c.kind(),
                    new ArrayList<>(c.districtIds()),
                    c.since() == null ? "" : c.since().toString(),
                    c.contactPersons(),
                    c.description());
        });
        return cooperationForm(model, id, form, FormErrors.none(), false);
    }

    @PostMapping({"/kooperationen/neu", "/kooperationen/{id:\\d+}"})
    String saveCooperation(
            @PathVariable String tenant,
            @PathVariable(required = false) @Nullable Long id,
            @Valid @ModelAttribute("cooperationForm") @Nullable CooperationForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (id != null) {
            editing.read(() -> editing.editableCooperation(id));
        }
        if (form != null) {
            editing.check(form, result);
        }
        if (form == null || result.hasErrors()) {
            return cooperationForm(
                    model,
                    id,
                    form == null ? CooperationForm.empty() : form,
                    FormErrors.of(result, messages, locale(request)),
                    false);
        }
        Result r = editing.saveCooperation(id, form);
        if (r.outcome() == Outcome.CONFLICT) {
            return cooperationForm(model, id, form, FormErrors.none(), true);
        }
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/kooperationen/" + r.id();
    }

    private String cooperationForm(
            Model model, @Nullable Long id, CooperationForm form, FormErrors errors, boolean conflict) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("districts", districtOptions());
        model.addAttribute("kinds", List.of(CooperationKind.values()));
        model.addAttribute(
                "organisationOptions",
                editing.read(() -> organisations.findAll().stream()
                        .filter(o -> o.status() != EntryStatus.ARCHIVED)
                        .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                        .map(o -> new Option(o.id(), o.name()))
                        .toList()));
        return "directory/admin-cooperation";
    }

    // ---- history -------------------------------------------------------------------------------------------

    @GetMapping("/verlauf/{type:organisation|offer|location|cooperation}/{id:\\d+}")
    String history(@PathVariable String tenant, @PathVariable String type, @PathVariable long id, Model model) {
        String name = editing.read(() -> switch (type) {
            case History.ORGANISATION -> editing.editableOrganisation(id).name();
            case History.OFFER -> editing.editableOffer(id).title();
            case History.LOCATION -> editing.editableLocation(id).name();
            default -> {
                Cooperation c = editing.editableCooperation(id);
                yield c.organisationA().name() + " – " + c.organisationB().name();
            }
        });
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("name", name);
        model.addAttribute(
                "rows",
                editing.read(() -> history.of(type, id).stream()
                        .map(h -> new HistoryRow(
                                h.action(),
                                h.actorName(),
                                h.at(),
                                h.changes().isBlank()
                                        ? List.of()
                                        : List.of(h.changes().split("\n"))))
                        .toList()));
        return "directory/admin-history";
    }

    // ---- settings ------------------------------------------------------------------------------------------

    @GetMapping("/einstellungen")
    String settings(@PathVariable String tenant, Model model) {
        if (!editing.scope().admin()) {
            throw new AccessDeniedException("municipal admin required");
        }
        model.addAttribute("reviewChanges", editing.reviewChanges());
        return "directory/admin-settings";
    }

    @PostMapping("/einstellungen")
    String saveSettings(
            @PathVariable String tenant,
            @RequestParam(name = "reviewChanges", required = false) @Nullable String reviewChanges,
            RedirectAttributes redirect) {
        editing.reviewChanges("true".equals(reviewChanges));
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/einstellungen";
    }
}
