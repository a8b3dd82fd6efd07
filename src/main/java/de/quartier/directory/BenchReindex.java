package de.quartier.directory;

import de.quartier.accounts.TenantService;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantInfo;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-times a full re-index of a tenant's offers, for the benchmark: only with the {@code bench} profile, and
 * only for operators (everything under {@code /betrieb} needs the operator role). Answers the duration as text.
 */
@RestController
@Profile("bench")
class BenchReindex {

    private final TenantService tenants;
    private final LargeTenantGenerator generator;

    BenchReindex(TenantService tenants, LargeTenantGenerator generator) {
        this.tenants = tenants;
        this.generator = generator;
    }

    @GetMapping(path = "/betrieb/bench/reindex", produces = MediaType.TEXT_PLAIN_VALUE)
    String reindex(@RequestParam(defaultValue = LargeTenantGenerator.SLUG) String tenant) {
        TenantInfo found = tenants.bySlug(tenant).orElseThrow(() -> new NotFoundException("tenant"));
        LargeTenantGenerator.Reindexed result = generator.reindex(found);
        return "Re-indexed " + result.offers() + " offers of tenant " + found.slug() + " in "
                + result.took().toMillis() + " ms\n";
    }
}
