package de.quartier.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An uploaded directory import waiting between preview and import; checked again on import. */
@Entity
class DirectoryImportUpload {

    /** What the file is: an HSDS document, or a CSV of organisations or offers. */
    static final String HSDS = "hsds";

    static final String CSV_ORGANISATIONS = "csv-organisations";
    static final String CSV_OFFERS = "csv-offers";

    @Id
    private UUID id;

    @TenantId
    private Long tenantId;

    private @Nullable Long userId;
    private String format;
    private String filename;
    private String content;
    private Instant createdAt = Instant.now();
    private @Nullable Instant importedAt;

    protected DirectoryImportUpload() {}

    DirectoryImportUpload(@Nullable Long userId, String format, String filename, String content) {
        this.id = UUID.randomUUID();
        this.userId = userId;
        this.format = format;
        this.filename = filename;
        this.content = content;
    }

    UUID id() {
        return id;
    }

    @Nullable
    Long userId() {
        return userId;
    }

    String format() {
        return format;
    }

    String filename() {
        return filename;
    }

    String content() {
        return content;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant importedAt() {
        return importedAt;
    }

    void imported() {
        this.importedAt = Instant.now();
    }
}
