package de.quartier.shared;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.view.RedirectView;

/**
 * jte as Spring MVC's view technology. A view name is the template path without {@code .jte}
 * ({@code "districts/overview"} → {@code src/main/jte/districts/overview.jte}). Production uses the templates
 * precompiled by {@code jte-maven-plugin}; with {@code quartier.jte.development=true} templates are compiled
 * from {@code src/main/jte} on change (hot reload).
 */
@Configuration(proxyBeanMethods = false)
class JteViews {

    private static final Logger log = LoggerFactory.getLogger(JteViews.class);

    @Bean
    TemplateEngine templateEngine(@Value("${quartier.jte.development:false}") boolean development) {
        if (development && Path.of("src/main/jte").toFile().isDirectory()) {
            log.info("jte: compiling templates from src/main/jte on change");
            TemplateEngine engine = TemplateEngine.create(
                    new DirectoryCodeResolver(Path.of("src/main/jte")), Path.of("target/jte-dev"), ContentType.Html);
            engine.setTrimControlStructures(true);
            return engine;
        }
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    ViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }

    static final class JteViewResolver implements ViewResolver, Ordered {

        private final TemplateEngine engine;

        JteViewResolver(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public @Nullable View resolveViewName(String viewName, Locale locale) {
            if (viewName.startsWith("redirect:")) {
                RedirectView redirect = new RedirectView(viewName.substring("redirect:".length()), true);
                redirect.setExposeModelAttributes(false);
                return redirect;
            }
            String template = viewName + ".jte";
            return engine.hasTemplate(template) ? new JteView(engine, template) : null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    record JteView(TemplateEngine engine, String template) implements View {

        /** Pieces a page is rendered in (a search results page has several thousand): room for them from the start. */
        private static final int CHUNKS = 4096;

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput(CHUNKS);
            @SuppressWarnings("unchecked")
            Map<String, Object> params = model == null ? Map.of() : (Map<String, Object>) model;
            engine.render(template, params, output);
            response.setContentType(getContentType());
            response.setContentLength(output.getContentLength());
            // one write: chunk by chunk, each of the thousands of pieces passed through every response wrapper of
            // the filter chain (≈ 15 % of a search page's CPU, docs/benchmarks.md)
            response.getOutputStream().write(output.toByteArray());
        }
    }
}
