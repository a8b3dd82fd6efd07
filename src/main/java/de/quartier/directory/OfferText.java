package de.quartier.directory;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** An offer's translatable texts in one language; a missing field falls back to German. */
@Embeddable
public record OfferText(
        @Nullable String title,
        @Nullable String description,
        @Nullable String accessibilityNote,
        @Nullable String costNote) {

    boolean isEmpty() {
        return blank(title) && blank(description) && blank(accessibilityNote) && blank(costNote);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
