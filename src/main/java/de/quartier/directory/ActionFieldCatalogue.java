package de.quartier.directory;

import de.quartier.accounts.TenantCreated;
import de.quartier.accounts.TenantService;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenant's catalogue of action fields (Handlungsfelder). Every tenant starts with the eight fields of seed
 * 003 and may rename, reorder or deactivate them; new tenants get them on creation, tenants created before this
 * module existed at start-up.
 */
@Service
@Order(10)
public class ActionFieldCatalogue implements ApplicationRunner {

    /** code, German name, English name: the eight Handlungsfelder of seed 003. */
    static final List<String[]> DEFAULTS = List.of(
            new String[] {
                "integration",
                "Aktivierung und Beteiligung / soziale und ethnische Integration",
                "Activation and participation / social and ethnic integration"
            },
            new String[] {"public-space", "Öffentlicher Raum / Sicherheit", "Public space / safety"},
            new String[] {"housing", "Wohnen / Wohnumfeld", "Housing / residential environment"},
            new String[] {
                "social-infrastructure",
                "Soziale Infrastruktur / Kinder / Jugendliche",
                "Social infrastructure / children / young people"
            },
            new String[] {
                "employment",
                "Beschäftigung / Qualifizierung / Ausbildung / lokale Ökonomie",
                "Employment / qualification / training / local economy"
            },
            new String[] {
                "health",
                "Besondere soziale Lebenslagen / Gesundheitsförderung",
                "Special social circumstances / health promotion"
            },
            new String[] {"networking", "Koordination / Vernetzung", "Coordination / networking"},
            new String[] {
                "image", "Imageaufwertung / Öffentlichkeitsarbeit", "Image (inside and outside) / public relations"
            });

    private final ActionFieldRepository fields;
    private final TenantService tenants;
    private final TransactionTemplate tx;

    ActionFieldCatalogue(ActionFieldRepository fields, TenantService tenants, TransactionTemplate tx) {
        this.fields = fields;
        this.tenants = tenants;
        this.tx = tx;
    }

    /** The current tenant's action fields in display order, active ones only. */
    public List<Option> active() {
        Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return fields.findAllByOrderByPositionAscIdAsc().stream()
                .filter(ActionField::active)
                .map(f -> new Option(f.id(), f.code(), f.name(locale)))
                .toList();
    }

    /** All of the current tenant's action fields by id, including inactive ones (old offers keep theirs). */
    Map<Long, ActionField> byId() {
        return fields.findAll().stream().collect(Collectors.toMap(ActionField::id, Function.identity()));
    }

    @EventListener
    @Order(20)
    void on(TenantCreated event) {
        // runs inside the creating transaction and tenant context
        seedIfEmpty();
    }

    @Override
    public void run(ApplicationArguments args) {
        for (TenantInfo tenant : tenants.all()) {
            TenantContext.runAs(tenant, () -> tx.executeWithoutResult(status -> seedIfEmpty()));
        }
    }

    private void seedIfEmpty() {
        if (fields.count() > 0) {
            return;
        }
        int position = 0;
        for (String[] f : DEFAULTS) {
            fields.save(new ActionField(f[0], f[1], f[2], position += 10));
        }
    }

    public record Option(long id, String code, String name) {}
}
