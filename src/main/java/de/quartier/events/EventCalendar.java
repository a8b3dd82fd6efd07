package de.quartier.events;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/** Events as iCalendar (RFC 5545, via ical4j) and as an Atom feed. Times in UTC; weekly formats as RRULE. */
final class EventCalendar {

    private EventCalendar() {}

    /** An iCalendar file of the events; {@code url} gives each event's public page. */
    static String ics(List<Event> events, Function<Event, String> url, String host, ZoneId zone, boolean invitation) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Quartier//Veranstaltungen//DE"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        if (invitation) {
            calendar.add(ImmutableMethod.PUBLISH);
        }
        for (Event e : events) {
            VEvent v = new VEvent(e.startsAt, e.endsAt, e.title);
            v.add(new Uid("event-" + e.publicId + "@" + host));
            v.add(new Url(URI.create(url.apply(e))));
            String text = e.description.isBlank() ? url.apply(e) : e.description + "\n\n" + url.apply(e);
            v.add(new Description(text));
            String place = place(e);
            if (!place.isEmpty()) {
                v.add(new Location(place));
            }
            if (e.weeklyUntil != null) {
                Instant until = e.weeklyUntil.plusDays(1).atStartOfDay(zone).toInstant();
                v.add(new RRule<>(new Recur.Builder<Instant>()
                        .frequency(Frequency.WEEKLY)
                        .until(until)
                        .build()));
            }
            if (e.status == Event.Status.CANCELLED) {
                v.add(new Status(Status.VALUE_CANCELLED));
            }
            calendar.add(v);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] icsBytes(Event e, String url, String host, ZoneId zone) {
        return ics(List.of(e), x -> url, host, zone, true).getBytes(StandardCharsets.UTF_8);
    }

    static String place(Event e) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {e.placeName, e.street, join(e.postalCode, e.city), e.onlineUrl}) {
            if (part != null && !part.isBlank()) {
                if (!s.isEmpty()) {
                    s.append(", ");
                }
                s.append(part);
            }
        }
        return s.toString();
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    /** An Atom feed (RFC 4287) of the events, newest change first. */
    static String atom(List<Event> events, Function<Event, String> url, String feedUrl, String title) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
        Instant updated = events.stream()
                .map(e -> e.updatedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH)
                .atOffset(ZoneOffset.UTC)
                .toInstant();
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("<title>")
                .append(xml(title))
                .append("</title>\n<id>")
                .append(xml(feedUrl))
                .append("</id>\n<link rel=\"self\" href=\"")
                .append(xml(feedUrl))
                .append("\"/>\n<updated>")
                .append(iso.format(updated))
                .append("</updated>\n");
        for (Event e : events) {
            x.append("<entry>\n<title>")
                    .append(xml(e.title))
                    .append("</title>\n<id>urn:uuid:")
                    .append(e.publicId)
                    .append("</id>\n<link href=\"")
                    .append(xml(url.apply(e)))
                    .append("\"/>\n<updated>")
                    .append(iso.format(e.updatedAt))
                    .append("</updated>\n<author><name>")
                    .append(xml(e.organiserName))
                    .append("</name></author>\n<summary>")
                    .append(xml(e.description.length() > 500 ? e.description.substring(0, 500) + "…" : e.description))
                    .append("</summary>\n</entry>\n");
        }
        return x.append("</feed>\n").toString();
    }

    static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
