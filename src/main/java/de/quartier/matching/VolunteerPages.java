package de.quartier.matching;

import de.quartier.accounts.AuditLog;
import de.quartier.districts.DistrictService;
import de.quartier.matching.MatchingForms.VolunteerForm;
import de.quartier.matching.MatchingViews.MentorshipRow;
import de.quartier.matching.MatchingViews.VolunteerNewcomer;
import de.quartier.shared.FormErrors;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A volunteer's own area: their profile and their mentorships; of a newcomer they see only name, contact, language
 * and meeting details, and only while they are assigned.
 */
@Controller
@RequestMapping("/{tenant}/ehrenamt")
class VolunteerPages {

    private final NewcomerFiles files;
    private final VolunteerRepository volunteers;
    private final MatchingService matching;
    private final DistrictService districts;
    private final CoordinatorPages choices;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    VolunteerPages(
            NewcomerFiles files,
            VolunteerRepository volunteers,
            MatchingService matching,
            DistrictService districts,
            CoordinatorPages choices,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx) {
        this.files = files;
        this.volunteers = volunteers;
        this.matching = matching;
        this.districts = districts;
        this.choices = choices;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("matching.");
        binder.setMessageCodesResolver(codes);
    }

    private Volunteer me() {
        files.me(); // anonymous: to the login page
        return files.myVolunteer().orElseThrow(() -> new AccessDeniedException("no volunteer profile"));
    }

    @GetMapping
    String home(@PathVariable String tenant, Model model) {
        Volunteer v = me();
        return page(model, v, VolunteerForm.of(v), FormErrors.none());
    }

    private String page(Model model, Volunteer v, VolunteerForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("volunteerId", v.id());
        model.addAttribute("email", v.email());
        model.addAttribute("action", "/ehrenamt");
        model.addAttribute("coordinator", false);
        model.addAttribute("pending", v.status() == Volunteer.Status.PENDING);
        model.addAttribute("certificateIssuedOn", v.certificateIssuedOn());
        model.addAttribute("certificateRelevantEntry", v.certificateRelevantEntry());
        model.addAttribute("certificateInspectedBy", v.certificateInspectedBy());
        model.addAttribute("certificateInspectedOn", v.certificateInspectedOn());
        model.addAttribute(
                "certificateValid",
                v.certificateValidOn(
                        java.time.LocalDate.now(TenantContext.require().zone())));
        choices.addChoices(model);
        List<MentorshipRow> mine = matching.runningTandemsOf(v.id());
        for (MentorshipRow r : mine) {
            if (r.newcomerId() != null) {
                audit.personalDataRead("newcomer:" + r.newcomerId(), "mentorship:" + r.id());
            }
        }
        model.addAttribute("mine", mine);
        return "matching/volunteer-home";
    }

    @PostMapping
    String save(
            @PathVariable String tenant,
            @Valid @ModelAttribute("volunteerForm") @Nullable VolunteerForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Volunteer v = me();
        if (form == null) {
            return page(
                    model,
                    v,
                    VolunteerForm.of(v),
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        String outcome = VolunteerProfiles.save(tx, volunteers, districts, v.id(), form, result);
        if (outcome != null) {
            if ("conflict".equals(outcome)) {
                result.reject("error.conflict");
            }
            Volunteer fresh = tx.execute(s -> volunteers.findById(v.id()).orElseThrow());
            return page(model, fresh, form, FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/" + TenantContext.require().slug() + "/ehrenamt";
    }

    @GetMapping("/neuzugewanderte/{id:\\d+}")
    String newcomer(@PathVariable String tenant, @PathVariable long id, Model model) {
        files.me();
        var entry = files.readForVolunteer(id);
        Newcomer n = entry.getKey();
        Mentorship m = entry.getValue();
        model.addAttribute(
                "n",
                new VolunteerNewcomer(
                        n.name(),
                        n.contact(),
                        CoordinatorPages.languages(n.languages()),
                        m.status().messageKey(),
                        m.firstMeetingOn(),
                        m.meetingDetails()));
        return "matching/volunteer-newcomer";
    }
}
