package de.quartier.directory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the public offer and organisation pages, the A–Z list and the Wegweiser show. */
public final class DetailViews {

    private DetailViews() {}

    /**
     * A text in the visitor's language, or the German original when no translation exists ({@code fallback}: the
     * page marks it and sets {@code lang="de"}).
     */
    public record Text(String value, boolean fallback) {

        public boolean isBlank() {
            return value.isBlank();
        }

        /** Paragraphs separated by blank lines; single line breaks stay inside a paragraph. */
        public List<String> paragraphs() {
            return java.util.Arrays.stream(value.strip().split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
    }

    public record OrgLink(long id, String name) {}

    public record DistrictLink(long id, String name, String slug) {}

    /** A location; {@code alsoHere}: other published organisations at the same place. */
    public record Place(
            long id,
            String name,
            String address,
            @Nullable Double latitude,
            @Nullable Double longitude,
            List<OrgLink> alsoHere) {}

    /** One weekday's opening times, e.g. "Montag", "09:00–12:00, 14:00–16:00". */
    public record Hours(String day, String times) {}

    public record OfferPage(
            long id,
            EntryStatus status,
            boolean isPublic,
            Text title,
            Text description,
            OrgLink organisation,
            String organisationKindKey,
            List<Place> places,
            List<Hours> hours,
            @Nullable String scheduleNote,
            List<String> languages,
            List<String> targetGroupKeys,
            List<String> actionFields,
            String costKey,
            @Nullable Text costNote,
            String accessKey,
            @Nullable Text accessibilityNote,
            @Nullable String contactName,
            @Nullable String contactEmail,
            @Nullable String contactPhone,
            @Nullable String website,
            List<DistrictLink> districts,
            String mapPointsJson,
            String jsonLd) {

        public boolean anyFallback() {
            return title.fallback()
                    || description.fallback()
                    || (costNote != null && costNote.fallback())
                    || (accessibilityNote != null && accessibilityNote.fallback());
        }
    }

    /** An offer in a list: title in the visitor's language (or German, marked). */
    public record OfferItem(long id, Text title, Text summary) {}

    public record CooperationItem(
            OrgLink partner, String kindKey, @Nullable String since) {}

    public record OrganisationPage(
            long id,
            EntryStatus status,
            boolean isPublic,
            String name,
            String kindKey,
            boolean hasLogo,
            Text description,
            @Nullable String website,
            @Nullable String email,
            @Nullable String phone,
            @Nullable String contactName,
            List<DistrictLink> districts,
            List<Place> places,
            List<OfferItem> offers,
            List<CooperationItem> cooperations,
            String mapPointsJson,
            String jsonLd) {}

    /** An organisation in the A–Z list. */
    public record OrganisationItem(long id, String name, String kindKey, String letter, String districts) {}

    public record Choice(String value, String label, boolean selected) {}

    public record OrganisationList(
            List<OrganisationItem> items,
            List<Choice> districts,
            List<Choice> kinds,
            @Nullable DistrictLink district,
            @Nullable String kind,
            long total,
            int page,
            int pages,
            @Nullable String previousHref,
            @Nullable String nextHref) {

        /** The page's organisations under their initial letters. */
        public List<LetterGroup> groups() {
            java.util.Map<String, List<OrganisationItem>> byLetter = new java.util.LinkedHashMap<>();
            for (OrganisationItem item : items) {
                byLetter.computeIfAbsent(item.letter(), l -> new java.util.ArrayList<>())
                        .add(item);
            }
            return byLetter.entrySet().stream()
                    .map(e -> new LetterGroup(e.getKey(), e.getValue()))
                    .toList();
        }
    }

    public record LetterGroup(String letter, List<OrganisationItem> items) {}

    /** An offer in the printed guide. */
    public record GuideOffer(
            String title,
            String description,
            String organisation,
            List<String> addresses,
            List<Hours> hours,
            @Nullable String scheduleNote,
            List<String> languages,
            List<String> targetGroupKeys,
            String costKey,
            String accessKey,
            @Nullable String contact) {}

    public record GuideSection(String name, List<GuideOffer> offers) {}

    public record Guide(String lang, String tenant, String district, String date, List<GuideSection> sections) {

        public int count() {
            return sections.stream().mapToInt(s -> s.offers().size()).sum();
        }
    }

    /** Messages in the guide's language (which may differ from the page language, see {@link Wegweiser}). */
    public static final class Labels {
        private final org.springframework.context.MessageSource messages;
        private final java.util.Locale locale;

        Labels(org.springframework.context.MessageSource messages, java.util.Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        public String t(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }
    }
}
