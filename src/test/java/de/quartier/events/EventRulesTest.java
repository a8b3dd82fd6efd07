package de.quartier.events;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.shared.FileType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

/** The rules of the events module that need no database. */
class EventRulesTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void storedFileNamesAreHarmlessAndCarryTheDetectedExtension() {
        assertThat(EventAdmin.safeName("../../etc/passwd.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
        assertThat(EventAdmin.safeName("Folien \"Tag 1\".exe", FileType.PDF)).isEqualTo("Folien _Tag 1_.pdf");
        assertThat(EventAdmin.safeName("Protokoll.docx", FileType.ZIP_OFFICE)).isEqualTo("Protokoll.docx");
        assertThat(EventAdmin.safeName(null, FileType.PNG)).isEqualTo("dokument.png");
    }

    @Test
    void weeklyEventsExpandIntoOccurrencesAcrossTheClockChange() {
        Event e = new Event("Café", Event.Kind.NEIGHBOURHOOD, Event.OrganiserType.TENANT, null, "Stadt");
        e.startsAt = ZonedDateTime.of(2026, 10, 13, 15, 0, 0, 0, BERLIN).toInstant();
        e.endsAt = ZonedDateTime.of(2026, 10, 13, 17, 0, 0, 0, BERLIN).toInstant();
        e.weeklyUntil = LocalDate.of(2026, 11, 10);
        List<Instant> all = e.occurrences(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), BERLIN);
        assertThat(all).hasSize(5);
        // 15:00 local time every week, also after the end of summer time on 25 October
        assertThat(all).allSatisfy(i -> assertThat(i.atZone(BERLIN).getHour()).isEqualTo(15));
        assertThat(e.lastEnd(BERLIN))
                .isEqualTo(ZonedDateTime.of(2026, 11, 10, 17, 0, 0, 0, BERLIN).toInstant());
        // a window in the middle
        Instant from = ZonedDateTime.of(2026, 10, 21, 0, 0, 0, 0, BERLIN).toInstant();
        Instant to = ZonedDateTime.of(2026, 11, 1, 0, 0, 0, 0, BERLIN).toInstant();
        assertThat(e.occurrences(from, to, BERLIN)).hasSize(1);
        // a one-off event has exactly one occurrence
        e.weeklyUntil = null;
        assertThat(e.occurrences(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), BERLIN))
                .containsExactly(e.startsAt);
    }

    private static EventForms.EventForm form(String start, String end, String programme, String capacity) {
        return new EventForms.EventForm(
                null,
                "Fachtag",
                "",
                "CONFERENCE",
                "TENANT",
                List.of(),
                "Saal",
                null,
                null,
                null,
                null,
                start,
                "09:30",
                end,
                "16:00",
                "",
                "PROFESSIONALS",
                List.of("de", "en"),
                "",
                "12,50",
                true,
                "",
                "",
                capacity == null ? null : Integer.valueOf(capacity),
                null,
                null,
                "",
                "",
                programme);
    }

    @Test
    void theEventFormParsesDaysProgrammeAndMoney() {
        var form = form(
                "2026-06-10",
                "2026-06-11",
                "2026-06-11 10:00 | Podium | A, B | Saal\n09:30 | Begrüßung | | Foyer\n",
                "60");
        var errors = new BeanPropertyBindingResult(form, "eventForm");
        EventForms.Parsed p = form.parse(BERLIN, errors);
        assertThat(errors.hasErrors()).isFalse();
        assertThat(p).isNotNull();
        assertThat(p.costCents()).isEqualTo(1250);
        assertThat(p.languages()).isEqualTo("de,en");
        assertThat(p.programme()).extracting(i -> i.title).containsExactly("Begrüßung", "Podium");
        assertThat(p.programme().get(0).speakers).isNull();
        assertThat(p.endsAt())
                .isEqualTo(ZonedDateTime.of(2026, 6, 11, 16, 0, 0, 0, BERLIN).toInstant());

        var bad = form("2026-06-10", "2026-06-09", "Mittag ohne Uhrzeit", null);
        var badErrors = new BeanPropertyBindingResult(bad, "eventForm");
        assertThat(bad.parse(BERLIN, badErrors)).isNull();
        assertThat(badErrors.getFieldError("endDate")).isNotNull();
        assertThat(badErrors.getFieldError("programme")).isNotNull();
    }

    @Test
    void personalTokensAreLongAndRandom() {
        String a = Registrations.token();
        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Registrations.token()).isNotEqualTo(a);
    }
}
