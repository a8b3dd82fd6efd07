package de.quartier.courses;

import de.quartier.courses.CourseAccess.Scope;
import de.quartier.courses.CourseViews.Option;
import de.quartier.courses.CourseViews.ReferralForm;
import de.quartier.courses.CourseViews.ReferralRow;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.NewcomerRef;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
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
 * Referrals (Vermittlungen) and the answers to seat offers. The newcomer is chosen from those the signed-in person
 * may see in matching (coordinators all, social workers those they referred; the matching pages preselect one with
 * {@code ?person=<id>}); names are shown only to those who may see the referral and every such read is audited. Ids
 * only in URLs.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/sprachkurse")
class ReferralPages {

    private final ReferralRepository referrals;
    private final SeatOfferRepository offers;
    private final CourseRepository courses;
    private final Placement placement;
    private final CourseAccess access;
    private final MatchingPeople people;
    private final DistrictService districts;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    ReferralPages(
            ReferralRepository referrals,
            SeatOfferRepository offers,
            CourseRepository courses,
            Placement placement,
            CourseAccess access,
            MatchingPeople people,
            DistrictService districts,
            MessageSource messages,
            TransactionTemplate tx) {
        this.referrals = referrals;
        this.offers = offers;
        this.courses = courses;
        this.placement = placement;
        this.access = access;
        this.people = people;
        this.districts = districts;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("courses.");
        binder.setMessageCodesResolver(codes);
    }

    private Map<Long, String> districtNames() {
        return districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
    }

    private String name(Referral r) {
        access.audited(r);
        return people.newcomer(r.newcomerId()).map(NewcomerRef::name).orElse("—");
    }

    // ---- list ----------------------------------------------------------------------------------------------

    @GetMapping("/vermittlungen")
    String list(@PathVariable String tenant, Model model) {
        Scope s = access.requireReferrer();
        Map<Long, String> names = districtNames();
        ZoneId zone = CourseAdmin.zone();
        LocalDate today = LocalDate.now(zone);
        List<ReferralRow> rows = tx.execute(status -> {
            List<Referral> list = s.coordinator()
                    ? referrals.findAllByOrderByReferredAtAsc()
                    : referrals.findByReferredByOrderByReferredAtAsc(s.email());
            Map<Long, Long> offeredCourse = new HashMap<>();
            offers.findByReferralIdIn(list.stream().map(Referral::id).toList()).stream()
                    .filter(o -> o.status().holdsSeat())
                    .forEach(o -> offeredCourse.put(o.referralId(), o.courseId()));
            return list.stream()
                    .filter(s::seesReferral)
                    .map(r -> new ReferralRow(
                            r.id(),
                            name(r),
                            r.kind().name(),
                            r.level().name(),
                            r.access().messageKey(),
                            r.districtId() == null ? "–" : names.getOrDefault(r.districtId(), "–"),
                            ChronoUnit.DAYS.between(r.referredAt().atZone(zone).toLocalDate(), today),
                            r.status().messageKey(),
                            offeredCourse.containsKey(r.id()) ? "#" + offeredCourse.get(r.id()) : null))
                    .toList();
        });
        model.addAttribute("rows", rows);
        return "courses/referrals";
    }

    // ---- new referral --------------------------------------------------------------------------------------

    @GetMapping("/vermittlungen/neu")
    String newReferral(
            @PathVariable String tenant,
            @RequestParam(name = "person", required = false) @Nullable String person,
            Model model) {
        access.requireReferrer();
        Long id = person != null && person.matches("\\d{1,18}") ? Long.valueOf(person) : null;
        Long district = id == null
                ? null
                : people.newcomer(id).map(NewcomerRef::districtId).orElse(null);
        return form(model, ReferralForm.empty(id, district), FormErrors.none());
    }

    @PostMapping("/vermittlungen/neu")
    String create(
            @PathVariable String tenant,
            @Valid @ModelAttribute("referralForm") @Nullable ReferralForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Scope s = access.requireReferrer();
        if (form == null) { // a value that does not convert (e.g. letters as the number): the binder's messages
            return form(
                    model,
                    ReferralForm.empty(null, null),
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        Optional<NewcomerRef> newcomer =
                form.newcomerId() == null ? Optional.empty() : people.newcomer(form.newcomerId());
        if (newcomer.isEmpty()) {
            result.rejectValue("newcomerId", "error.newcomer");
        } else if (!s.coordinator() && !newcomer.get().referredBy().equalsIgnoreCase(s.email())) {
            // a social worker refers only people of their own caseload
            result.rejectValue("newcomerId", "error.newcomer");
        }
        List<String> slots = form.availability() == null ? List.of() : form.availability();
        if (slots.isEmpty()) {
            result.rejectValue("availability", "error.availability");
        } else if (!slots.stream().allMatch(Schedule::isSlot)) {
            result.rejectValue("availability", "error.availabilityInvalid");
        }
        if (form.districtId() != null && districts.find(form.districtId()).isEmpty()) {
            result.rejectValue("districtId", "error.district");
        }
        if (result.hasErrors()) {
            return form(model, form, FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        long id = tx.execute(status -> referrals
                .save(new Referral(
                        form.newcomerId(),
                        form.kind(),
                        form.level(),
                        form.access(),
                        form.needsChildcare(),
                        new LinkedHashSet<>(slots),
                        form.districtId(),
                        s.email(),
                        Instant.now()))
                .id());
        placement.fillAll(form.kind(), form.level());
        redirect.addFlashAttribute("notice", "referred");
        return CourseAdmin.base() + "/vermittlungen/" + id;
    }

    private String form(Model model, ReferralForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute(
                "newcomers",
                people.visibleNewcomers(access.me()).stream()
                        .map(n -> new Option(n.id(), n.name()))
                        .toList());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "districts",
                districts.list().stream().map(d -> new Option(d.id(), d.name())).toList());
        return "courses/referral-new";
    }

    // ---- one referral --------------------------------------------------------------------------------------

    @GetMapping("/vermittlungen/{id:\\d+}")
    String show(@PathVariable String tenant, @PathVariable long id, Model model) {
        Scope s = access.requireReferrer();
        Map<Long, String> names = districtNames();
        ZoneId zone = CourseAdmin.zone();
        tx.executeWithoutResult(status -> {
            Referral r = referrals.findById(id).orElseThrow(() -> new NotFoundException("referral"));
            access.requireReferral(s, r);
            model.addAttribute("id", r.id());
            model.addAttribute("person", name(r));
            model.addAttribute("newcomerId", r.newcomerId());
            model.addAttribute("kind", r.kind().name());
            model.addAttribute("level", r.level().name());
            model.addAttribute("accessKey", r.access().messageKey());
            model.addAttribute("childcare", r.childcareNeeded());
            model.addAttribute("slots", List.copyOf(r.availability()));
            model.addAttribute("district", r.districtId() == null ? "–" : names.getOrDefault(r.districtId(), "–"));
            model.addAttribute("referredAt", r.referredAt().atZone(zone).format(CourseAdmin.DATE));
            model.addAttribute("statusKey", r.status().messageKey());
            model.addAttribute("open", r.status() == Referral.Status.WAITING || r.status() == Referral.Status.OFFERED);
            model.addAttribute(
                    "history",
                    offers.findByReferralIdOrderByOfferedAtDesc(r.id()).stream()
                            .map(o -> new CourseViews.OfferRow(
                                    o.id(),
                                    o.courseId(),
                                    "#" + o.courseId(),
                                    o.seat(),
                                    o.status().messageKey(),
                                    o.offeredAt().atZone(zone).format(CourseAdmin.DATE_TIME),
                                    o.expiresAt().atZone(zone).format(CourseAdmin.DATE_TIME),
                                    o.status() == SeatOffer.Status.OPEN,
                                    o.status() == SeatOffer.Status.ACCEPTED))
                            .toList());
        });
        model.addAttribute("coordinator", s.coordinator());
        return "courses/referral";
    }

    @PostMapping("/vermittlungen/{id:\\d+}/beenden")
    String withdraw(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        Scope s = access.requireReferrer();
        Referral r = tx.execute(status -> referrals.findById(id).orElseThrow(() -> new NotFoundException("referral")));
        access.requireReferral(s, r);
        redirect.addFlashAttribute("notice", placement.withdraw(id, s.email()) ? "withdrawn" : "unchanged");
        return CourseAdmin.base() + "/vermittlungen/" + id;
    }

    // ---- answers to offers (recorded by coordinators) ------------------------------------------------------

    @PostMapping("/angebote/{id:\\d+}/{answer:annehmen|ablehnen|ausgeschieden}")
    String answer(
            @PathVariable String tenant,
            @PathVariable long id,
            @PathVariable String answer,
            RedirectAttributes redirect) {
        Scope s = access.requireCoordinator();
        SeatOffer offer = tx.execute(status -> offers.findById(id).orElseThrow(() -> new NotFoundException("offer")));
        if (courses.findById(offer.courseId()).isEmpty()) {
            throw new AccessDeniedException("course gone");
        }
        Placement.Decision decision = switch (answer) {
            case "annehmen" -> Placement.Decision.ACCEPT;
            case "ablehnen" -> Placement.Decision.DECLINE;
            default -> Placement.Decision.LEFT;
        };
        boolean done = placement.decide(id, decision, s.email());
        redirect.addFlashAttribute(
                "notice", done ? "answer." + decision.name().toLowerCase(java.util.Locale.ROOT) : "unchanged");
        return CourseAdmin.base() + "/kurse/" + offer.courseId();
    }
}
