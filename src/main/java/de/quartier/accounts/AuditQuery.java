package de.quartier.accounts;

import jakarta.persistence.criteria.Predicate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log with filters, for operators (all tenants) and admins (their tenant). */
@Service
class AuditQuery {

    static final int PAGE_SIZE = 50;

    private final AuditEntryRepository entries;

    AuditQuery(AuditEntryRepository entries) {
        this.entries = entries;
    }

    /**
     * @param tenantId the tenant, or {@code null} for all tenants (operators)
     * @param zone the zone in which the filter's dates are whole days
     */
    @Transactional(readOnly = true)
    Page<AuditEntry> find(@Nullable Long tenantId, AccountsViews.AuditFilter filter, ZoneId zone) {
        Specification<AuditEntry> spec = (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (tenantId != null) {
                where.add(cb.equal(root.get("tenantId"), tenantId));
            }
            if (filter.action() != null && !filter.action().isBlank()) {
                where.add(cb.equal(root.get("action"), filter.action().trim()));
            }
            if (filter.email() != null && !filter.email().isBlank()) {
                String needle = filter.email()
                        .trim()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_");
                where.add(cb.like(cb.lower(root.get("actorEmail")), "%" + needle + "%", '\\'));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(
                        root.get("occurredAt"), filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(
                        root.get("occurredAt"),
                        filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
        return entries.findAll(
                spec,
                PageRequest.of(
                        filter.pageIndex(), PAGE_SIZE, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
    }
}
