package de.quartier.matching;

import de.quartier.accounts.AuditLog;
import de.quartier.accounts.InvitationService;
import de.quartier.accounts.Role;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.matching.MatchingForms.CertificateForm;
import de.quartier.matching.MatchingForms.InviteForm;
import de.quartier.matching.MatchingForms.NewcomerForm;
import de.quartier.matching.MatchingForms.VolunteerForm;
import de.quartier.matching.MatchingPeople.LanguageSkill;
import de.quartier.matching.MatchingViews.ConsentRow;
import de.quartier.matching.MatchingViews.MentorshipDetail;
import de.quartier.matching.MatchingViews.MentorshipRow;
import de.quartier.matching.MatchingViews.NewcomerDetail;
import de.quartier.matching.MatchingViews.NewcomerRow;
import de.quartier.matching.MatchingViews.Option;
import de.quartier.matching.MatchingViews.RequestRow;
import de.quartier.matching.MatchingViews.SuggestionRow;
import de.quartier.matching.MatchingViews.VolunteerRow;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The coordinators' pages (Engagementkoordination): matching runs and decisions, mentorships, newcomers (also
 * for the referring social worker), volunteers and the requests from the public form. No personal data in URLs:
 * only ids.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/patenschaften")
class CoordinatorPages {

    private final MatchingService matching;
    private final NewcomerFiles files;
    private final VolunteerRepository volunteers;
    private final NewcomerRepository newcomers;
    private final ConsentRepository consents;
    private final ShelterRepository shelters;
    private final SuggestionRepository suggestions;
    private final MentorshipRepository mentorships;
    private final MentorRequestRepository requests;
    private final MatchingStats stats;
    private final DistrictService districts;
    private final InvitationService invitations;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    CoordinatorPages(
            MatchingService matching,
            NewcomerFiles files,
            VolunteerRepository volunteers,
            NewcomerRepository newcomers,
            ConsentRepository consents,
            ShelterRepository shelters,
            SuggestionRepository suggestions,
            MentorshipRepository mentorships,
            MentorRequestRepository requests,
            MatchingStats stats,
            DistrictService districts,
            InvitationService invitations,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx) {
        this.matching = matching;
        this.files = files;
        this.volunteers = volunteers;
        this.newcomers = newcomers;
        this.consents = consents;
        this.shelters = shelters;
        this.suggestions = suggestions;
        this.mentorships = mentorships;
        this.requests = requests;
        this.stats = stats;
        this.districts = districts;
        this.invitations = invitations;
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

    private static String base() {
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/patenschaften";
    }

    private Map<Long, String> districtNames() {
        return districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
    }

    static String languages(List<LanguageSkill> skills) {
        return skills.stream()
                .map(s -> s.language() + " (" + s.level().name() + ")")
                .collect(Collectors.joining(", "));
    }

    // ---- overview: matching run, suggestions, mentorships, statistics ----

    @GetMapping
    String overview(@PathVariable String tenant, @RequestParam(required = false) @Nullable Long region, Model model) {
        files.requireRecorder();
        boolean coordinator = files.isCoordinator();
        model.addAttribute("coordinator", coordinator);
        model.addAttribute(
                "regions",
                districts.regions().stream()
                        .map(r -> new Option(r.id() + "", r.name()))
                        .toList());
        model.addAttribute("region", region == null ? "" : region.toString());
        model.addAttribute("stats", coordinator ? stats.stats() : null);
        if (!coordinator) {
            model.addAttribute("suggestions", List.<SuggestionRow>of());
            model.addAttribute("mentorships", List.<MentorshipRow>of());
            model.addAttribute("pendingRequests", 0);
            return "matching/overview";
        }
        model.addAttribute("suggestions", matching.openSuggestions());
        model.addAttribute("mentorships", matching.tandems());
        model.addAttribute(
                "pendingRequests",
                tx.execute(s -> requests.findByStatusOrderByCreatedAtAsc(MentorRequest.Status.PENDING)
                        .size()));
        return "matching/overview";
    }

    @PostMapping("/abgleich")
    String run(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable Long region,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        MatchingService.RunOutcome outcome = matching.run(region);
        redirect.addFlashAttribute("notice", outcome.notice());
        redirect.addFlashAttribute("noticeArgs", outcome.noticeArgs());
        redirect.addFlashAttribute(
                "blocked",
                outcome.reasons().entrySet().stream()
                        .map(e -> new Option(
                                e.getValue(),
                                "matching.block." + e.getKey().name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        return base() + (region == null ? "" : "?region=" + region);
    }

    @PostMapping("/vorschlaege/{id:\\d+}/annehmen")
    String approve(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.requireCoordinator();
        String by = files.me().email();
        var decision = MatchingService.unlessConcurrent(() -> matching.approve(id, by), MatchingService.Decision.GONE);
        redirect.addFlashAttribute("notice", "approve." + decision.name().toLowerCase(java.util.Locale.ROOT));
        return base();
    }

    @PostMapping("/vorschlaege/{id:\\d+}/ablehnen")
    String reject(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.requireCoordinator();
        String by = files.me().email();
        var decision = MatchingService.unlessConcurrent(() -> matching.reject(id, by), MatchingService.Decision.GONE);
        redirect.addFlashAttribute("notice", "reject." + decision.name().toLowerCase(java.util.Locale.ROOT));
        return base();
    }

    // ---- mentorships ----

    @GetMapping("/tandems/{id:\\d+}")
    String mentorship(@PathVariable String tenant, @PathVariable long id, Model model) {
        files.requireCoordinator();
        MentorshipDetail d = tx.execute(s -> {
            Mentorship m = mentorships.findById(id).orElseThrow(() -> new NotFoundException("mentorship"));
            Volunteer v = volunteers.findById(m.volunteerId()).orElseThrow();
            Newcomer n = m.newcomerId() == null
                    ? null
                    : newcomers.findById(m.newcomerId()).orElse(null);
            return new MentorshipDetail(
                    m.id(),
                    v.id(),
                    v.displayName(),
                    n == null ? null : n.id(),
                    n == null ? "—" : n.name(),
                    m.status().name(),
                    m.status().messageKey(),
                    m.status().next().stream().map(Enum::name).toList(),
                    m.firstMeetingOn(),
                    m.meetingDetails(),
                    m.endReason() == null ? null : m.endReason().messageKey(),
                    m.proposedAt(),
                    m.nextCheckIn(),
                    m.reviewDue());
        });
        if (d.newcomerId() != null) {
            audit.personalDataRead("newcomer:" + d.newcomerId(), "mentorship:" + id);
        }
        model.addAttribute("m", d);
        model.addAttribute(
                "reasons",
                java.util.Arrays.stream(Mentorship.EndReason.values())
                        .map(r -> new Option(r.name(), r.messageKey()))
                        .toList());
        return "matching/mentorship";
    }

    @PostMapping("/tandems/{id:\\d+}/status")
    String move(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam String to,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable LocalDate meetingOn,
            @RequestParam(required = false) @Nullable String meetingDetails,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        boolean done;
        try {
            Mentorship.Status target = Mentorship.Status.valueOf(to);
            Mentorship.EndReason why = reason == null || reason.isBlank() ? null : Mentorship.EndReason.valueOf(reason);
            done = MatchingService.unlessConcurrent(
                            () -> matching.move(id, target, why, meetingOn, meetingDetails),
                            MatchingService.Move.NOT_ALLOWED)
                    == MatchingService.Move.DONE;
        } catch (IllegalArgumentException e) {
            done = false;
        }
        redirect.addFlashAttribute("notice", done ? "moved" : "notMoved");
        return base() + "/tandems/" + id;
    }

    /**
     * The letter for the newcomer in their language, as a print page (lang/dir set, so Arabic and Farsi are shaped
     * by the browser: the PDF renderer cannot shape them).
     */
    @GetMapping("/tandems/{id:\\d+}/brief")
    String letter(@PathVariable String tenant, @PathVariable long id, Model model) {
        files.requireCoordinator();
        Object[] data = tx.execute(s -> {
            Mentorship m = mentorships.findById(id).orElseThrow(() -> new NotFoundException("mentorship"));
            Volunteer v = volunteers.findById(m.volunteerId()).orElseThrow();
            Newcomer n = m.newcomerId() == null
                    ? null
                    : newcomers.findById(m.newcomerId()).orElse(null);
            if (n == null) {
                throw new NotFoundException("newcomer");
            }
            return new Object[] {
                n.letterLanguage(),
                n.name(),
                v.displayName(),
                Objects.toString(v.phone(), v.email()),
                n.id(),
                m.firstMeetingOn(),
                m.meetingDetails()
            };
        });
        audit.personalDataRead("newcomer:" + data[4], "letter:mentorship:" + id);
        java.util.Locale locale = java.util.Locale.forLanguageTag((String) data[0]);
        boolean rtl = "ar".equals(data[0]) || "fa".equals(data[0]);
        model.addAttribute("lang", data[0]);
        model.addAttribute("dir", rtl ? "rtl" : "ltr");
        model.addAttribute("title", messages.getMessage("matching.letter.title", null, locale));
        model.addAttribute("greeting", messages.getMessage("matching.letter.greeting", new Object[] {data[1]}, locale));
        model.addAttribute(
                "body",
                messages.getMessage(
                        "matching.letter.body",
                        new Object[] {data[2], TenantContext.require().name()},
                        locale));
        model.addAttribute("contactLabel", messages.getMessage("matching.letter.contact", null, locale));
        model.addAttribute("contact", data[2] + " · " + data[3]);
        model.addAttribute("meetingLabel", messages.getMessage("matching.letter.meeting", null, locale));
        model.addAttribute("meeting", (data[5] == null ? "" : data[5] + " ") + (data[6] == null ? "" : data[6]));
        model.addAttribute("closing", messages.getMessage("matching.letter.closing", null, locale));
        model.addAttribute("printLabel", messages.getMessage("matching.letter.print", null, locale));
        return "matching/letter";
    }

    // ---- newcomers ----

    @GetMapping("/neuzugewanderte")
    String newcomers(@PathVariable String tenant, Model model) {
        List<Newcomer> list = files.list();
        Map<Long, String> names = districtNames();
        Map<Long, String> shelterNames =
                tx.execute(s -> shelters.findAll().stream().collect(Collectors.toMap(Shelter::id, Shelter::name)));
        Set<Long> consenting = tx.execute(
                s -> consents.findByNewcomerIdIn(list.stream().map(Newcomer::id).toList()).stream()
                        .filter(c -> c.active() && c.purpose() == Consent.Purpose.MATCHING)
                        .map(Consent::newcomerId)
                        .collect(Collectors.toSet()));
        Instant now = Instant.now();
        model.addAttribute(
                "newcomers",
                list.stream()
                        .map(n -> new NewcomerRow(
                                n.id(),
                                n.name(),
                                languages(n.languages()),
                                place(n, names, shelterNames),
                                "matching.newcomerStatus." + n.status().name().toLowerCase(java.util.Locale.ROOT),
                                Duration.between(n.waitingSince(), now).toDays(),
                                consenting.contains(n.id()),
                                n.householdMinors()))
                        .toList());
        boolean coordinator = files.isCoordinator();
        model.addAttribute("coordinator", coordinator);
        List<RequestRow> pending = coordinator
                ? tx.execute(s -> requests.findByStatusOrderByCreatedAtAsc(MentorRequest.Status.PENDING).stream()
                        .map(r -> new RequestRow(
                                r.id(),
                                r.name(),
                                r.contact(),
                                languages(Profiles.languages(r.languages())),
                                Objects.toString(names.get(r.districtId()), "–"),
                                r.createdAt()))
                        .toList())
                : List.of();
        if (!pending.isEmpty()) {
            audit.personalDataRead(
                    "request:list",
                    "ids=" + pending.stream().map(r -> r.id() + "").collect(Collectors.joining(",")));
        }
        model.addAttribute("requests", pending);
        return "matching/newcomers";
    }

    private static String place(Newcomer n, Map<Long, String> districts, Map<Long, String> shelters) {
        if (n.shelterId() != null && shelters.containsKey(n.shelterId())) {
            return shelters.get(n.shelterId());
        }
        return Objects.toString(districts.get(n.districtId()), "–");
    }

    @GetMapping("/neuzugewanderte/neu")
    String newNewcomer(@PathVariable String tenant, Model model) {
        files.requireRecorder();
        return newcomerForm(model, NewcomerForm.empty(), FormErrors.none());
    }

    private String newcomerForm(Model model, NewcomerForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(model);
        model.addAttribute(
                "shelters",
                tx.execute(s -> shelters.findAllByOrderByNameAsc().stream()
                        .map(x -> new Option(x.id() + "", x.name()))
                        .toList()));
        model.addAttribute("consentVersion", Consent.TEXT_VERSION);
        return "matching/newcomer-form";
    }

    void addChoices(Model model) {
        model.addAttribute(
                "districts",
                districts.list().stream()
                        .map(d -> new Option(d.id() + "", d.name()))
                        .toList());
        model.addAttribute("languages", Profiles.LANGUAGES);
        model.addAttribute(
                "levels",
                java.util.Arrays.stream(MatchingPeople.Level.values())
                        .map(Enum::name)
                        .toList());
        model.addAttribute("slots", Profiles.allSlots());
        model.addAttribute(
                "helps",
                java.util.Arrays.stream(Profiles.Help.values()).map(Enum::name).toList());
    }

    @PostMapping("/neuzugewanderte/neu")
    String createNewcomer(
            @PathVariable String tenant,
            @Valid @ModelAttribute("newcomerForm") @Nullable NewcomerForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        files.requireRecorder();
        if (form == null) { // a value of the wrong type: the form again, with what could not be read
            return newcomerForm(
                    model,
                    NewcomerForm.empty(),
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        form.checkLanguages(result);
        Set<String> slots = MatchingForms.slots(form.availability(), result, "availability");
        Set<Profiles.Help> needs = MatchingForms.help(form.needs(), result, "needs");
        if (!MatchingForms.yes(form.consentMatching())) {
            result.rejectValue("consentMatching", "error.consent");
        }
        Long shelterId = form.shelterId();
        Long districtId = form.districtId();
        if (shelterId != null) {
            var shelter = tx.execute(s -> shelters.findById(shelterId).orElse(null));
            if (shelter == null) {
                result.rejectValue("shelterId", "error.shelter");
            } else {
                districtId = shelter.districtId();
            }
        }
        if (districtId == null || districts.find(districtId).isEmpty()) {
            result.rejectValue("districtId", "error.district");
        }
        if (result.hasErrors()) {
            return newcomerForm(model, form, FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        String by = files.me().email();
        Long district = districtId;
        long id = tx.execute(s -> {
            Newcomer n = new Newcomer(form.name(), form.contact(), form.letterLanguage(), by);
            n.profile(
                    form.skills(),
                    district,
                    shelterId,
                    MatchingForms.yes(form.householdMinors()),
                    needs,
                    slots,
                    MatchingForms.gender(form.preferredGender()),
                    MatchingForms.ageBand(form.preferredAgeBand()));
            newcomers.save(n);
            Instant now = Instant.now();
            consents.save(new Consent(n.id(), Consent.Purpose.MATCHING, Consent.TEXT_VERSION, now, by));
            if (MatchingForms.yes(form.consentContact())) {
                consents.save(new Consent(n.id(), Consent.Purpose.CONTACT_TO_VOLUNTEER, Consent.TEXT_VERSION, now, by));
            }
            return n.id();
        });
        audit.record("matching.newcomer.created", "newcomer:" + id, null);
        redirect.addFlashAttribute("notice", "created");
        return base() + "/neuzugewanderte/" + id;
    }

    @GetMapping("/neuzugewanderte/{id:\\d+}")
    String newcomer(@PathVariable String tenant, @PathVariable long id, Model model) {
        Map<Long, String> names = districtNames();
        NewcomerDetail detail = tx.execute(s -> {
            Newcomer n = files.readForStaff(id, "record");
            Map<Long, String> shelterNames =
                    shelters.findAll().stream().collect(Collectors.toMap(Shelter::id, Shelter::name));
            return new NewcomerDetail(
                    n.id(),
                    n.name(),
                    n.contact(),
                    n.letterLanguage(),
                    languages(n.languages()),
                    place(n, names, shelterNames),
                    n.householdMinors(),
                    n.needs().stream().map(Profiles.Help::messageKey).toList(),
                    String.join(", ", n.availability()),
                    n.preferredGender(),
                    n.preferredAgeBand(),
                    "matching.newcomerStatus." + n.status().name().toLowerCase(java.util.Locale.ROOT),
                    n.waitingSince(),
                    n.referredBy(),
                    consents.findByNewcomerIdOrderByGivenAtAsc(n.id()).stream()
                            .map(c -> new ConsentRow(
                                    c.id(),
                                    c.purpose().messageKey(),
                                    c.textVersion(),
                                    c.givenAt(),
                                    c.recordedBy(),
                                    c.revokedAt()))
                            .toList(),
                    List.of());
        });
        model.addAttribute("n", detail);
        model.addAttribute("mentorships", files.isCoordinator() ? matching.tandemsOfNewcomer(id) : List.of());
        model.addAttribute("coordinator", files.isCoordinator());
        return "matching/newcomer";
    }

    @PostMapping("/neuzugewanderte/{id:\\d+}/einwilligungen/{consent:\\d+}/widerrufen")
    String revoke(
            @PathVariable String tenant,
            @PathVariable long id,
            @PathVariable long consent,
            RedirectAttributes redirect) {
        files.revoke(id, consent);
        redirect.addFlashAttribute("notice", "revoked");
        return base() + "/neuzugewanderte/" + id;
    }

    @GetMapping(value = "/neuzugewanderte/{id:\\d+}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> export(@PathVariable String tenant, @PathVariable long id) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"newcomer-" + id + ".json\"")
                .header("Cache-Control", "no-store")
                .body(files.export(id));
    }

    @PostMapping("/neuzugewanderte/{id:\\d+}/loeschen")
    String erase(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.erase(id);
        redirect.addFlashAttribute("notice", "erased");
        return base() + "/neuzugewanderte";
    }

    @PostMapping("/anfragen/{id:\\d+}/bestaetigen")
    String confirmRequest(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.requireCoordinator();
        String by = files.me().email();
        Long created = tx.execute(s -> {
            MentorRequest r = requests.findById(id).orElse(null);
            if (r == null || r.status() != MentorRequest.Status.PENDING) {
                return null;
            }
            Newcomer n = new Newcomer(r.name(), r.contact(), r.letterLanguage(), by);
            n.profile(
                    Profiles.languages(r.languages()),
                    r.districtId(),
                    null,
                    r.householdMinors(),
                    Profiles.help(r.needs()),
                    Profiles.codes(r.availability()),
                    r.preferredGender(),
                    null);
            n.waitingSince(r.createdAt());
            newcomers.save(n);
            // the person consented in the public form, to the text version shown there
            consents.save(new Consent(n.id(), Consent.Purpose.MATCHING, r.consentVersion(), r.createdAt(), "self"));
            consents.save(new Consent(
                    n.id(), Consent.Purpose.CONTACT_TO_VOLUNTEER, r.consentVersion(), r.createdAt(), "self"));
            r.decide(MentorRequest.Status.CONFIRMED);
            return n.id();
        });
        if (created == null) {
            redirect.addFlashAttribute("notice", "gone");
            return base() + "/neuzugewanderte";
        }
        audit.record("matching.request.confirmed", "request:" + id, "newcomer:" + created);
        redirect.addFlashAttribute("notice", "confirmed");
        return base() + "/neuzugewanderte/" + created;
    }

    @PostMapping("/anfragen/{id:\\d+}/verwerfen")
    String discardRequest(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.requireCoordinator();
        tx.executeWithoutResult(s -> requests.findById(id)
                .filter(r -> r.status() == MentorRequest.Status.PENDING)
                .ifPresent(r -> r.decide(MentorRequest.Status.DISCARDED)));
        audit.record("matching.request.discarded", "request:" + id, null);
        redirect.addFlashAttribute("notice", "discarded");
        return base() + "/neuzugewanderte";
    }

    // ---- volunteers ----

    @GetMapping("/ehrenamtliche")
    String volunteers(@PathVariable String tenant, Model model) {
        files.requireCoordinator();
        Map<Long, String> names = districtNames();
        LocalDate today = matching.today();
        Map<Long, Long> running = tx.execute(s -> matching.runningPerVolunteer());
        model.addAttribute(
                "volunteers",
                tx.execute(s -> volunteers.findAllByOrderByDisplayNameAsc().stream()
                        .map(v -> new VolunteerRow(
                                v.id(),
                                v.displayName(),
                                languages(v.languages()),
                                Objects.toString(names.get(v.districtId()), "–"),
                                v.travelKm(),
                                v.capacity(),
                                running.getOrDefault(v.id(), 0L),
                                v.certificateValidOn(today)
                                        ? "matching.certificate.valid"
                                        : v.certificateIssuedOn() == null
                                                ? "matching.certificate.none"
                                                : "matching.certificate.invalid",
                                "matching.volunteerStatus." + v.status().name().toLowerCase(java.util.Locale.ROOT)))
                        .toList()));
        java.time.ZoneId zone = TenantContext.require().zone();
        model.addAttribute(
                "pending",
                tx.execute(s -> volunteers.findByStatusOrderByRegisteredAtAsc(Volunteer.Status.PENDING).stream()
                        .map(v -> new MatchingViews.PendingVolunteer(
                                v.id(),
                                v.displayName(),
                                v.email(),
                                v.registeredAt().atZone(zone).toLocalDate().toString(),
                                Objects.toString(v.consentVersion(), "–")))
                        .toList()));
        model.addAttribute("invite", new InviteForm("", ""));
        model.addAttribute("errors", FormErrors.none());
        return "matching/volunteers";
    }

    @PostMapping("/ehrenamtliche")
    String invite(
            @PathVariable String tenant,
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        String email = form.email() == null ? "" : form.email().strip().toLowerCase(java.util.Locale.ROOT);
        if (!result.hasErrors() && tx.execute(s -> volunteers.findByEmail(email).isPresent())) {
            result.rejectValue("email", "error.volunteerExists");
        }
        if (result.hasErrors()) {
            volunteers(tenant, model);
            model.addAttribute("invite", form);
            model.addAttribute("errors", FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
            return "matching/volunteers";
        }
        long id = tx.execute(
                s -> volunteers.save(new Volunteer(email, form.name())).id());
        // outside any transaction, as the invitation service asks; the volunteer completes the profile after login
        invitations.invite(email, form.name().strip(), Role.VOLUNTEER, Set.of(), Set.of());
        redirect.addFlashAttribute("notice", "invited");
        return base() + "/ehrenamtliche/" + id;
    }

    @GetMapping("/ehrenamtliche/{id:\\d+}")
    String volunteer(@PathVariable String tenant, @PathVariable long id, Model model) {
        files.requireCoordinator();
        Volunteer v = tx.execute(s -> volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer")));
        return volunteerPage(model, v, VolunteerForm.of(v), FormErrors.none());
    }

    private String volunteerPage(Model model, Volunteer v, VolunteerForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("volunteerId", v.id());
        model.addAttribute("email", v.email());
        model.addAttribute("action", "/verwaltung/patenschaften/ehrenamtliche/" + v.id());
        model.addAttribute("coordinator", true);
        model.addAttribute("certificateIssuedOn", v.certificateIssuedOn());
        model.addAttribute("certificateRelevantEntry", v.certificateRelevantEntry());
        model.addAttribute("certificateInspectedBy", v.certificateInspectedBy());
        model.addAttribute("certificateInspectedOn", v.certificateInspectedOn());
        model.addAttribute("certificateValid", v.certificateValidOn(matching.today()));
        addChoices(model);
        return "matching/volunteer-form";
    }

    @PostMapping("/ehrenamtliche/{id:\\d+}")
    String saveVolunteer(
            @PathVariable String tenant,
            @PathVariable long id,
            @Valid @ModelAttribute("volunteerForm") @Nullable VolunteerForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        if (form == null) {
            Volunteer v =
                    tx.execute(s -> volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer")));
            return volunteerPage(
                    model,
                    v,
                    VolunteerForm.of(v),
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        String outcome = VolunteerProfiles.save(tx, volunteers, districts, id, form, result);
        if (outcome != null) {
            Volunteer v =
                    tx.execute(s -> volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer")));
            if ("conflict".equals(outcome)) {
                result.reject("error.conflict");
            }
            return volunteerPage(
                    model, v, form, FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        audit.record("matching.volunteer.updated", "volunteer:" + id, null);
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/ehrenamtliche/" + id;
    }

    @PostMapping("/ehrenamtliche/{id:\\d+}/fuehrungszeugnis")
    String certificate(
            @PathVariable String tenant,
            @PathVariable long id,
            @ModelAttribute("certificateForm") CertificateForm form,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        LocalDate today = matching.today();
        if (form.issuedOn() == null || form.issuedOn().isAfter(today)) {
            redirect.addFlashAttribute("notice", "certificateDate");
            return base() + "/ehrenamtliche/" + id;
        }
        String by = files.me().displayName();
        tx.executeWithoutResult(s -> volunteers
                .findById(id)
                .orElseThrow(() -> new NotFoundException("volunteer"))
                .certificate(form.issuedOn(), MatchingForms.yes(form.relevantEntry()), by, today));
        audit.record("matching.certificate.recorded", "volunteer:" + id, null);
        redirect.addFlashAttribute("notice", "certificate");
        return base() + "/ehrenamtliche/" + id;
    }

    @PostMapping("/ehrenamtliche/{id:\\d+}/status")
    String volunteerStatus(
            @PathVariable String tenant,
            @PathVariable long id,
            @RequestParam String status,
            RedirectAttributes redirect) {
        files.requireCoordinator();
        Volunteer.Status to;
        try {
            to = Volunteer.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("status");
        }
        if (to == Volunteer.Status.PENDING) {
            throw new NotFoundException("status"); // only a sign-up waits; nobody is sent back to waiting
        }
        tx.executeWithoutResult(s -> volunteers
                .findById(id)
                .orElseThrow(() -> new NotFoundException("volunteer"))
                .status(to));
        audit.record("matching.volunteer.status", "volunteer:" + id, to.name());
        redirect.addFlashAttribute("notice", "saved");
        return base() + "/ehrenamtliche/" + id;
    }

    /** Confirms a volunteer who signed up themselves: from now on they are matched and offered requests. */
    @PostMapping("/ehrenamtliche/{id:\\d+}/bestaetigen")
    String confirmVolunteer(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.requireCoordinator();
        boolean confirmed = Boolean.TRUE.equals(tx.execute(s -> {
            Volunteer v = volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer"));
            if (v.status() != Volunteer.Status.PENDING) {
                return false;
            }
            v.status(Volunteer.Status.ACTIVE);
            return true;
        }));
        if (confirmed) {
            audit.record("matching.volunteer.confirmed", "volunteer:" + id, null);
        }
        redirect.addFlashAttribute("notice", confirmed ? "volunteerConfirmed" : "volunteerNotPending.gone");
        return base() + "/ehrenamtliche";
    }

    @PostMapping("/ehrenamtliche/{id:\\d+}/loeschen")
    String eraseVolunteer(@PathVariable String tenant, @PathVariable long id, RedirectAttributes redirect) {
        files.requireCoordinator();
        tx.executeWithoutResult(s -> {
            Volunteer v = volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer"));
            for (Mentorship m : mentorships.findByVolunteerId(id)) {
                if (m.status().running()) {
                    m.moveTo(Mentorship.Status.ENDED, Mentorship.EndReason.VOLUNTEER_STOPPED, matching.today());
                    if (m.newcomerId() != null) {
                        newcomers.findById(m.newcomerId()).ifPresent(n -> n.status(Newcomer.Status.WAITING));
                    }
                }
            }
            suggestions.deleteAll(suggestions.findByState(Suggestion.State.OPEN).stream()
                    .filter(x -> x.volunteerId() == id)
                    .toList());
            v.anonymise();
        });
        audit.record("matching.volunteer.erased", "volunteer:" + id, null);
        redirect.addFlashAttribute("notice", "erased");
        return base() + "/ehrenamtliche";
    }

    @GetMapping(value = "/ehrenamtliche/{id:\\d+}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> exportVolunteer(@PathVariable String tenant, @PathVariable long id) {
        files.requireCoordinator();
        Map<String, Object> out = tx.execute(s -> {
            Volunteer v = volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer"));
            Map<String, Object> m = new HashMap<>(VolunteerProfiles.export(v));
            m.put(
                    "mentorships",
                    mentorships.findByVolunteerId(id).stream()
                            .map(x -> Map.of("id", x.id(), "status", x.status().name()))
                            .toList());
            return m;
        });
        audit.record("matching.volunteer.exported", "volunteer:" + id, null);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"volunteer-" + id + ".json\"")
                .header("Cache-Control", "no-store")
                .body(out);
    }
}
