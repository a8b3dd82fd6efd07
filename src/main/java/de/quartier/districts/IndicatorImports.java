package de.quartier.districts;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.districts.DistrictViews.Preview;
import de.quartier.districts.DistrictViews.PreviewRow;
import de.quartier.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * CSV import of indicator values in two steps. Step 1 stores the uploaded text and shows every row checked; step
 * 2 parses the stored text again and imports in one transaction: all rows, or, when the admin chose to skip bad
 * rows, the good ones. Nothing posted back from the preview is trusted.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/stadtteile/import")
class IndicatorImports {

    private static final Duration KEEP_UPLOADS = Duration.ofDays(1);

    private final IndicatorUploadRepository uploads;
    private final Monitoring monitoring;
    private final Access access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    IndicatorImports(
            IndicatorUploadRepository uploads,
            Monitoring monitoring,
            Access access,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx) {
        this.uploads = uploads;
        this.monitoring = monitoring;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
    }

    @GetMapping
    String form(@PathVariable String tenant, Model model) {
        access.requireTenantAdmin();
        return "districts/admin-import";
    }

    @PostMapping
    String upload(
            @PathVariable String tenant,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            Model model)
            throws IOException {
        access.requireTenantAdmin();
        Locale locale = RequestContextUtils.getLocale(request);
        if (file == null || file.isEmpty()) {
            return refused(model, locale, IndicatorCsv.Problem.of("districts.import.file.missing"));
        }
        if (file.getSize() > IndicatorCsv.MAX_BYTES) {
            return refused(model, locale, IndicatorCsv.Problem.of("districts.import.file.tooLarge", 2));
        }
        byte[] bytes = file.getBytes();
        IndicatorCsv.Result result = IndicatorCsv.parse(bytes, monitoring.lookup());
        if (result.fileError() != null) {
            audit.record(
                    "districts.import.rejected",
                    clip(file.getOriginalFilename()),
                    result.fileError().key());
            return refused(model, locale, result.fileError());
        }
        String text = java.util.Objects.requireNonNull(de.quartier.shared.CsvLines.decode(bytes));
        Long userId = access.principal().map(QuartierPrincipal::userId).orElse(null);
        IndicatorUpload upload = tx.execute(status -> {
            uploads.deleteOlderThan(Instant.now().minus(KEEP_UPLOADS));
            return uploads.save(new IndicatorUpload(userId, clip(file.getOriginalFilename()), text));
        });
        return "redirect:/" + tenant + "/verwaltung/stadtteile/import/"
                + java.util.Objects.requireNonNull(upload).id();
    }

    @GetMapping("/{id}")
    String preview(@PathVariable String tenant, @PathVariable UUID id, HttpServletRequest request, Model model) {
        access.requireTenantAdmin();
        IndicatorUpload upload = find(id);
        Locale locale = RequestContextUtils.getLocale(request);
        IndicatorCsv.Result result = IndicatorCsv.parse(upload.content(), monitoring.lookup());
        model.addAttribute("preview", preview(upload, result, locale));
        model.addAttribute("fileError", result.fileError() == null ? null : text(result.fileError(), locale));
        return "districts/admin-import-preview";
    }

    @PostMapping("/{id}")
    String importRows(
            @PathVariable String tenant,
            @PathVariable UUID id,
            @RequestParam(name = "skipBad", defaultValue = "false") boolean skipBad,
            HttpServletRequest request,
            Model model) {
        access.requireTenantAdmin();
        Locale locale = RequestContextUtils.getLocale(request);
        IndicatorUpload upload = find(id);
        if (upload.importedAt() != null) {
            return "redirect:/" + tenant + "/verwaltung/stadtteile/import/" + id;
        }
        // parse again now: districts, indicators and existing values may have changed since the preview
        IndicatorCsv.Result result = IndicatorCsv.parse(upload.content(), monitoring.lookup());
        var rows = result.toImport(skipBad);
        if (rows.isEmpty()) {
            model.addAttribute("preview", preview(upload, result, locale));
            model.addAttribute(
                    "fileError",
                    result.fileError() != null
                            ? text(result.fileError(), locale)
                            : messages.getMessage(
                                    result.hasBadRows() ? "districts.import.refused" : "districts.import.nothing",
                                    null,
                                    locale));
            return "districts/admin-import-preview";
        }
        Integer stored = tx.execute(status -> {
            int n = monitoring.store(rows);
            uploads.findById(id).orElseThrow().imported();
            return n;
        });
        audit.record(
                "districts.import",
                clip(upload.filename()),
                stored + " values imported, " + result.bad().size() + " bad rows skipped");
        model.addAttribute("imported", stored);
        model.addAttribute("skipped", result.bad().size());
        model.addAttribute("preview", preview(find(id), result, locale));
        model.addAttribute("fileError", null);
        return "districts/admin-import-preview";
    }

    private IndicatorUpload find(UUID id) {
        return uploads.findById(id).orElseThrow(() -> new NotFoundException("upload"));
    }

    private String refused(Model model, Locale locale, IndicatorCsv.Problem problem) {
        model.addAttribute("problem", text(problem, locale));
        return "districts/admin-import";
    }

    private Preview preview(IndicatorUpload upload, IndicatorCsv.Result result, Locale locale) {
        return new Preview(
                upload.id().toString(),
                upload.filename(),
                result.rows().size(),
                result.good().size(),
                result.bad().size(),
                (int) result.rows().stream().filter(IndicatorCsv.Row::updates).count(),
                upload.importedAt() != null,
                result.rows().stream()
                        .map(r -> new PreviewRow(
                                r.line(),
                                r.district(),
                                r.indicator(),
                                r.date(),
                                r.value(),
                                r.ok(),
                                r.error() == null ? null : text(r.error(), locale),
                                r.updates()))
                        .toList());
    }

    private String text(IndicatorCsv.Problem problem, Locale locale) {
        return messages.getMessage(problem.key(), problem.args().toArray(), locale);
    }

    private static String clip(@Nullable String filename) {
        String name = filename == null || filename.isBlank() ? "upload.csv" : filename;
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
