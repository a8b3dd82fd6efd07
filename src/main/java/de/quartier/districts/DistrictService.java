package de.quartier.districts;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask about districts: the current tenant's districts, to pick or link one. */
@Service
public class DistrictService {

    private final DistrictRepository districts;

    DistrictService(DistrictRepository districts) {
        this.districts = districts;
    }

    /** The current tenant's districts, by name. */
    @Transactional(readOnly = true)
    public List<DistrictSummary> list() {
        return districts.findAllByOrderByNameAsc().stream()
                .map(DistrictService::summary)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<DistrictSummary> find(long id) {
        return districts.findById(id).map(DistrictService::summary);
    }

    /** A district's official number and centre point (null if unknown), to place imported points and rows. */
    public record Centre(
            long id,
            String slug,
            String number,
            @Nullable Double lat,
            @Nullable Double lon) {}

    /** The current tenant's districts with number and centre point. */
    @Transactional(readOnly = true)
    public List<Centre> centres() {
        return districts.findAllByOrderByNameAsc().stream()
                .map(d -> new Centre(
                        d.id(),
                        d.slug(),
                        d.number(),
                        d.hasCentre() ? d.centreLat().doubleValue() : null,
                        d.hasCentre() ? d.centreLon().doubleValue() : null))
                .toList();
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.id(), d.name(), d.slug());
    }
}
