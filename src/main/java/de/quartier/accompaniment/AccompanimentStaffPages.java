package de.quartier.accompaniment;

import de.quartier.accompaniment.AccompanimentService.Outcome;
import de.quartier.accompaniment.AccompanimentService.Staff;
import de.quartier.accompaniment.AccompanimentViews.DistrictHours;
import de.quartier.accompaniment.AccompanimentViews.Figure;
import de.quartier.accompaniment.AccompanimentViews.KindRow;
import de.quartier.accompaniment.AccompanimentViews.Option;
import de.quartier.accompaniment.AccompanimentViews.PlaceRow;
import de.quartier.accompaniment.AccompanimentViews.RequestForm;
import de.quartier.accompaniment.AccompanimentViews.RequestRow;
import de.quartier.accompaniment.AccompanimentViews.StaffDetail;
import de.quartier.districts.DistrictService;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.matching.MatchingViews;
import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Requests for social workers (those they posted) and coordinators (all of the tenant, with statistics): post,
 * confirm, cancel, mark no-shows, take a volunteer off and assign another suitable one.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/begleitungen")
class AccompanimentStaffPages {

    private final AccompanimentService service;
    private final AccompanimentRepository requests;
    private final PlaceRepository places;
    private final MatchingPeople people;
    private final DistrictService districts;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    AccompanimentStaffPages(
            AccompanimentService service,
            AccompanimentRepository requests,
            PlaceRepository places,
            MatchingPeople people,
            DistrictService districts,
            MessageSource messages,
            TransactionTemplate tx) {
        this.service = service;
        this.requests = requests;
        this.places = places;
        this.people = people;
        this.districts = districts;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("accompaniment.");
        binder.setMessageCodesResolver(codes);
    }

    static String base() {
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/begleitungen";
    }

    @GetMapping
    String list(@PathVariable String tenant, Model model, Locale locale) {
        Staff s = service.staff();
        Map<Long, String> names = service.districtNames();
        List<RequestRow> rows = tx.execute(st -> {
            List<Accompaniment> list = service.listFor(s);
            Map<Long, Long> held = service.heldPerRequest(list);
            Map<Long, String> newcomers = service.newcomerNames(list);
            return list.stream()
                    .map(a -> new RequestRow(
                            a.id(),
                            a.kind().messageKey(),
                            AccompanimentViews.date(a.onDate()),
                            AccompanimentViews.time(a),
                            names.getOrDefault(a.districtId(), "–"),
                            AccompanimentViews.languageName(a.language(), locale),
                            newcomers.getOrDefault(a.id(), "—"),
                            held.getOrDefault(a.id(), 0L),
                            a.places(),
                            a.status().messageKey()))
                    .toList();
        });
        model.addAttribute("rows", rows);
        model.addAttribute("coordinator", s.coordinator());
        if (s.coordinator()) {
            statistics(model, names);
        } else {
            model.addAttribute("figures", List.of());
            model.addAttribute("kinds", List.of());
            model.addAttribute("hours", List.of());
        }
        return "accompaniment/staff-list";
    }

    /** Requests by kind and status, hours by district: aggregates with counts below five shown as "< 5". */
    private void statistics(Model model, Map<Long, String> names) {
        tx.executeWithoutResult(st -> {
            List<Accompaniment> all = requests.findAll();
            Map<Accompaniment.Kind, long[]> byKind = new EnumMap<>(Accompaniment.Kind.class);
            for (Accompaniment a : all) {
                byKind.computeIfAbsent(a.kind(), k -> new long[4])[a.status().ordinal()]++;
            }
            List<KindRow> kinds = new ArrayList<>();
            byKind.forEach((k, c) -> kinds.add(new KindRow(
                    k.messageKey(),
                    MatchingViews.suppressed(c[0]),
                    MatchingViews.suppressed(c[1]),
                    MatchingViews.suppressed(c[2]),
                    MatchingViews.suppressed(c[3]))));
            Map<Long, Accompaniment> byId = all.stream().collect(Collectors.toMap(Accompaniment::id, a -> a));
            Map<String, long[]> counts = new TreeMap<>();
            Map<String, BigDecimal> hours = new TreeMap<>();
            long doneTotal = 0;
            BigDecimal hoursTotal = BigDecimal.ZERO;
            for (Place p : places.findAll()) {
                Accompaniment a = byId.get(p.requestId());
                if (a == null || p.status() != Place.Status.DONE || p.hours() == null) {
                    continue;
                }
                String d = Objects.toString(names.get(a.districtId()), "–");
                counts.computeIfAbsent(d, x -> new long[1])[0]++;
                hours.merge(d, p.hours(), BigDecimal::add);
                doneTotal++;
                hoursTotal = hoursTotal.add(p.hours());
            }
            List<DistrictHours> rows = new ArrayList<>();
            counts.forEach((d, c) -> rows.add(new DistrictHours(
                    d,
                    MatchingViews.suppressed(c[0]),
                    c[0] < 5 ? "–" : hours.get(d).stripTrailingZeros().toPlainString())));
            model.addAttribute(
                    "figures",
                    List.of(
                            new Figure("accompaniment.stats.requests", MatchingViews.suppressed(all.size())),
                            new Figure("accompaniment.stats.done", MatchingViews.suppressed(doneTotal)),
                            new Figure(
                                    "accompaniment.stats.hours",
                                    doneTotal < 5
                                            ? "–"
                                            : hoursTotal.stripTrailingZeros().toPlainString())));
            model.addAttribute("kinds", kinds);
            model.addAttribute("hours", rows);
        });
    }

    // ---- new request -----------------------------------------------------------------------------------------

    @GetMapping("/neu")
    String newRequest(@PathVariable String tenant, Model model) {
        service.staff();
        return form(model, RequestForm.empty(service.today().plusDays(1)), FormErrors.none());
    }

    @PostMapping("/neu")
    String create(
            @PathVariable String tenant,
            @Valid @ModelAttribute("requestForm") @Nullable RequestForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Staff s = service.staff();
        if (form == null) {
            return form(
                    model,
                    RequestForm.empty(service.today().plusDays(1)),
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        validate(
                form,
                result,
                people.visibleNewcomers().stream()
                        .map(MatchingPeople.NewcomerRef::id)
                        .toList());
        if (result.hasErrors()) {
            return form(model, form, FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        long id = create(s, form);
        redirect.addFlashAttribute("notice", "posted");
        return base() + "/" + id;
    }

    long create(Staff s, RequestForm form) {
        return service.create(
                s,
                form.kind(),
                blankToNull(form.description()),
                form.date(),
                form.from(),
                form.to(),
                form.meetingPoint().strip(),
                form.districtId(),
                form.language().strip().toLowerCase(Locale.ROOT),
                form.volunteers(),
                form.newcomerId());
    }

    /** The rules beyond the annotations: not in the past, end after start, known district, language, newcomer. */
    void validate(RequestForm form, BindingResult result, List<Long> visibleNewcomers) {
        LocalDate today = service.today();
        if (form.date() != null && form.date().isBefore(today)) {
            result.rejectValue("date", "error.past");
        } else if (form.date() != null
                && form.date().equals(today)
                && form.from() != null
                && form.from().isBefore(LocalTime.now(TenantContext.require().zone()))) {
            result.rejectValue("from", "error.past");
        }
        if (form.from() != null && form.to() != null && !form.to().isAfter(form.from())) {
            result.rejectValue("to", "error.times");
        }
        if (form.districtId() != null && districts.find(form.districtId()).isEmpty()) {
            result.rejectValue("districtId", "error.district");
        }
        if (form.language() != null
                && !form.language().isBlank()
                && !AccompanimentViews.LANGUAGES.contains(
                        form.language().strip().toLowerCase(Locale.ROOT))) {
            result.rejectValue("language", "error.language");
        }
        if (form.newcomerId() != null && !visibleNewcomers.contains(form.newcomerId())) {
            result.rejectValue("newcomerId", "error.newcomer");
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String form(Model model, RequestForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "districts",
                districts.list().stream()
                        .map(d -> new Option(String.valueOf(d.id()), d.name()))
                        .toList());
        model.addAttribute(
                "newcomers",
                people.visibleNewcomers().stream()
                        .map(n -> new Option(String.valueOf(n.id()), n.name()))
                        .toList());
        return "accompaniment/staff-form";
    }

    // ---- one request -----------------------------------------------------------------------------------------

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable String tenant, @PathVariable long id, Model model, Locale locale) {
        Staff s = service.staff();
        Map<Long, String> names = service.districtNames();
        tx.executeWithoutResult(st -> {
            Accompaniment a = service.readForStaff(id, s);
            List<Place> list = service.placesOf(a);
            long taken = list.stream().filter(p -> p.status().holds()).count();
            Map<Long, String> volunteers =
                    people.volunteers().stream().collect(Collectors.toMap(VolunteerRef::id, VolunteerRef::displayName));
            model.addAttribute(
                    "r",
                    new StaffDetail(
                            a.id(),
                            a.kind().messageKey(),
                            a.description(),
                            AccompanimentViews.date(a.onDate()),
                            AccompanimentViews.time(a),
                            names.getOrDefault(a.districtId(), "–"),
                            AccompanimentViews.languageName(a.language(), locale),
                            a.meetingPoint(),
                            service.newcomerName(a),
                            a.places(),
                            taken,
                            a.status().messageKey(),
                            a.status() == Accompaniment.Status.OPEN
                                    && list.stream().anyMatch(p -> p.status() == Place.Status.TAKEN),
                            !a.status().ended()));
            model.addAttribute(
                    "places",
                    list.stream()
                            .map(p -> new PlaceRow(
                                    p.id(),
                                    volunteers.getOrDefault(p.volunteerId(), "—"),
                                    p.status().messageKey(),
                                    p.hours(),
                                    p.status() == Place.Status.TAKEN
                                            && !a.status().ended(),
                                    p.status() == Place.Status.TAKEN
                                            && !a.status().ended()
                                            && !a.onDate().isAfter(service.today())))
                            .toList());
            boolean canAssign = a.status() == Accompaniment.Status.OPEN && taken < a.places();
            model.addAttribute(
                    "candidates",
                    canAssign
                            ? service.suitableVolunteers(a).stream()
                                    .map(v -> new Option(String.valueOf(v.id()), v.displayName()))
                                    .toList()
                            : List.of());
        });
        return "accompaniment/staff-detail";
    }

    @PostMapping("/{id:\\d+}/bestaetigen")
    String confirm(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        boolean ok = service.confirm(id, service.staff());
        redirect.addFlashAttribute("notice", ok ? "confirmed" : "unchanged");
        return base() + "/" + id;
    }

    @PostMapping("/{id:\\d+}/absagen")
    String cancel(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        boolean ok = service.cancel(id, service.staff());
        redirect.addFlashAttribute("notice", ok ? "cancelled" : "unchanged");
        return base() + "/" + id;
    }

    @PostMapping("/{id:\\d+}/plaetze/{placeId:\\d+}/{what:nicht-erschienen|entfernen}")
    String place(
            @PathVariable String tenant,
            @PathVariable long id,
            @PathVariable long placeId,
            @PathVariable String what,
            RedirectAttributes redirect) {
        Place.Status to = "entfernen".equals(what) ? Place.Status.REMOVED : Place.Status.NO_SHOW;
        boolean ok = service.placeStatus(id, placeId, to, service.staff());
        redirect.addFlashAttribute("notice", ok ? (to == Place.Status.REMOVED ? "removed" : "noShow") : "unchanged");
        return base() + "/" + id;
    }

    @PostMapping("/{id:\\d+}/zuweisen")
    String assign(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(name = "volunteerId", required = false) @Nullable Long volunteerId,
            RedirectAttributes redirect) {
        Staff s = service.staff();
        Outcome o = volunteerId == null ? Outcome.NOT_SUITABLE : service.assign(id, volunteerId, s);
        redirect.addFlashAttribute("notice", o == Outcome.DONE ? "assigned" : "assign" + o.name());
        return base() + "/" + id;
    }
}
