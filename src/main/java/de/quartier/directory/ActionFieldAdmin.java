package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.AuditLog;
import de.quartier.directory.DirectoryAdminViews.ActionFieldRow;
import de.quartier.directory.DirectoryEditingForms.ActionFieldForm;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultMessageCodesResolver;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/** The tenant's catalogue of action fields for admins: rename (de/en), reorder, deactivate, add. */
@Controller
@RequestMapping("/{tenant}/verwaltung/verzeichnis/handlungsfelder")
class ActionFieldAdmin {

    private final ActionFieldRepository fields;
    private final Access access;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    ActionFieldAdmin(
            ActionFieldRepository fields,
            Access access,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate tx) {
        this.fields = fields;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
    }

    @InitBinder
    void codes(WebDataBinder binder) {
        DefaultMessageCodesResolver codes = new DefaultMessageCodesResolver();
        codes.setPrefix("directory.");
        binder.setMessageCodesResolver(codes);
    }

    @GetMapping
    String list(@PathVariable String tenant, Model model) {
        access.requireTenantAdmin();
        return page(model, new ActionFieldForm(null, "", "", null, true), FormErrors.none());
    }

    @PostMapping
    String save(
            @PathVariable String tenant,
            @Valid @ModelAttribute("actionFieldForm") @Nullable ActionFieldForm form,
            BindingResult result,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        if (form == null || result.hasErrors()) {
            return page(
                    model,
                    form == null ? new ActionFieldForm(null, "", "", null, true) : form,
                    FormErrors.of(result, messages, RequestContextUtils.getLocale(request)));
        }
        tx.executeWithoutResult(status -> {
            int position = form.position() == null ? 1000 : Math.max(0, Math.min(form.position(), 100_000));
            if (form.id() == null) {
                ActionField f = new ActionField(
                        code(form.nameEn()),
                        form.nameDe().strip(),
                        form.nameEn().strip(),
                        position);
                fields.save(f);
                audit.record("directory.actionField.created", "actionField:" + f.id(), f.nameDe());
            } else {
                ActionField f = fields.findById(form.id()).orElseThrow(() -> new NotFoundException("action field"));
                f.update(form.nameDe().strip(), form.nameEn().strip(), position, Boolean.TRUE.equals(form.active()));
                audit.record("directory.actionField.updated", "actionField:" + f.id(), f.nameDe());
            }
        });
        redirect.addFlashAttribute("notice", "saved");
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/verzeichnis/handlungsfelder";
    }

    private String code(String nameEn) {
        String base = Normalizer.normalize(nameEn, Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]+", "-")
                .toLowerCase(Locale.ROOT)
                .replaceAll("(^-+|-+$)", "");
        base = base.isEmpty() ? "field" : base.substring(0, Math.min(30, base.length()));
        String code = base;
        int n = 2;
        var taken = fields.findAll().stream().map(ActionField::code).toList();
        while (taken.contains(code)) {
            code = base + "-" + n++;
        }
        return code;
    }

    private String page(Model model, ActionFieldForm form, FormErrors errors) {
        model.addAttribute(
                "rows",
                tx.execute(status -> fields.findAllByOrderByPositionAscIdAsc().stream()
                        .map(f ->
                                new ActionFieldRow(f.id(), f.code(), f.nameDe(), f.nameEn(), f.position(), f.active()))
                        .toList()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "directory/admin-action-fields";
    }
}
