package de.quartier.directory;

import de.quartier.shared.PageContext;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Rungs of the search page benchmark (issue 3), only in the {@code bench} profile; they do not exist otherwise.
 * The fourth rung is the real page {@code /{tenant}/angebote?…}.
 *
 * <ol>
 *   <li>{@code GET /bench/floor}: a fixed body of the captured page's size (the same bytes), outside the security
 *       filter chain: the framework floor. {@code ?size=n} gives n bytes instead.
 *   <li>{@code GET /bench/render}: the captured model rendered by the same jte template ({@code
 *       directory/search}), outside the security filter chain.
 *   <li>{@code GET /{tenant}/bench-render?<search query>}: the same in-memory render through the security filter
 *       chain. The first call captures the model from a real search with its query (e.g. {@code
 *       /magdeburg/bench-render?q=Deutschkurs&near=Kannenstieg}); {@code ?recapture} replaces it. Call it once
 *       before the other rungs, which answer 409 until then.
 * </ol>
 *
 * <p>Besides, {@code GET /{tenant}/bench-page-uncached?<search query>} is the real page without the result cache
 * of {@link OfferSearch}: what a search costs the first time it is asked.
 *
 * <p>{@code /bench/**} is left out of the security chain ({@link WebSecurityCustomizer}) only in this profile.
 */
@Controller
@Profile("bench")
class BenchRungs {

    private record Captured(PageContext ctx, SearchPageView search, byte[] page) {}

    private final SearchPage searchPage;
    private final TemplateEngine templates;
    private volatile @Nullable Captured captured;

    BenchRungs(SearchPage searchPage, TemplateEngine templates) {
        this.searchPage = searchPage;
        this.templates = templates;
    }

    /** Leaves the first two rungs out of the security filter chain, only in the bench profile. */
    @Bean
    static WebSecurityCustomizer benchOutsideSecurity() {
        return web -> web.ignoring().requestMatchers("/bench/**");
    }

    @GetMapping("/{tenant}/bench-render")
    String renderThroughSecurity(
            @PathVariable String tenant,
            @RequestParam(required = false) @Nullable String recapture,
            HttpServletRequest request,
            Model model) {
        Captured current = captured;
        if (current == null || recapture != null) {
            PageContext ctx = (PageContext) model.getAttribute("ctx");
            SearchPageView view = searchPage.view(request);
            Utf8ByteOutput output = new Utf8ByteOutput();
            templates.render("directory/search.jte", Map.of("ctx", ctx, "search", view), output);
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(output.getContentLength());
            try {
                output.writeTo(bytes);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            current = new Captured(ctx, view, bytes.toByteArray());
            captured = current;
        }
        model.addAttribute("search", current.search());
        return "directory/search";
    }

    @GetMapping("/{tenant}/bench-page-uncached")
    String pageUncached(@PathVariable String tenant, HttpServletRequest request, Model model) {
        model.addAttribute("search", searchPage.view(request, false));
        return "directory/search";
    }

    @GetMapping("/bench/render")
    @Nullable
    String render(Model model) {
        Captured current = captured;
        if (current == null) {
            throw new NotCaptured();
        }
        model.addAttribute("ctx", current.ctx());
        model.addAttribute("search", current.search());
        return "directory/search";
    }

    @GetMapping("/bench/floor")
    @ResponseBody
    ResponseEntity<byte[]> floor(@RequestParam(required = false) @Nullable Integer size) {
        if (size != null) {
            byte[] body = new byte[Math.max(0, Math.min(size, 10_000_000))];
            java.util.Arrays.fill(body, (byte) 'x');
            return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(body);
        }
        Captured current = captured;
        if (current == null) {
            throw new NotCaptured();
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(current.page());
    }

    @org.springframework.web.bind.annotation.ResponseStatus(
            value = HttpStatus.CONFLICT,
            reason = "Call /{tenant}/bench-render?<query> first to capture a page")
    static final class NotCaptured extends RuntimeException {}
}
