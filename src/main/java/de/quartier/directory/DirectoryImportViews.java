package de.quartier.directory;

import java.util.List;

/** What the directory import pages show; public because jte templates are compiled into another package. */
public final class DirectoryImportViews {

    private DirectoryImportViews() {}

    /** A problem found in a file: where (JSON path or row and column) and what, in the page's language. */
    public record Message(String where, String text) {}

    /** One entry of an HSDS preview: organisation, offer or location, and whether it is new, changed or not. */
    public record EntryRow(String typeKey, String id, String name, String changeKey, boolean changes) {}

    /** Counts of one kind of entry. */
    public record Counts(String typeKey, long created, long updated, long unchanged) {}

    public record HsdsPreview(
            String id,
            String filename,
            boolean imported,
            boolean ok,
            List<Counts> counts,
            List<Message> errors,
            List<Message> warnings,
            List<EntryRow> entries) {

        public boolean nothingNew() {
            return counts.stream().allMatch(c -> c.created() == 0 && c.updated() == 0);
        }
    }

    /** One row of a CSV preview. */
    public record CsvRow(int line, String name, String detail, boolean ok, boolean updates, List<Message> errors) {}

    public record CsvPreview(
            String id,
            String filename,
            String formatKey,
            boolean imported,
            int total,
            int good,
            int bad,
            List<CsvRow> rows) {}
}
