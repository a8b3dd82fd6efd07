package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.shared.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Imports an HSDS document into the tenant's directory over the API (municipal admins). */
@RestController
@RequestMapping("/api/v1/{tenant}/directory")
@Tag(name = "Directory import", description = "Import of Open Referral HSDS 3.0 documents into the directory")
@SecurityRequirement(name = "token")
class HsdsImportApi {

    private final HsdsImport hsds;
    private final Access access;
    private final MessageSource messages;

    HsdsImportApi(HsdsImport hsds, Access access, MessageSource messages) {
        this.hsds = hsds;
        this.access = access;
        this.messages = messages;
    }

    @PostMapping(value = "/hsds-import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import an HSDS document (organization, service, location, array, *_list page or our export)",
            description = "Checks the whole document first; with any error nothing is imported and the answer is"
                    + " 422 problem JSON listing the errors by JSON path. Entries are matched by their HSDS id, so"
                    + " importing the same document twice creates nothing new. dry_run=true only checks.")
    Map<String, Object> importDocument(
            @PathVariable String tenant,
            @RequestBody String body,
            @Parameter(description = "true: check only, change nothing") @RequestParam(defaultValue = "false")
                    boolean dry_run,
            Locale locale) {
        access.requireTenantAdmin();
        if (body.length() > DirectoryImports.MAX_BYTES) {
            throw new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "The document is larger than 5 MB.");
        }
        HsdsImport.Plan plan = dry_run ? hsds.check(body) : hsds.apply(body, "API");
        if (!plan.ok()) {
            Map<String, String> errors = new LinkedHashMap<>();
            plan.errors()
                    .forEach(p -> errors.merge(
                            p.where().isEmpty() ? "$" : p.where(), text(p, locale), (a, b) -> a + "; " + b));
            throw new ApiProblem(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "The document has " + plan.errors().size() + " errors; nothing was imported.",
                    errors);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("imported", !dry_run);
        result.put("counts", plan.counts());
        List<String> warnings = plan.warnings().stream()
                .map(p -> (p.where().isEmpty() ? "" : p.where() + ": ") + text(p, locale))
                .toList();
        result.put("warnings", warnings);
        return result;
    }

    private String text(HsdsImport.Problem p, Locale locale) {
        return messages.getMessage(p.key(), p.args().toArray(), p.key(), locale);
    }
}
