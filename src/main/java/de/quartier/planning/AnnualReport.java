package de.quartier.planning;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.quartier.planning.PlanningViews.AnnualReportModel;
import de.quartier.planning.PlanningViews.BarRow;
import de.quartier.planning.PlanningViews.Labels;
import de.quartier.planning.PlanningViews.MeasureRow;
import de.quartier.shared.TenantContext;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual report (Sachbericht) of a concept version as PDF: goals with achievement and traffic light, measures
 * with status and outputs, the financing summary and bar charts, laid out by openhtmltopdf from
 * {@code planning/annual-report.jte}. Printed in German, the language of the funding bodies; Liberation Sans from
 * PDFBox as in the directory's Wegweiser.
 */
@Component
class AnnualReport {

    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final ConceptReader reader;
    private final MeasureRepository measures;
    private final TemplateEngine templates;
    private final MessageSource messages;

    AnnualReport(ConceptReader reader, MeasureRepository measures, TemplateEngine templates, MessageSource messages) {
        this.reader = reader;
        this.measures = measures;
        this.templates = templates;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    AnnualReportModel model(Concept c, ConceptVersion v) {
        var page = reader.page(c, v, new PlanningViews.Filter(null, null, null, null));
        List<Measure> ms = measures.findByVersionIdOrderByCodeAscIdAsc(v.id());
        long total = ms.stream().mapToLong(Measure::costCents).sum();
        Map<Measure.Source, Long> bySource = new EnumMap<>(Measure.Source.class);
        ms.forEach(m -> m.financing().forEach(f -> bySource.merge(f.source(), f.amountCents(), Long::sum)));
        Labels t = new Labels(messages, Locale.GERMAN);
        List<BarRow> financeBars = new ArrayList<>();
        bySource.forEach((source, cents) -> financeBars.add(new BarRow(
                t.t("planning.source." + source.name()),
                PlanningForms.euros(cents),
                total == 0 ? 0 : (int) Math.round(100.0 * cents / total))));
        int most = page.fields().stream()
                .mapToInt(PlanningViews.FieldSection::measures)
                .max()
                .orElse(0);
        List<BarRow> fieldBars = page.fields().stream()
                .map(f -> new BarRow(f.name(), String.valueOf(f.measures()), most == 0 ? 0 : 100 * f.measures() / most))
                .toList();
        List<MeasureRow> rows = page.measures();
        var info = page.version();
        return new AnnualReportModel(
                TenantContext.require().name(),
                c.title(),
                c.areaName(),
                page.districts(),
                v.label(),
                info.period(),
                info.status(),
                info.adoptedBy(),
                info.adoptedAt(),
                ConceptReader.date(LocalDate.now(Planning.ZONE)),
                v.analysis(),
                reader.achievement(c, v).rows(),
                rows,
                PlanningForms.euros(total),
                financeBars,
                fieldBars,
                (int) ms.stream().filter(Measure::climateRelevant).count(),
                rows.stream()
                        .map(MeasureRow::participants)
                        .filter(Objects::nonNull)
                        .mapToInt(Integer::intValue)
                        .sum());
    }

    byte[] render(Concept c, ConceptVersion v) {
        AnnualReportModel model = model(c, v);
        StringOutput xhtml = new StringOutput();
        templates.render(
                "planning/annual-report.jte", Map.of("report", model, "t", new Labels(messages, Locale.GERMAN)), xhtml);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(AnnualReport::font, "Liberation Sans");
            builder.withHtmlContent(xhtml.toString(), null);
            builder.withProducer("Quartier");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        InputStream in = AnnualReport.class.getResourceAsStream(FONT);
        if (in == null) {
            throw new IllegalStateException("font missing on the class path: " + FONT);
        }
        return in;
    }
}
