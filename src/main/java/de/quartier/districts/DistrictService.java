package de.quartier.districts;

import java.math.BigDecimal;
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

    /**
     * Adds Magdeburg's 40 Stadtteile (numbers, names, centre points, areas, populations; no social regions or
     * indicators) to the current tenant, which must have no districts yet: for generated benchmark tenants.
     */
    @Transactional
    public List<DistrictSummary> addMagdeburgDistricts() {
        if (districts.count() > 0) {
            throw new IllegalStateException("the tenant already has districts");
        }
        for (String[] line : DistrictDemoData.csv()) {
            String name = line[1];
            String slug = DistrictDemoData.slug(name);
            District district = new District(line[0], name, slug);
            district.update(
                    line[0],
                    name,
                    slug,
                    null,
                    new BigDecimal(line[3]),
                    new BigDecimal(line[4]),
                    new BigDecimal(line[7]),
                    Integer.parseInt(line[5]),
                    Integer.parseInt(line[6]),
                    line[2].isBlank() ? null : line[2]);
            districts.save(district);
        }
        return list();
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.id(), d.name(), d.slug());
    }
}
