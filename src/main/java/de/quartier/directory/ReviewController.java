package de.quartier.directory;

import de.quartier.directory.DirectoryAdminViews.PendingChangeRow;
import de.quartier.directory.DirectoryAdminViews.PendingRegistration;
import de.quartier.directory.DirectoryEditing.Scope;
import de.quartier.directory.DirectoryEditingForms.OfferForm;
import de.quartier.directory.DirectoryEditingForms.OrganisationForm;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue of district managers and admins: self-registered organisations waiting for approval, and
 * editors' changes to published entries (when the tenant wants review), each with its diff.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/verzeichnis/pruefung")
class ReviewController {

    private final DirectoryEditing editing;
    private final OrganisationRepository organisations;
    private final OfferRepository offers;
    private final PendingChangeRepository pending;
    private final DistrictService districts;

    ReviewController(
            DirectoryEditing editing,
            OrganisationRepository organisations,
            OfferRepository offers,
            PendingChangeRepository pending,
            DistrictService districts) {
        this.editing = editing;
        this.organisations = organisations;
        this.offers = offers;
        this.pending = pending;
        this.districts = districts;
    }

    private Scope reviewer() {
        Scope s = editing.scope();
        if (!s.reviewer()) {
            throw new AccessDeniedException("district manager or admin required");
        }
        return s;
    }

    private static String back() {
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/verzeichnis/pruefung";
    }

    @GetMapping
    String queue(@PathVariable String tenant, Model model) {
        Scope s = reviewer();
        Map<Long, String> names = districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
        model.addAttribute(
                "registrations",
                editing.read(() -> organisations.findByStatusOrderByNameAsc(EntryStatus.PENDING).stream()
                        .filter(o -> editing.reviews(s, o))
                        .map(o -> new PendingRegistration(
                                o.id(),
                                o.name(),
                                o.kind(),
                                o.description(),
                                o.website(),
                                Objects.toString(o.registrantName(), "") + " <"
                                        + Objects.toString(o.registrantEmail(), "") + ">",
                                DirectoryEditing.districtsOf(o).stream()
                                        .map(names::get)
                                        .filter(Objects::nonNull)
                                        .collect(Collectors.joining(", ")),
                                o.createdAt()))
                        .toList()));
        model.addAttribute(
                "changes",
                editing.read(() -> pending.findAllByOrderBySubmittedAtAsc().stream()
                        .filter(editing::mayReview)
                        .map(this::row)
                        .toList()));
        return "directory/review";
    }

    private PendingChangeRow row(PendingChange c) {
        String name;
        String diff;
        if (History.ORGANISATION.equals(c.entityType())) {
            Organisation o = editing.organisation(c.entityId());
            name = o.name();
            diff = editing.diff(o, (OrganisationForm) editing.payload(c)).toString();
        } else {
            Offer o = editing.offer(c.entityId());
            name = o.title();
            diff = editing.diff(o, (OfferForm) editing.payload(c)).toString();
        }
        return new PendingChangeRow(
                c.id(),
                c.entityType(),
                c.entityId(),
                name,
                c.submitter(),
                c.submittedAt(),
                diff.isBlank() ? List.of() : List.of(diff.split("\n")));
    }

    @PostMapping("/aenderungen/{id:\\d+}/freigeben")
    String approveChange(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        reviewer();
        editing.approveChange(id);
        redirect.addFlashAttribute("notice", "approved");
        return back();
    }

    @PostMapping("/aenderungen/{id:\\d+}/ablehnen")
    String rejectChange(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        reviewer();
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            redirect.addFlashAttribute("notice", "reasonMissing");
            return back();
        }
        editing.rejectChange(id, reason);
        redirect.addFlashAttribute("notice", "rejected");
        return back();
    }

    @PostMapping("/organisationen/{id:\\d+}/freigeben")
    String approveRegistration(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        reviewer();
        editing.approveRegistration(id);
        redirect.addFlashAttribute("notice", "approved");
        return back();
    }

    @PostMapping("/organisationen/{id:\\d+}/ablehnen")
    String rejectRegistration(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            RedirectAttributes redirect) {
        reviewer();
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            redirect.addFlashAttribute("notice", "reasonMissing");
            return back();
        }
        if (editing.read(() -> organisations.findById(id).isEmpty())) {
            throw new NotFoundException("organisation");
        }
        editing.rejectRegistration(id, reason);
        redirect.addFlashAttribute("notice", "rejected");
        return back();
    }
}
