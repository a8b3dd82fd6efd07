package de.quartier.accounts;

import de.quartier.accounts.AccountsViews.Choice;
import de.quartier.accounts.AccountsViews.InvitationRow;
import de.quartier.accounts.AccountsViews.InviteForm;
import de.quartier.accounts.AccountsViews.PersonRow;
import de.quartier.accounts.AccountsViews.RolesForm;
import de.quartier.shared.FormErrors;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import jakarta.validation.Valid;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Municipal admins (and operators) manage who holds which role in their tenant, and invite new people. */
@Controller
@RequestMapping("/{tenant}/verwaltung/personen")
class PeopleController {

    private final PeopleService people;
    private final InvitationService invitations;
    private final ObjectProvider<ScopeOptions> scopes;
    private final Access access;
    private final MessageSource messages;

    PeopleController(
            PeopleService people,
            InvitationService invitations,
            ObjectProvider<ScopeOptions> scopes,
            Access access,
            MessageSource messages) {
        this.people = people;
        this.invitations = invitations;
        this.scopes = scopes;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping
    String list(@PathVariable String tenant, Model model, Locale locale) {
        access.requireTenantAdmin();
        return listPage(model, InviteForm.empty(), FormErrors.none(), locale);
    }

    @PostMapping("/einladen")
    String invite(
            @PathVariable String tenant,
            @Valid @ModelAttribute("form") InviteForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        Role role = role(form.role());
        if (!binding.hasFieldErrors("role") && (role == null || role == Role.OPERATOR)) {
            binding.rejectValue("role", "accounts.people.error.role");
        }
        Set<Long> districts = Set.of();
        if (role == Role.DISTRICT_MANAGER) {
            districts = new LinkedHashSet<>(form.districts());
            checkDistricts(districts, binding);
        }
        Set<Long> organisations = Set.of();
        if (role == Role.ORGANISATION_EDITOR) {
            organisations = new LinkedHashSet<>(form.organisations());
            checkOrganisations(organisations, binding);
        }
        if (binding.hasErrors()) {
            return listPage(model, form, FormErrors.of(binding, messages, locale), locale);
        }
        TenantInfo current = TenantContext.require();
        invitations.invite(current, form.email().trim(), form.name().trim(), role, districts, organisations);
        redirect.addFlashAttribute(
                "notice",
                messages.getMessage(
                        "accounts.people.invited", new Object[] {form.email().trim()}, locale));
        return "redirect:/" + current.slug() + "/verwaltung/personen";
    }

    @GetMapping("/{userId}")
    String edit(@PathVariable String tenant, @PathVariable long userId, Model model) {
        access.requireTenantAdmin();
        return editPage(
                model, people.find(userId).orElseThrow(() -> new NotFoundException("person")), FormErrors.none(), null);
    }

    @PostMapping("/{userId}")
    String change(
            @PathVariable String tenant,
            @PathVariable long userId,
            @ModelAttribute("form") RolesForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        PeopleService.Person person = people.find(userId).orElseThrow(() -> new NotFoundException("person"));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.roles() == null ? List.<String>of() : form.roles()) {
            Role role = role(name);
            if (role == null || role == Role.OPERATOR) {
                binding.rejectValue("roles", "accounts.people.error.role");
            } else {
                roles.add(role);
            }
        }
        Set<Long> districts = new LinkedHashSet<>(form.districtIds() == null ? List.of() : form.districtIds());
        if (roles.contains(Role.DISTRICT_MANAGER)) {
            checkDistricts(districts, binding);
        }
        Set<Long> organisations =
                new LinkedHashSet<>(form.organisationIds() == null ? List.of() : form.organisationIds());
        if (roles.contains(Role.ORGANISATION_EDITOR)) {
            checkOrganisations(organisations, binding);
        }
        if (!binding.hasErrors()) {
            try {
                people.change(userId, roles, districts, organisationOptions().isEmpty() ? null : organisations);
                redirect.addFlashAttribute("notice", messages.getMessage("accounts.people.saved", null, locale));
                return "redirect:/" + TenantContext.require().slug() + "/verwaltung/personen";
            } catch (PeopleService.Refused refused) {
                binding.reject(refused.getMessage());
            }
        }
        return editPage(model, person, FormErrors.of(binding, messages, locale), roles);
    }

    @PostMapping("/{userId}/rollen/{role}/entfernen")
    String remove(
            @PathVariable String tenant,
            @PathVariable long userId,
            @PathVariable String role,
            Locale locale,
            RedirectAttributes redirect) {
        access.requireTenantAdmin();
        Role parsed = role(role);
        if (parsed == null) {
            throw new NotFoundException("role");
        }
        try {
            people.remove(userId, parsed);
            redirect.addFlashAttribute("notice", messages.getMessage("accounts.people.removed", null, locale));
        } catch (PeopleService.Refused refused) {
            redirect.addFlashAttribute("problem", messages.getMessage(refused.getMessage(), null, locale));
        }
        return "redirect:/" + TenantContext.require().slug() + "/verwaltung/personen";
    }

    private String listPage(Model model, InviteForm form, FormErrors errors, Locale locale) {
        TenantInfo current = TenantContext.require();
        Map<Long, String> districtNames = districtNames();
        long me = access.principal().map(QuartierPrincipal::userId).orElse(-1L);
        model.addAttribute(
                "people",
                people.all().stream()
                        .map(p -> new PersonRow(
                                p.userId(),
                                p.email(),
                                p.displayName(),
                                p.roles(),
                                names(p.districtIds(), districtNames),
                                p.userId() == me))
                        .toList());
        model.addAttribute(
                "invitations",
                invitations.open().stream()
                        .map(i -> new InvitationRow(
                                i.email(),
                                i.name(),
                                i.role(),
                                AccountsViews.day(i.expiresAt(), current.zone(), locale)))
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        addChoices(model, r -> r.name().equals(form.role()), form.districts(), form.organisations());
        return "accounts/people";
    }

    /** The role checkboxes and district checkboxes of the invite and edit forms, with what is chosen. */
    private void addChoices(
            Model model,
            java.util.function.Predicate<Role> roleChosen,
            Collection<Long> chosenDistricts,
            Collection<Long> chosenOrganisations) {
        model.addAttribute(
                "organisations",
                organisationOptions().stream()
                        .map(o -> new Choice(String.valueOf(o.id()), o.name(), chosenOrganisations.contains(o.id())))
                        .toList());
        model.addAttribute(
                "roles",
                PeopleService.ASSIGNABLE.stream()
                        .map(r -> new Choice(r.name(), r.messageKey(), roleChosen.test(r)))
                        .toList());
        model.addAttribute(
                "districts",
                scopes().stream()
                        .map(o -> new Choice(String.valueOf(o.id()), o.name(), chosenDistricts.contains(o.id())))
                        .toList());
    }

    private String editPage(
            Model model,
            PeopleService.Person person,
            FormErrors errors,
            @org.jspecify.annotations.Nullable Set<Role> chosen) {
        Collection<Role> selected = chosen == null ? person.roles() : chosen;
        model.addAttribute(
                "person",
                new PersonRow(
                        person.userId(),
                        person.email(),
                        person.displayName(),
                        person.roles(),
                        names(person.districtIds(), districtNames()),
                        access.principal()
                                .map(p -> p.userId() == person.userId())
                                .orElse(false)));
        model.addAttribute("errors", errors);
        addChoices(model, selected::contains, person.districtIds(), person.organisationIds());
        return "accounts/person";
    }

    private void checkDistricts(Set<Long> districts, BindingResult binding) {
        Set<Long> known = scopes().stream().map(ScopeOptions.Option::id).collect(Collectors.toSet());
        if (!known.containsAll(districts)) {
            binding.rejectValue("districtIds", "accounts.people.error.district");
        } else if (districts.isEmpty() && !known.isEmpty()) {
            binding.rejectValue("districtIds", "accounts.people.error.districtRequired");
        }
    }

    private void checkOrganisations(Set<Long> organisations, BindingResult binding) {
        Set<Long> known =
                organisationOptions().stream().map(ScopeOptions.Option::id).collect(Collectors.toSet());
        if (!known.containsAll(organisations)) {
            binding.rejectValue("organisationIds", "accounts.people.error.organisation");
        }
    }

    private List<ScopeOptions.Option> organisationOptions() {
        return scopes.orderedStream().flatMap(o -> o.organisations().stream()).toList();
    }

    /** Several modules may contribute scope options (districts, organisations): their lists are joined. */
    private List<ScopeOptions.Option> scopes() {
        return scopes.orderedStream().flatMap(o -> o.districts().stream()).toList();
    }

    private Map<Long, String> districtNames() {
        return scopes().stream()
                .collect(Collectors.toMap(ScopeOptions.Option::id, ScopeOptions.Option::name, (a, b) -> a));
    }

    private static List<String> names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).toList();
    }

    private static @org.jspecify.annotations.Nullable Role role(@org.jspecify.annotations.Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
