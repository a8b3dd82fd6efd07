package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.TenantForm;
import de.quartier.shared.ApiProblem;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantInfo;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators create and list municipalities over the API (session or personal access token). */
@RestController
@RequestMapping("/api/v1/tenants")
@io.swagger.v3.oas.annotations.tags.Tag(
        name = "Tenants",
        description = "Municipalities of the installation (operators only)")
@io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "token")
class TenantApiController {

    private final TenantService tenants;
    private final TenantSetup setup;
    private final MessageSource messages;

    TenantApiController(TenantService tenants, TenantSetup setup, MessageSource messages) {
        this.tenants = tenants;
        this.setup = setup;
        this.messages = messages;
    }

    /** A tenant as the API shows it. */
    record TenantJson(long id, String slug, String name, String timeZone, String defaultLanguage) {
        static TenantJson of(TenantInfo t) {
            return new TenantJson(
                    t.id(),
                    t.slug(),
                    t.name(),
                    t.zone().getId(),
                    t.defaultLocale().toLanguageTag());
        }
    }

    @GetMapping
    List<TenantJson> all() {
        return tenants.all().stream().map(TenantJson::of).toList();
    }

    @GetMapping("/{id}")
    TenantJson one(@PathVariable long id) {
        return tenants.byId(id).map(TenantJson::of).orElseThrow(() -> new NotFoundException("tenant"));
    }

    @PostMapping
    ResponseEntity<TenantJson> create(@Valid @RequestBody TenantForm form, Locale locale) {
        TenantSetup.Result result = setup.create(form);
        if (result.tenant() == null) {
            boolean taken =
                    "accounts.tenant.slug.taken".equals(result.problems().get("slug"));
            Map<String, String> errors = new LinkedHashMap<>();
            result.problems().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, locale)));
            throw new ApiProblem(
                    taken ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, "The tenant cannot be created.", errors);
        }
        TenantInfo tenant = result.tenant();
        return ResponseEntity.created(URI.create("/api/v1/tenants/" + tenant.id()))
                .body(TenantJson.of(tenant));
    }
}
