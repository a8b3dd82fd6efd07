package de.quartier.accompaniment;

import de.quartier.accompaniment.AccompanimentService.Outcome;
import de.quartier.accompaniment.AccompanimentService.Staff;
import de.quartier.accompaniment.AccompanimentViews.RequestForm;
import de.quartier.accounts.Access;
import de.quartier.accounts.Role;
import de.quartier.matching.MatchingPeople;
import de.quartier.matching.MatchingPeople.VolunteerRef;
import de.quartier.shared.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accompaniment for programs (personal access token): staff list and post requests as in the UI, volunteers list
 * the open requests they may take and their own, and take a place (409 problem when none is left).
 */
@RestController
@RequestMapping("/api/v1/{tenant}/accompaniment")
@Tag(name = "Accompaniment", description = "Everyday accompaniment (Alltagsbegleitung) requests")
class AccompanimentApi {

    private final AccompanimentService service;
    private final AccompanimentStaffPages staffPages;
    private final MatchingPeople people;
    private final Access access;
    private final TransactionTemplate tx;

    AccompanimentApi(
            AccompanimentService service,
            AccompanimentStaffPages staffPages,
            MatchingPeople people,
            Access access,
            TransactionTemplate tx) {
        this.service = service;
        this.staffPages = staffPages;
        this.people = people;
        this.access = access;
        this.tx = tx;
    }

    /** A request; newcomerId only for staff who may see it, and for a volunteer holding a place. */
    record RequestJson(
            long id,
            String kind,
            LocalDate date,
            String from,
            String to,
            @Nullable Long districtId,
            String language,
            int places,
            long placesLeft,
            String status,
            @Nullable Long newcomerId,
            boolean mine) {}

    static RequestJson json(Accompaniment a, long held, boolean withNewcomer, boolean mine) {
        return new RequestJson(
                a.id(),
                a.kind().name(),
                a.onDate(),
                a.startsAt().toString(),
                a.endsAt().toString(),
                a.districtId(),
                a.language(),
                a.places(),
                Math.max(0, a.places() - held),
                a.status().name(),
                withNewcomer ? a.newcomerId() : null,
                mine);
    }

    /** 401 problem without sign-in or token (signed in without the right role: 403). */
    private void signedIn() {
        if (access.principal().isEmpty()) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Sign in or send a personal access token.");
        }
    }

    @GetMapping
    @Operation(
            summary = "List accompaniment requests",
            description = "Staff: the requests they posted (coordinators: all of the tenant). Volunteers: the open"
                    + " requests they are suitable for (no newcomer data) and their own.")
    List<RequestJson> list(@PathVariable String tenant) {
        signedIn();
        if (service.isStaff()) {
            Staff s = service.staff();
            return tx.execute(st -> {
                List<Accompaniment> list = service.listFor(s);
                Map<Long, Long> held = service.heldPerRequest(list);
                return list.stream()
                        .map(a -> json(a, held.getOrDefault(a.id(), 0L), true, false))
                        .toList();
            });
        }
        if (!access.has(Role.VOLUNTEER)) {
            throw new org.springframework.security.access.AccessDeniedException("staff or volunteer");
        }
        VolunteerRef v = service.volunteer();
        return tx.execute(st -> {
            List<RequestJson> out = new ArrayList<>();
            List<Accompaniment> open = service.suitableOpen(v);
            Map<Long, Long> held = service.heldPerRequest(open);
            open.forEach(a -> out.add(json(a, held.getOrDefault(a.id(), 0L), false, false)));
            List<Place> mine =
                    service.placesOf(v).stream().filter(p -> p.status().holds()).toList();
            for (Place p : mine) {
                service.readForVolunteerQuiet(p.requestId())
                        .ifPresent(a -> out.add(json(a, service.held(a.id()), false, true)));
            }
            return out;
        });
    }

    @PostMapping
    @Operation(
            summary = "Post a request",
            description = "For coordinators and social workers. Body: kind (AUTHORITY, DOCTOR, SCHOOL, WORK, HOUSING,"
                    + " OTHER), description, date, from, to (HH:mm), meetingPoint, districtId, language (ISO 639-1),"
                    + " volunteers (1–5), newcomerId (a newcomer the caller may see). Bad input: 400 problem.")
    ResponseEntity<RequestJson> create(@PathVariable String tenant, @Valid @RequestBody RequestForm form) {
        signedIn();
        Staff s = service.staff();
        var result = new BeanPropertyBindingResult(form, "requestForm");
        staffPages.validate(
                form,
                result,
                people.visibleNewcomers().stream()
                        .map(MatchingPeople.NewcomerRef::id)
                        .toList());
        if (result.hasErrors()) {
            Map<String, String> errors = new LinkedHashMap<>();
            result.getFieldErrors().forEach(e -> errors.merge(e.getField(), e.getCode(), (a, b) -> a + "; " + b));
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", errors);
        }
        long id = staffPages.create(s, form);
        Accompaniment a = tx.execute(st -> service.readForStaff(id, s));
        return ResponseEntity.status(HttpStatus.CREATED).body(json(a, 0, true, false));
    }

    @PostMapping("/{id:\\d+}/take")
    @Operation(
            summary = "Take a place",
            description = "For volunteers: takes a place on an open request they are suitable for. 409 problem when no"
                    + " place is left, 403 when not suitable, 404 when the request is gone.")
    RequestJson take(@PathVariable String tenant, @PathVariable long id) {
        signedIn();
        VolunteerRef v = service.volunteer();
        Outcome o = service.take(id, v);
        switch (o) {
            case DONE, ALREADY -> {}
            case FULL -> throw new ApiProblem(HttpStatus.CONFLICT, "No place is left on this request.");
            case NOT_SUITABLE -> throw new ApiProblem(HttpStatus.FORBIDDEN, "You cannot take this request.");
            case GONE -> throw new ApiProblem(HttpStatus.NOT_FOUND, "This request is not open.");
        }
        return tx.execute(st -> service.readForVolunteerQuiet(id)
                .map(a -> json(a, service.held(id), false, true))
                .orElseThrow());
    }
}
