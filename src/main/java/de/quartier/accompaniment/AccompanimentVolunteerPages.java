package de.quartier.accompaniment;

import de.quartier.accompaniment.AccompanimentService.Outcome;
import de.quartier.accompaniment.AccompanimentService.VolunteerView;
import de.quartier.accompaniment.AccompanimentViews.DoneForm;
import de.quartier.accompaniment.AccompanimentViews.Hours;
import de.quartier.accompaniment.AccompanimentViews.MineRow;
import de.quartier.accompaniment.AccompanimentViews.OpenRow;
import de.quartier.accompaniment.AccompanimentViews.VolunteerDetail;
import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.shared.TenantContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A volunteer's accompaniments (phone first): the open requests they may take — without newcomer data — their
 * own ones with the newcomer's name, contact and language once taken, and their hours.
 */
@Controller
@RequestMapping("/{tenant}/ehrenamt/begleitungen")
class AccompanimentVolunteerPages {

    private final AccompanimentService service;
    private final AccompanimentRepository requests;
    private final TransactionTemplate tx;

    AccompanimentVolunteerPages(
            AccompanimentService service, AccompanimentRepository requests, TransactionTemplate tx) {
        this.service = service;
        this.requests = requests;
        this.tx = tx;
    }

    static String base() {
        return "redirect:/" + TenantContext.require().slug() + "/ehrenamt/begleitungen";
    }

    @GetMapping
    String list(@PathVariable String tenant, Model model, Locale locale) {
        VolunteerRef v = service.volunteer();
        Map<Long, String> names = service.districtNames();
        List<OpenRow> open = service.suitableOpen(v).stream()
                .map(a -> new OpenRow(
                        a.id(),
                        a.kind().messageKey(),
                        AccompanimentViews.date(a.onDate()),
                        AccompanimentViews.time(a),
                        names.getOrDefault(a.districtId(), "–"),
                        AccompanimentViews.languageName(a.language(), locale),
                        a.places() - service.held(a.id())))
                .toList();
        tx.executeWithoutResult(s -> {
            List<Place> mine = service.placesOf(v);
            Map<Long, Accompaniment> byId = requests
                    .findByIdIn(mine.stream().map(Place::requestId).toList())
                    .stream()
                    .collect(Collectors.toMap(Accompaniment::id, Function.identity()));
            model.addAttribute(
                    "mine",
                    mine.stream()
                            .filter(p -> p.status().holds() && byId.containsKey(p.requestId()))
                            .sorted(Comparator.comparing(
                                            (Place p) -> byId.get(p.requestId()).onDate())
                                    .reversed())
                            .map(p -> {
                                Accompaniment a = byId.get(p.requestId());
                                return new MineRow(
                                        a.id(),
                                        a.kind().messageKey(),
                                        AccompanimentViews.date(a.onDate()),
                                        AccompanimentViews.time(a),
                                        names.getOrDefault(a.districtId(), "–"),
                                        a.status().messageKey(),
                                        p.status().messageKey());
                            })
                            .toList());
            List<Place> done = mine.stream()
                    .filter(p -> p.status() == Place.Status.DONE && p.hours() != null)
                    .toList();
            BigDecimal total = done.stream().map(Place::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
            model.addAttribute("hours", new Hours(total, done.size()));
        });
        model.addAttribute("open", open);
        return "accompaniment/volunteer-list";
    }

    @GetMapping("/{id:\\d+}")
    String detail(@PathVariable String tenant, @PathVariable long id, Model model, Locale locale) {
        VolunteerRef v = service.volunteer();
        VolunteerView view = service.readForVolunteer(id, v);
        Accompaniment a = view.request();
        Place p = view.place();
        boolean assigned = view.assigned();
        boolean taken = assigned && p.status() == Place.Status.TAKEN;
        var n = view.newcomer();
        model.addAttribute(
                "r",
                new VolunteerDetail(
                        a.id(),
                        a.kind().messageKey(),
                        assigned ? a.description() : null,
                        AccompanimentViews.date(a.onDate()),
                        AccompanimentViews.time(a),
                        service.districtNames().getOrDefault(a.districtId(), "–"),
                        AccompanimentViews.languageName(a.language(), locale),
                        assigned ? a.meetingPoint() : null,
                        view.placesLeft(),
                        a.status().messageKey(),
                        assigned,
                        assigned ? p.status().messageKey() : null,
                        n == null ? null : n.name(),
                        n == null ? null : n.contact(),
                        n == null ? null : languages(n.languages(), locale),
                        !assigned,
                        taken
                                && a.onDate().isAfter(service.today())
                                && !a.status().ended(),
                        taken
                                && !a.onDate().isAfter(service.today())
                                && !a.status().ended()));
        return "accompaniment/volunteer-detail";
    }

    private static String languages(List<LanguageSkill> skills, Locale locale) {
        return skills.stream()
                .map(l -> AccompanimentViews.languageName(l.language(), locale) + " ("
                        + l.level().name() + ")")
                .collect(Collectors.joining(", "));
    }

    @PostMapping("/{id:\\d+}/uebernehmen")
    String take(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        Outcome o = service.take(id, service.volunteer());
        redirect.addFlashAttribute("notice", o == Outcome.DONE ? "taken" : "take" + o.name());
        return o == Outcome.DONE || o == Outcome.ALREADY ? base() + "/" + id : base();
    }

    @PostMapping("/{id:\\d+}/zuruecktreten")
    String withdraw(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        boolean ok = service.withdraw(id, service.volunteer());
        redirect.addFlashAttribute("notice", ok ? "withdrawn" : "unchanged");
        return base();
    }

    @PostMapping("/{id:\\d+}/erledigt")
    String done(
            @PathVariable String tenant,
            @PathVariable long id,
            @ModelAttribute @Nullable DoneForm form,
            RedirectAttributes redirect) {
        VolunteerRef v = service.volunteer();
        BigDecimal hours = hours(form == null ? null : form.hours());
        String feedback =
                form == null || form.feedback() == null || form.feedback().isBlank()
                        ? null
                        : form.feedback().strip();
        if (hours == null || (feedback != null && feedback.length() > 1000)) {
            redirect.addFlashAttribute("notice", "hoursInvalid");
            return base() + "/" + id;
        }
        boolean ok = service.done(id, v, hours, feedback);
        redirect.addFlashAttribute("notice", ok ? "done" : "unchanged");
        return base() + "/" + id;
    }

    /** "2", "1,5" or "1.5" hours, more than 0 and at most 24; else null. */
    static @Nullable BigDecimal hours(@Nullable String text) {
        if (text == null || !text.strip().matches("\\d{1,2}([.,]\\d{1,2})?")) {
            return null;
        }
        BigDecimal h = new BigDecimal(text.strip().replace(',', '.'));
        return h.signum() > 0 && h.compareTo(BigDecimal.valueOf(24)) <= 0 ? h : null;
    }
}
