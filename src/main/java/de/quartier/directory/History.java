package de.quartier.directory;

import de.quartier.accounts.Access;
import de.quartier.accounts.QuartierPrincipal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Writes and reads the change history of directory entries (who, when, what). */
@Component
class History {

    static final String ORGANISATION = "organisation";
    static final String OFFER = "offer";
    static final String LOCATION = "location";
    static final String COOPERATION = "cooperation";

    private final HistoryRepository entries;
    private final Access access;

    History(HistoryRepository entries, Access access) {
        this.entries = entries;
        this.access = access;
    }

    /** Records a change by the signed-in person, or by {@code fallbackActor} (self-registration, import). */
    void record(String entityType, long entityId, String action, String changes, String fallbackActor) {
        var principal = access.principal();
        entries.save(new HistoryEntry(
                entityType,
                entityId,
                action,
                principal.map(QuartierPrincipal::userId).orElse(null),
                principal.map(QuartierPrincipal::displayName).orElse(fallbackActor),
                changes));
    }

    void record(String entityType, long entityId, String action, String changes) {
        record(entityType, entityId, action, changes, "System");
    }

    List<HistoryEntry> of(String entityType, long entityId) {
        return entries.findByEntityTypeAndEntityIdOrderByAtDesc(entityType, entityId);
    }

    /** Collects "field: old → new" lines for the fields that changed. */
    static final class Diff {
        private final StringBuilder lines = new StringBuilder();

        Diff field(String name, @Nullable Object before, @Nullable Object after) {
            String b = before == null ? "" : before.toString();
            String a = after == null ? "" : after.toString();
            if (!Objects.equals(b, a)) {
                lines.append(name)
                        .append(": ")
                        .append(Texts.excerpt(b, 120))
                        .append(" → ")
                        .append(Texts.excerpt(a, 120))
                        .append('\n');
            }
            return this;
        }

        boolean isEmpty() {
            return lines.isEmpty();
        }

        @Override
        public String toString() {
            return lines.toString().strip();
        }
    }
}
