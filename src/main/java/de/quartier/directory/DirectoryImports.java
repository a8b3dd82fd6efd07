package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.AdminSection;
import de.quartier.accounts.QuartierPrincipal;
import de.quartier.accounts.Role;
import de.quartier.directory.DirectoryImportViews.Counts;
import de.quartier.directory.DirectoryImportViews.CsvPreview;
import de.quartier.directory.DirectoryImportViews.CsvRow;
import de.quartier.directory.DirectoryImportViews.EntryRow;
import de.quartier.directory.DirectoryImportViews.HsdsPreview;
import de.quartier.directory.DirectoryImportViews.Message;
import de.quartier.shared.CsvLines;
import de.quartier.shared.NotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The directory's import page: an HSDS document (admins) or a CSV of organisations or offers (admins and district
 * managers) in two steps. Step 1 stores the uploaded text and shows everything checked; step 2 checks the stored
 * text again and imports in one transaction. Nothing posted back from the preview is trusted.
 */
@Controller
@RequestMapping("/{tenant}/verwaltung/verzeichnis/import")
class DirectoryImports {

    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Duration KEEP_UPLOADS = Duration.ofDays(1);

    private final DirectoryImportUploadRepository uploads;
    private final HsdsImport hsds;
    private final DirectoryCsv csv;
    private final Access access;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    DirectoryImports(
            DirectoryImportUploadRepository uploads,
            HsdsImport hsds,
            DirectoryCsv csv,
            Access access,
            MessageSource messages,
            TransactionTemplate tx) {
        this.uploads = uploads;
        this.hsds = hsds;
        this.csv = csv;
        this.access = access;
        this.messages = messages;
        this.tx = tx;
    }

    /** The card on the administration start page. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Section {
        @Bean
        AdminSection directoryImportSection() {
            return new AdminSection(
                            "/verwaltung/verzeichnis/import",
                            "directory.import.section",
                            "directory.import.section.description",
                            false,
                            620)
                    .visibleTo(Role.MUNICIPAL_ADMIN, Role.DISTRICT_MANAGER);
        }
    }

    private void requireCsvImporter() {
        if (!access.isTenantAdmin() && !access.has(Role.DISTRICT_MANAGER)) {
            throw new AccessDeniedException("directory import");
        }
    }

    @GetMapping
    String form(@PathVariable String tenant, Model model) {
        requireCsvImporter();
        return page(model, null);
    }

    private String page(Model model, @Nullable String problem) {
        model.addAttribute("admin", access.isTenantAdmin());
        model.addAttribute("problem", problem);
        model.addAttribute("organisationColumns", String.join(";", DirectoryCsv.ORGANISATION_COLUMNS));
        model.addAttribute("offerColumns", String.join(";", DirectoryCsv.OFFER_COLUMNS));
        return "directory/import";
    }

    @GetMapping(value = "/vorlage-organisationen.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<byte[]> organisationTemplate(@PathVariable String tenant) {
        return template("organisationen.csv", DirectoryCsv.organisationTemplate());
    }

    @GetMapping(value = "/vorlage-angebote.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<byte[]> offerTemplate(@PathVariable String tenant) {
        return template("angebote.csv", DirectoryCsv.offerTemplate());
    }

    private static ResponseEntity<byte[]> template(String filename, String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vorlage-" + filename + "\"")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/hsds")
    String uploadHsds(
            @PathVariable String tenant,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Locale locale,
            Model model)
            throws IOException {
        access.requireTenantAdmin();
        return upload(tenant, file, DirectoryImportUpload.HSDS, locale, model);
    }

    @PostMapping("/csv")
    String uploadCsv(
            @PathVariable String tenant,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "format", defaultValue = "") String format,
            Locale locale,
            Model model)
            throws IOException {
        requireCsvImporter();
        String kind = DirectoryImportUpload.CSV_OFFERS.equals(format)
                ? DirectoryImportUpload.CSV_OFFERS
                : DirectoryImportUpload.CSV_ORGANISATIONS;
        return upload(tenant, file, kind, locale, model);
    }

    private String upload(String tenant, @Nullable MultipartFile file, String format, Locale locale, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return page(model, messages.getMessage("directory.import.file.missing", null, locale));
        }
        if (file.getSize() > MAX_BYTES) {
            return page(model, messages.getMessage("directory.import.file.tooLarge", new Object[] {5}, locale));
        }
        String text = CsvLines.decode(file.getBytes());
        if (text == null) {
            return page(model, messages.getMessage("directory.import.file.notText", null, locale));
        }
        Long userId = access.principal().map(QuartierPrincipal::userId).orElse(null);
        String filename = clip(
                file.getOriginalFilename(), format.equals(DirectoryImportUpload.HSDS) ? "hsds.json" : "import.csv");
        DirectoryImportUpload upload = tx.execute(status -> {
            uploads.deleteOlderThan(Instant.now().minus(KEEP_UPLOADS));
            return uploads.save(new DirectoryImportUpload(userId, format, filename, text));
        });
        return "redirect:/" + tenant + "/verwaltung/verzeichnis/import/"
                + Objects.requireNonNull(upload).id();
    }

    @GetMapping("/{id}")
    String preview(@PathVariable String tenant, @PathVariable UUID id, Locale locale, Model model) {
        DirectoryImportUpload upload = find(id);
        if (upload.format().equals(DirectoryImportUpload.HSDS)) {
            HsdsImport.Plan plan = hsds.check(upload.content());
            model.addAttribute("preview", hsdsPreview(upload, plan, locale));
            model.addAttribute("done", false);
            return "directory/import-hsds";
        }
        DirectoryCsv.Result result = csv.check(upload.format(), upload.content());
        model.addAttribute("preview", csvPreview(upload, result, locale));
        model.addAttribute("fileError", fileError(result, locale));
        model.addAttribute("imported", null);
        return "directory/import-csv";
    }

    @PostMapping("/{id}")
    String importFile(
            @PathVariable String tenant,
            @PathVariable UUID id,
            @RequestParam(name = "skipBad", defaultValue = "false") boolean skipBad,
            Locale locale,
            Model model) {
        DirectoryImportUpload upload = find(id);
        if (upload.importedAt() != null) {
            return "redirect:/" + tenant + "/verwaltung/verzeichnis/import/" + id;
        }
        if (upload.format().equals(DirectoryImportUpload.HSDS)) {
            HsdsImport.Plan plan = hsds.apply(upload.content(), upload.filename());
            if (plan.ok()) {
                markImported(id);
            }
            model.addAttribute("preview", hsdsPreview(find(id), plan, locale));
            model.addAttribute("done", plan.ok());
            return "directory/import-hsds";
        }
        DirectoryCsv.Result result = csv.apply(upload.format(), upload.content(), skipBad, upload.filename());
        if (result.stored() != null) {
            markImported(id);
        }
        model.addAttribute("preview", csvPreview(find(id), result, locale));
        model.addAttribute(
                "fileError",
                result.stored() != null
                        ? null
                        : fileError(result, locale) != null
                                ? fileError(result, locale)
                                : messages.getMessage(
                                        result.hasBadRows() ? "directory.import.refused" : "directory.import.nothing",
                                        null,
                                        locale));
        model.addAttribute("imported", result.stored());
        return "directory/import-csv";
    }

    private void markImported(UUID id) {
        tx.executeWithoutResult(status -> uploads.findById(id).orElseThrow().imported());
    }

    /** An upload, for the person allowed to import its format. */
    private DirectoryImportUpload find(UUID id) {
        DirectoryImportUpload upload = uploads.findById(id).orElseThrow(() -> new NotFoundException("upload"));
        if (upload.format().equals(DirectoryImportUpload.HSDS)) {
            access.requireTenantAdmin();
        } else {
            requireCsvImporter();
        }
        return upload;
    }

    private HsdsPreview hsdsPreview(DirectoryImportUpload upload, HsdsImport.Plan plan, Locale locale) {
        List<Counts> counts = List.of(History.ORGANISATION, History.OFFER, History.LOCATION).stream()
                .map(type -> new Counts(
                        "directory.import.type." + type,
                        plan.count(type, HsdsImport.Change.NEW),
                        plan.count(type, HsdsImport.Change.UPDATED),
                        plan.count(type, HsdsImport.Change.UNCHANGED)))
                .toList();
        return new HsdsPreview(
                upload.id().toString(),
                upload.filename(),
                upload.importedAt() != null,
                plan.ok(),
                counts,
                plan.errors().stream().map(p -> message(p, locale)).toList(),
                plan.warnings().stream().map(p -> message(p, locale)).toList(),
                plan.entries().stream()
                        .map(e -> new EntryRow(
                                "directory.import.type." + e.type(),
                                e.id().toString(),
                                e.name(),
                                "directory.import.change." + e.change().name().toLowerCase(Locale.ROOT),
                                e.change() != HsdsImport.Change.UNCHANGED))
                        .toList());
    }

    private Message message(HsdsImport.Problem p, Locale locale) {
        return new Message(p.where(), messages.getMessage(p.key(), p.args().toArray(), p.key(), locale));
    }

    private CsvPreview csvPreview(DirectoryImportUpload upload, DirectoryCsv.Result result, Locale locale) {
        return new CsvPreview(
                upload.id().toString(),
                upload.filename(),
                "directory.import.csv." + upload.format(),
                upload.importedAt() != null,
                result.rows().size(),
                result.good().size(),
                result.bad().size(),
                result.rows().stream()
                        .map(r -> new CsvRow(
                                r.line(),
                                r.name(),
                                r.detail(),
                                r.ok(),
                                r.updates(),
                                r.errors().stream()
                                        .map(e -> new Message(
                                                e.column(),
                                                messages.getMessage(
                                                        e.key(), e.args().toArray(), e.key(), locale)))
                                        .toList()))
                        .toList());
    }

    private @Nullable String fileError(DirectoryCsv.Result result, Locale locale) {
        DirectoryCsv.Problem p = result.fileError();
        return p == null ? null : messages.getMessage(p.key(), p.args().toArray(), p.key(), locale);
    }

    static String clip(@Nullable String filename, String fallback) {
        String name = filename == null || filename.isBlank() ? fallback : filename;
        return name.length() <= 200 ? name : name.substring(0, 200);
    }
}
