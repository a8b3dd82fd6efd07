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

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.id(), d.name(), d.slug());
    }
}
