package de.quartier.matching;

import de.quartier.districts.DistrictService;
import de.quartier.matching.MatchingForms.VolunteerForm;
import de.quartier.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BindingResult;

/** Saving a volunteer's profile (by the volunteer or a coordinator) and exporting it. */
final class VolunteerProfiles {

    private VolunteerProfiles() {}

    /** Null when saved; "invalid" with field errors in {@code result}; "conflict" if someone saved meanwhile. */
    static @Nullable String save(
            TransactionTemplate tx,
            VolunteerRepository volunteers,
            DistrictService districts,
            long id,
            VolunteerForm form,
            BindingResult result) {
        form.checkLanguages(result);
        Set<String> slots = MatchingForms.slots(form.availability(), result, "availability");
        Set<Profiles.Help> help = MatchingForms.help(form.helpKinds(), result, "helpKinds");
        Set<String> interests = MatchingForms.interests(form.interests(), result, "interests");
        if (slots.isEmpty() && !result.hasFieldErrors("availability")) {
            result.rejectValue("availability", "error.noSlot");
        }
        if (form.districtId() == null || districts.find(form.districtId()).isEmpty()) {
            result.rejectValue("districtId", "error.district");
        }
        if (result.hasErrors()) {
            return "invalid";
        }
        try {
            tx.executeWithoutResult(s -> {
                Volunteer v = volunteers.findById(id).orElseThrow(() -> new NotFoundException("volunteer"));
                if (form.version() != null && form.version() != v.version()) {
                    throw new ObjectOptimisticLockingFailureException(Volunteer.class, id);
                }
                v.displayName(form.displayName());
                v.profile(
                        MatchingForms.blankToNull(form.phone()),
                        form.skills(),
                        form.districtId(),
                        form.travelKm(),
                        slots,
                        interests,
                        help,
                        MatchingForms.ageBand(form.ageBand()),
                        MatchingForms.gender(form.gender()),
                        form.capacity());
            });
        } catch (ObjectOptimisticLockingFailureException e) {
            return "conflict";
        }
        return null;
    }

    static Map<String, Object> export(Volunteer v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", v.id());
        m.put("email", v.email());
        m.put("displayName", v.displayName());
        m.put("phone", v.phone());
        m.put(
                "languages",
                v.languages().stream()
                        .map(l -> Map.of(
                                "language", l.language(), "level", l.level().name()))
                        .toList());
        m.put("districtId", v.districtId());
        m.put("travelKm", v.travelKm());
        m.put("capacity", v.capacity());
        m.put("availability", v.availability());
        m.put("helpKinds", v.helpKinds().stream().map(Enum::name).toList());
        m.put("interests", List.copyOf(v.interests()));
        m.put("ageBand", v.ageBand());
        m.put("gender", v.gender());
        m.put("status", v.status().name());
        m.put("consentVersion", v.consentVersion());
        m.put("consentAt", v.consentAt() == null ? null : v.consentAt().toString());
        m.put(
                "certificateIssuedOn",
                v.certificateIssuedOn() == null ? null : v.certificateIssuedOn().toString());
        m.put("certificateRelevantEntry", v.certificateRelevantEntry());
        m.put("certificateInspectedBy", v.certificateInspectedBy());
        return m;
    }
}
