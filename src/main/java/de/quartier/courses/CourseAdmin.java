package de.quartier.courses;

import de.quartier.courses.CourseAccess.Scope;
import de.quartier.courses.CourseViews.CourseForm;
import de.quartier.courses.CourseViews.CourseRow;
import de.quartier.courses.CourseViews.OfferRow;
import de.quartier.courses.CourseViews.Option;
import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingPeople;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.validation.Errors;
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
 * The staff pages of the courses: the list, the course form with its seats and offers (names only for
 * coordinators, audited), the waiting times against the 6-week target, and the waiting-list settings.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/sprachkurse")
class CourseAdmin {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final CourseRepository courses;
    private final ReferralRepository referrals;
    private final SeatOfferRepository offers;
    private final Placement placement;
    private final CourseAccess access;
    private final OrganisationDirectory directory;
    private final DistrictService districts;
    private final MatchingPeople people;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    CourseAdmin(
            CourseRepository courses,
            ReferralRepository referrals,
            SeatOfferRepository offers,
            Placement placement,
            CourseAccess access,
            OrganisationDirectory directory,
            DistrictService districts,
            MatchingPeople people,
            MessageSource messages,
            TransactionTemplate tx) {
        this.courses = courses;
        this.referrals = referrals;
        this.offers = offers;
        this.placement = placement;
        this.access = access;
        this.directory = directory;
        this.districts = districts;
        this.people = people;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("courses.");
        binder.setMessageCodesResolver(codes);
    }

    static String base() {
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/sprachkurse";
    }

    static ZoneId zone() {
        return TenantContext.require().zone();
    }

    private Map<Long, String> districtNames() {
        return districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
    }

    private List<Option> districtOptions() {
        return districts.list().stream().map(d -> new Option(d.id(), d.name())).toList();
    }

    /** Providers the person may choose: all for coordinators and admins, own organisations for editors. */
    private List<Option> providerOptions(Scope s) {
        return directory.choices().stream()
                .filter(o -> s.mayEdit(o.id()))
                .map(o -> new Option(o.id(), o.name()))
                .toList();
    }

    static String schedule(Course c, MessageSource messages, Locale locale) {
        String days = c.weekdays().stream()
                .map(d -> messages.getMessage("courses.day." + d.name(), null, locale))
                .collect(Collectors.joining(", "));
        return days + " " + c.startsAt() + "–" + c.endsAt();
    }

    // ---- list ----------------------------------------------------------------------------------------------

    @GetMapping
    String index(@PathVariable String tenant, HttpServletRequest request, Model model) {
        Scope s = access.requireCourses();
        Locale locale = RequestContextUtils.getLocale(request);
        Map<Long, String> names = districtNames();
        Map<Long, Long> held = placement.heldSeats();
        List<CourseRow> rows = tx.execute(status -> {
            List<Course> list = s.managesAll() || s.socialWorker()
                    ? courses.findAllByOrderByStartDateAscIdAsc()
                    : courses.findByOrganisationIdInOrderByStartDateAscIdAsc(s.organisations());
            Map<Long, String> providers =
                    directory.find(list.stream().map(Course::organisationId).collect(Collectors.toSet())).stream()
                            .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
            return list.stream()
                    .map(c -> new CourseRow(
                            c.id(),
                            providers.getOrDefault(c.organisationId(), "–"),
                            c.kind().name(),
                            c.level().name(),
                            c.startDate().format(DATE),
                            schedule(c, messages, locale),
                            c.address()
                                    + (c.districtId() != null && names.containsKey(c.districtId())
                                            ? " (" + names.get(c.districtId()) + ")"
                                            : ""),
                            c.childcare(),
                            c.seats(),
                            Math.max(0, c.seats() - held.getOrDefault(c.id(), 0L)),
                            s.mayEdit(c.organisationId())))
                    .toList();
        });
        model.addAttribute("rows", rows);
        model.addAttribute("mayCreate", s.mayCreateCourses());
        model.addAttribute("mayRefer", s.mayRefer());
        model.addAttribute("manager", s.managesAll());
        model.addAttribute("coordinator", s.coordinator());
        return "courses/index";
    }

    // ---- course form ---------------------------------------------------------------------------------------

    @GetMapping("/kurse/neu")
    String newCourse(
            @PathVariable String tenant,
            @RequestParam(name = "anbieter", required = false) @Nullable Long organisationId,
            Model model) {
        Scope s = access.requireCourses();
        if (!s.mayCreateCourses()) {
            throw new AccessDeniedException("no course role");
        }
        return form(model, s, null, CourseForm.empty(organisationId), FormErrors.none(), false, List.of());
    }

    @PostMapping("/kurse/neu")
    String create(
            @PathVariable String tenant,
            @Valid @ModelAttribute("courseForm") @Nullable CourseForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Scope s = access.requireCourses();
        if (!s.mayCreateCourses()) {
            throw new AccessDeniedException("no course role");
        }
        if (form == null) {
            return form(model, s, null, CourseForm.empty(null), errors(result, request), false, List.of());
        }
        check(s, form, result, 0);
        if (result.hasErrors()) {
            return form(model, s, null, form, errors(result, request), false, List.of());
        }
        long id = tx.execute(status -> {
            Course c = new Course(form.organisationId());
            apply(c, form);
            return courses.save(c).id();
        });
        int offered = placement.fill(id).size();
        redirect.addFlashAttribute("notice", offered > 0 ? "savedOffered" : "saved");
        return base() + "/kurse/" + id;
    }

    @GetMapping("/kurse/{id:\\d+}")
    String edit(@PathVariable String tenant, @PathVariable long id, HttpServletRequest request, Model model) {
        Scope s = access.requireCourses();
        Course c = tx.execute(status -> courses.findById(id).orElseThrow(() -> new NotFoundException("course")));
        if (!s.mayEdit(c.organisationId())) {
            throw new AccessDeniedException("course of another organisation");
        }
        CourseForm form = new CourseForm(
                c.version(),
                c.organisationId(),
                c.kind(),
                c.level(),
                c.startDate(),
                c.weekdays().stream().map(Enum::name).toList(),
                c.startsAt(),
                c.endsAt(),
                c.address(),
                c.districtId(),
                c.childcare(),
                c.seats());
        return form(model, s, id, form, FormErrors.none(), false, offerRows(s, id));
    }

    @PostMapping("/kurse/{id:\\d+}")
    String update(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("courseForm") @Nullable CourseForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Scope s = access.requireCourses();
        Course existing = tx.execute(status -> courses.findById(id).orElseThrow(() -> new NotFoundException("course")));
        if (!s.mayEdit(existing.organisationId())) {
            throw new AccessDeniedException("course of another organisation");
        }
        if (form == null) {
            return form(model, s, id, CourseForm.empty(null), errors(result, request), false, offerRows(s, id));
        }
        long held = placement.heldSeats().getOrDefault(id, 0L);
        check(s, form, result, held);
        if (result.hasErrors()) {
            return form(model, s, id, form, errors(result, request), false, offerRows(s, id));
        }
        boolean saved;
        try {
            saved = Boolean.TRUE.equals(tx.execute(status -> {
                Course c = courses.findById(id).orElseThrow();
                if (form.version() == null || c.version() != form.version()) {
                    return false;
                }
                apply(c, form);
                courses.saveAndFlush(c);
                return true;
            }));
        } catch (ObjectOptimisticLockingFailureException e) {
            saved = false;
        }
        if (!saved) {
            return form(model, s, id, form, FormErrors.none(), true, offerRows(s, id));
        }
        int offered = placement.fill(id).size();
        redirect.addFlashAttribute("notice", offered > 0 ? "savedOffered" : "saved");
        return base() + "/kurse/" + id;
    }

    private static void apply(Course c, CourseForm form) {
        Set<Schedule.Day> days = EnumSet.noneOf(Schedule.Day.class);
        form.weekdays().forEach(d -> days.add(Schedule.Day.valueOf(d)));
        c.update(
                form.organisationId(),
                form.kind(),
                form.level(),
                form.startDate(),
                days,
                form.startsAt(),
                form.endsAt(),
                form.address(),
                form.districtId(),
                form.withChildcare(),
                form.seats());
    }

    /** Checks beyond the annotations; a provider outside the person's scope is a 403, not a field message. */
    private void check(Scope s, CourseForm form, Errors errors, long heldSeats) {
        if (form.organisationId() != null) {
            if (directory.find(form.organisationId()).isEmpty()) {
                errors.rejectValue("organisationId", "error.provider");
            } else if (!s.mayEdit(form.organisationId())) {
                throw new AccessDeniedException("provider not in scope");
            }
        }
        List<String> days = form.weekdays() == null ? List.of() : form.weekdays();
        if (days.isEmpty() || !CourseViews.DAYS.containsAll(days)) {
            errors.rejectValue("weekdays", "error.weekdays");
        }
        if (form.startsAt() != null && form.endsAt() != null && !form.endsAt().isAfter(form.startsAt())) {
            errors.rejectValue("endsAt", "error.times");
        }
        if (form.districtId() != null && districts.find(form.districtId()).isEmpty()) {
            errors.rejectValue("districtId", "error.district");
        }
        if (form.startDate() != null && form.startDate().getYear() < 2000) {
            errors.rejectValue("startDate", "error.startDate");
        }
        if (form.seats() != null && form.seats() < heldSeats && !errors.hasFieldErrors("seats")) {
            errors.rejectValue("seats", "error.seatsTaken", new Object[] {heldSeats}, null);
        }
    }

    private FormErrors errors(BindingResult result, HttpServletRequest request) {
        return FormErrors.of(result, messages, RequestContextUtils.getLocale(request));
    }

    private String form(
            Model model,
            Scope s,
            @Nullable Long id,
            CourseForm form,
            FormErrors errors,
            boolean conflict,
            List<OfferRow> offerRows) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("providers", providerOptions(s));
        model.addAttribute("districts", districtOptions());
        model.addAttribute("offers", offerRows);
        model.addAttribute("coordinator", s.coordinator());
        model.addAttribute(
                "free",
                id == null
                        ? 0L
                        : Math.max(
                                0,
                                (form.seats() == null ? 0 : form.seats())
                                        - placement.heldSeats().getOrDefault(id, 0L)));
        return "courses/course";
    }

    /** Offers of a course with names: coordinators only, each person's read audited. Others see no names. */
    private List<OfferRow> offerRows(Scope s, long courseId) {
        if (!s.coordinator()) {
            return List.of();
        }
        ZoneId zone = zone();
        return tx.execute(status -> {
            List<SeatOffer> list = offers.findByCourseIdOrderByOfferedAtDesc(courseId);
            Map<Long, Referral> byId = new HashMap<>();
            referrals
                    .findAllById(list.stream().map(SeatOffer::referralId).toList())
                    .forEach(r -> byId.put(r.id(), r));
            return list.stream()
                    .map(o -> {
                        Referral r = byId.get(o.referralId());
                        access.audited(r);
                        String name = people.newcomer(r.newcomerId())
                                .map(MatchingPeople.NewcomerRef::name)
                                .orElse("—");
                        return new OfferRow(
                                o.id(),
                                r.id(),
                                name,
                                o.seat(),
                                o.status().messageKey(),
                                o.offeredAt().atZone(zone).format(DATE_TIME),
                                o.expiresAt().atZone(zone).format(DATE_TIME),
                                o.status() == SeatOffer.Status.OPEN,
                                o.status() == SeatOffer.Status.ACCEPTED);
                    })
                    .toList();
        });
    }

    // ---- waiting times -------------------------------------------------------------------------------------

    @GetMapping("/wartezeiten")
    String waiting(@PathVariable String tenant, Model model) {
        access.requireManager();
        Map<Long, String> names = districtNames();
        ZoneId zone = zone();
        List<WaitingTimes.Waiting> waiting = tx.execute(status ->
                referrals.findByStatusIn(EnumSet.of(Referral.Status.WAITING, Referral.Status.OFFERED)).stream()
                        .map(r -> new WaitingTimes.Waiting(
                                r.level().name(),
                                r.districtId(),
                                r.referredAt().atZone(zone).toLocalDate()))
                        .toList());
        model.addAttribute(
                "rows",
                WaitingTimes.rows(waiting, LocalDate.now(zone), d -> d == null ? "–" : names.getOrDefault(d, "–")));
        model.addAttribute("target", WaitingTimes.TARGET_DAYS);
        return "courses/waiting";
    }

    // ---- settings ------------------------------------------------------------------------------------------

    @GetMapping("/einstellungen")
    String settings(@PathVariable String tenant, Model model) {
        access.requireManager();
        CourseSettings settings = placement.settings();
        model.addAttribute("obligationPriority", settings.obligationPriority());
        model.addAttribute("offerDays", String.valueOf(settings.offerDays()));
        model.addAttribute("version", settings.version());
        model.addAttribute("error", false);
        model.addAttribute("conflict", false);
        return "courses/settings";
    }

    @PostMapping("/einstellungen")
    String saveSettings(
            @PathVariable String tenant,
            @RequestParam(name = "obligationPriority", required = false) @Nullable String obligationPriority,
            @RequestParam(name = "offerDays", required = false) @Nullable String offerDays,
            @RequestParam(name = "version", required = false) @Nullable String version,
            Model model,
            RedirectAttributes redirect) {
        access.requireManager();
        boolean priority = "true".equals(obligationPriority);
        String days = offerDays == null ? "" : offerDays.strip();
        boolean valid = days.matches("\\d{1,2}") && Integer.parseInt(days) >= 1 && Integer.parseInt(days) <= 60;
        long v = version != null && version.matches("\\d{1,18}") ? Long.parseLong(version) : -1;
        if (!valid || !placement.saveSettings(v, priority, Integer.parseInt(valid ? days : "7"))) {
            model.addAttribute("obligationPriority", priority);
            model.addAttribute("offerDays", days);
            model.addAttribute("version", v);
            model.addAttribute("error", !valid);
            model.addAttribute("conflict", valid);
            return "courses/settings";
        }
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/einstellungen";
    }
}
