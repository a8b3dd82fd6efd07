package de.quartier.directory;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the staff pages of the directory show. Public because the jte templates read them. */
public final class DirectoryAdminViews {

    private DirectoryAdminViews() {}

    public record Option(long id, String name) {}

    public record OrganisationRow(
            long id, String name, OrganisationKind kind, EntryStatus status, String districts, boolean pendingChange) {}

    public record OfferRow(long id, String title, EntryStatus status, boolean pendingChange) {}

    public record LocationRow(long id, String name, String address) {}

    public record CooperationRow(long id, String partner, CooperationKind kind) {}

    public record HistoryRow(String action, String actor, Instant at, List<String> changes) {}

    /** The organisation an edit page belongs to, with its status and what hangs on it. */
    public record OrganisationInfo(
            long id,
            String name,
            EntryStatus status,
            boolean hasLogo,
            List<OfferRow> offers,
            List<LocationRow> locations,
            List<CooperationRow> cooperations) {}

    /** A note above an edit form: a change waits for review, or the last one was rejected (with the reason). */
    public record ReviewNote(boolean pending, @Nullable String rejection) {}

    public record PendingRegistration(
            long id,
            String name,
            OrganisationKind kind,
            String description,
            @Nullable String website,
            String registrant,
            String districts,
            Instant at) {}

    public record PendingChangeRow(
            long id,
            String entityType,
            long entityId,
            String entityName,
            String submitter,
            Instant at,
            List<String> diff) {}

    public record ActionFieldRow(long id, String code, String nameDe, String nameEn, int position, boolean active) {}
}
