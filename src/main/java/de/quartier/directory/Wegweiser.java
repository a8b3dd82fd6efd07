package de.quartier.directory;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.quartier.directory.DetailViews.Guide;
import de.quartier.directory.DetailViews.Labels;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The printable guide of a district's offers ("Wegweiser"): the XHTML of {@code directory/wegweiser.jte} laid out
 * as PDF by openhtmltopdf. The embedded font is Liberation Sans as shipped inside PDFBox (SIL Open Font License):
 * Latin, Cyrillic and Turkish. Arabic and Persian would need shaping the renderer lacks, so guides requested in
 * those languages are printed in German.
 */
@Component
class Wegweiser {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final Set<String> PRINTABLE = Set.of("de", "en", "uk", "ru", "tr");
    static final int CONCURRENT = 2;

    private final Semaphore running = new Semaphore(CONCURRENT);

    private final TemplateEngine templates;
    private final MessageSource messages;

    Wegweiser(TemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** The language the guide is printed in: the visitor's if the font and layout support it, else German. */
    static Locale printable(Locale locale) {
        return PRINTABLE.contains(locale.getLanguage()) ? Locale.forLanguageTag(locale.getLanguage()) : Locale.GERMAN;
    }

    /**
     * The guide as PDF, or {@code null} when {@link #CONCURRENT} guides are already being laid out and none
     * finished within a few seconds (the page is public; this keeps it from tying up the server).
     */
    byte @Nullable [] render(Supplier<Guide> guide, Locale locale, String baseUrl) {
        try {
            if (!running.tryAcquire(5, TimeUnit.SECONDS)) {
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return render(guide.get(), locale, baseUrl);
        } finally {
            running.release();
        }
    }

    private byte[] render(Guide guide, Locale locale, String baseUrl) {
        StringOutput xhtml = new StringOutput();
        templates.render("directory/wegweiser.jte", Map.of("guide", guide, "t", new Labels(messages, locale)), xhtml);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(Wegweiser::font, "Liberation Sans");
            builder.withHtmlContent(xhtml.toString(), baseUrl + "/");
            builder.withProducer("Quartier");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream in = Wegweiser.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("font missing on the class path: " + FONT);
        }
        return in;
    }
}
