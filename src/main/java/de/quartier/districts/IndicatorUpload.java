package de.quartier.districts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** An uploaded indicator CSV waiting between preview and import; parsed again on import. */
@Entity
class IndicatorUpload {

    @Id
    private UUID id;

    @TenantId
    private Long tenantId;

    private @Nullable Long userId;
    private String filename;
    private String content;
    private Instant createdAt = Instant.now();
    private @Nullable Instant importedAt;

    protected IndicatorUpload() {}

    IndicatorUpload(@Nullable Long userId, String filename, String content) {
        this.id = UUID.randomUUID();
        this.userId = userId;
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
