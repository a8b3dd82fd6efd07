package de.quartier.districts;

import java.util.List;
import java.util.Optional;
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

    /** The centre of the current tenant's district with this name or slug (case-insensitive), if it has one. */
    @Transactional(readOnly = true)
    public Optional<DistrictPoint> centre(String nameOrSlug) {
        String wanted = nameOrSlug.strip();
        return districts.findAllByOrderByNameAsc().stream()
                .filter(d -> d.hasCentre()
                        && (d.name().equalsIgnoreCase(wanted) || d.slug().equalsIgnoreCase(wanted)))
                .findFirst()
                .map(d -> new DistrictPoint(
                        d.id(),
                        d.name(),
                        d.centreLat().doubleValue(),
                        d.centreLon().doubleValue()));
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.id(), d.name(), d.slug());
    }
}
