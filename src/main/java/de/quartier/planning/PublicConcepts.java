package de.quartier.planning;

import de.quartier.planning.PlanningViews.PublicRow;
import de.quartier.shared.NavItem;
import de.quartier.shared.NavigationContributor;
import de.quartier.shared.NotFoundException;
import de.quartier.shared.SignedInUser;
import de.quartier.shared.TenantInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public view of action concepts: only concepts whose "public" setting is on, and of those only the newest
 * adopted version with its analysis, SWOT, goals and measure summaries. Drafts and progress reports stay inside.
 */
@Controller
class PublicConcepts {

    private final ConceptRepository concepts;
    private final Planning planning;
    private final ConceptReader reader;

    PublicConcepts(ConceptRepository concepts, Planning planning, ConceptReader reader) {
        this.concepts = concepts;
        this.planning = planning;
        this.reader = reader;
    }

    @GetMapping("/{tenant}/konzepte")
    @Transactional(readOnly = true)
    String list(@PathVariable String tenant, Model model) {
        List<PublicRow> rows = concepts.findAllByOrderByTitleAsc().stream()
                .filter(Concept::publicVisible)
                .flatMap(c -> planning.adopted(c).stream()
                        .map(v -> new PublicRow(c.id(), c.title(), c.areaName(), v.label())))
                .toList();
        model.addAttribute("rows", rows);
        return "planning/public-concepts";
    }

    @GetMapping("/{tenant}/konzepte/{id}")
    @Transactional(readOnly = true)
    String concept(@PathVariable String tenant, @PathVariable long id, Model model) {
        Concept c = concepts.findById(id)
                .filter(Concept::publicVisible)
                .orElseThrow(() -> new NotFoundException("concept"));
        ConceptVersion v = planning.adopted(c).orElseThrow(() -> new NotFoundException("concept"));
        model.addAttribute("concept", reader.publicConcept(c, v));
        return "planning/public-concept";
    }

    /** Everyone sees the published action concepts. */
    @org.springframework.stereotype.Component
    @Order(170)
    static class Navigation implements NavigationContributor {
        @Override
        public List<NavItem> items(TenantInfo tenant, @Nullable SignedInUser user) {
            return List.of(new NavItem("/" + tenant.slug() + "/konzepte", "planning.public.nav"));
        }
    }

    /** The card on the staff administration page. */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class InAccounts {
        @org.springframework.context.annotation.Bean
        de.quartier.accounts.AdminSection planningSection() {
            return new de.quartier.accounts.AdminSection(
                    "/verwaltung/konzepte", "planning.admin.title", "planning.admin.description", false, 70);
        }
    }
}
