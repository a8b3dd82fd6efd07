package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.AuditRow;
import de.quartier.accounts.AccountsViews.MailDetail;
import de.quartier.accounts.AccountsViews.MailRow;
import de.quartier.accounts.AccountsViews.Pager;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantInfo;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The outbox and audit pages, shared by the operator (all tenants) and a tenant's admins (theirs only): one
 * place that reads, formats and fills the model, so both areas show the same thing.
 */
@Component
class OutboxViews {

    static final int MAIL_PAGE_SIZE = 50;
    static final ZoneId OPERATOR_ZONE = ZoneId.of("Europe/Berlin");

    private final MailMessageRepository mails;
    private final AuditQuery audit;
    private final AuditEntryRepository auditEntries;
    private final TenantService tenants;
    private final MessageSource messages;

    OutboxViews(
            MailMessageRepository mails,
            AuditQuery audit,
            AuditEntryRepository auditEntries,
            TenantService tenants,
            MessageSource messages) {
        this.mails = mails;
        this.audit = audit;
        this.auditEntries = auditEntries;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** @param tenant the tenant, or {@code null} for the whole installation */
    void outbox(Model model, @Nullable TenantInfo tenant, int page, String base, Locale locale) {
        int index = Math.max(page, 0);
        PageRequest request = PageRequest.of(index, MAIL_PAGE_SIZE + 1);
        List<MailMessage> found = tenant == null
                ? mails.findAllByOrderByCreatedAtDesc(request)
                : mails.findByTenantIdOrderByCreatedAtDesc(tenant.id(), request);
        // one more than a page was asked for: its presence says there is a next page
        boolean more = found.size() > MAIL_PAGE_SIZE;
        Map<Long, String> names = tenantNames();
        ZoneId zone = tenant == null ? OPERATOR_ZONE : tenant.zone();
        List<MailRow> rows = found.stream()
                .limit(MAIL_PAGE_SIZE)
                .map(m -> new MailRow(
                        m.id(),
                        AccountsViews.when(m.createdAt(), zone, locale),
                        m.tenantId() == null ? "" : names.getOrDefault(m.tenantId(), ""),
                        m.recipient(),
                        m.subject(),
                        status(m, locale)))
                .toList();
        model.addAttribute("mails", rows);
        model.addAttribute("base", base);
        model.addAttribute("showTenant", tenant == null);
        model.addAttribute(
                "pager",
                new Pager(
                        index + 1,
                        more ? index + 2 : index + 1,
                        index > 0 ? base + "?page=" + (index - 1) : null,
                        more ? base + "?page=" + (index + 1) : null));
    }

    void mail(Model model, @Nullable TenantInfo tenant, long id, String base, Locale locale) {
        MailMessage m = mails.findById(id)
                .filter(found -> tenant == null || tenant.id() == (found.tenantId() == null ? -1 : found.tenantId()))
                .orElseThrow(() -> new NotFoundException("mail"));
        ZoneId zone = tenant == null ? OPERATOR_ZONE : tenant.zone();
        model.addAttribute(
                "mail",
                new MailDetail(
                        m.id(),
                        AccountsViews.when(m.createdAt(), zone, locale),
                        m.tenantId() == null ? "" : tenantNames().getOrDefault(m.tenantId(), ""),
                        m.recipient(),
                        m.subject(),
                        status(m, locale),
                        m.error(),
                        AccountsViews.segments(m.body())));
        model.addAttribute("base", base);
    }

    void audit(Model model, @Nullable TenantInfo tenant, AccountsViews.AuditFilter filter, String base, Locale locale) {
        ZoneId zone = tenant == null ? OPERATOR_ZONE : tenant.zone();
        Page<AuditEntry> page = audit.find(tenant == null ? null : tenant.id(), filter, zone);
        Map<Long, String> names = tenantNames();
        model.addAttribute(
                "entries",
                page.getContent().stream()
                        .map(e -> new AuditRow(
                                AccountsViews.when(e.occurredAt(), zone, locale),
                                e.tenantId() == null ? "" : names.getOrDefault(e.tenantId(), ""),
                                e.actorEmail() == null ? "" : e.actorEmail(),
                                e.action(),
                                e.subject() == null ? "" : e.subject(),
                                e.detail() == null ? "" : e.detail(),
                                e.remoteAddr() == null ? "" : e.remoteAddr()))
                        .toList());
        model.addAttribute("filter", filter);
        model.addAttribute("actions", auditEntries.actions());
        model.addAttribute("base", base);
        model.addAttribute("showTenant", tenant == null);
        int index = page.getNumber();
        model.addAttribute(
                "pager",
                new Pager(
                        index + 1,
                        Math.max(page.getTotalPages(), 1),
                        page.hasPrevious() ? base + filter.query(index - 1) : null,
                        page.hasNext() ? base + filter.query(index + 1) : null));
    }

    private Map<Long, String> tenantNames() {
        return tenants.all().stream().collect(Collectors.toMap(TenantInfo::id, TenantInfo::name, (a, b) -> a));
    }

    private String status(MailMessage m, Locale locale) {
        String key = "accounts.outbox.status." + m.status().name().toLowerCase(Locale.ROOT);
        return messages.getMessage(key, null, m.status().name(), locale);
    }
}
