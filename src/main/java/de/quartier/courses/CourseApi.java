package de.quartier.courses;

import de.quartier.directory.OrganisationDirectory;
import de.quartier.directory.OrganisationDirectory.OrganisationRef;
import de.quartier.districts.DistrictService;
import de.quartier.districts.DistrictSummary;
import de.quartier.shared.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public list of the tenant's language courses with free seats — no personal data, like a course catalogue. */
@RestController
@RequestMapping("/api/v1/{tenant}")
@Tag(name = "Courses", description = "Language courses (Sprachkurse) at providers, with free seats")
class CourseApi {

    private final CourseRepository courses;
    private final Placement placement;
    private final OrganisationDirectory directory;
    private final DistrictService districts;
    private final TransactionTemplate tx;

    CourseApi(
            CourseRepository courses,
            Placement placement,
            OrganisationDirectory directory,
            DistrictService districts,
            TransactionTemplate tx) {
        this.courses = courses;
        this.placement = placement;
        this.directory = directory;
        this.districts = districts;
        this.tx = tx;
    }

    record ProviderJson(long id, String name) {}

    record ScheduleJson(List<String> weekdays, String from, String to) {}

    record PlaceJson(
            String address,
            @Nullable Long districtId,
            @Nullable String district) {}

    record CourseJson(
            long id,
            ProviderJson provider,
            String kind,
            String level,
            LocalDate startDate,
            ScheduleJson schedule,
            PlaceJson place,
            boolean childcare,
            int seats,
            long freeSeats) {}

    @GetMapping("/courses")
    @Operation(
            summary = "List language courses",
            description = "Courses of the tenant by start date, optionally of one kind (GENERAL, YOUTH, PARENTS,"
                    + " LITERACY, INTENSIVE, JOB, VOLUNTEER) and level (A1…C1). No personal data. Unknown kinds or"
                    + " levels are a 400 problem.")
    List<CourseJson> list(
            @PathVariable String tenant,
            @Parameter(description = "kind of course") @RequestParam(required = false) @Nullable String kind,
            @Parameter(description = "level A1, A2, B1, B2 or C1") @RequestParam(required = false) @Nullable
                    String level) {
        Map<String, String> errors = new LinkedHashMap<>();
        Course.Kind k = ApiProblem.enumField(Course.Kind.class, kind, "kind", errors);
        Course.Level l = ApiProblem.enumField(Course.Level.class, level, "level", errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", errors);
        }
        Map<Long, String> districtNames = districts.list().stream()
                .collect(Collectors.toMap(DistrictSummary::id, DistrictSummary::name, (a, b) -> a));
        Map<Long, Long> held = placement.heldSeats();
        return tx.execute(status -> {
            List<Course> list = courses.findAllByOrderByStartDateAscIdAsc().stream()
                    .filter(c -> k == null || c.kind() == k)
                    .filter(c -> l == null || c.level() == l)
                    .toList();
            Map<Long, String> providers =
                    directory.find(list.stream().map(Course::organisationId).collect(Collectors.toSet())).stream()
                            .collect(Collectors.toMap(OrganisationRef::id, OrganisationRef::name));
            return list.stream()
                    .map(c -> new CourseJson(
                            c.id(),
                            new ProviderJson(c.organisationId(), providers.getOrDefault(c.organisationId(), "")),
                            c.kind().name(),
                            c.level().name(),
                            c.startDate(),
                            new ScheduleJson(
                                    c.weekdays().stream().map(Enum::name).toList(),
                                    c.startsAt().toString(),
                                    c.endsAt().toString()),
                            new PlaceJson(
                                    c.address(),
                                    c.districtId(),
                                    c.districtId() == null ? null : districtNames.get(c.districtId())),
                            c.childcare(),
                            c.seats(),
                            Math.max(0, c.seats() - held.getOrDefault(c.id(), 0L))))
                    .toList();
        });
    }
}
