package de.quartier.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Per-tenant directory settings. Keyed by the tenant id itself, so it is read with an explicit id. */
@Entity
class DirectorySettings {

    @Id
    private Long tenantId;

    private boolean reviewChanges;

    @Version
    private long version;

    protected DirectorySettings() {}

    DirectorySettings(long tenantId) {
        this.tenantId = tenantId;
    }

    /** Whether editors' changes to published entries wait for review by a district manager or admin. */
    boolean reviewChanges() {
        return reviewChanges;
    }

    void reviewChanges(boolean reviewChanges) {
        this.reviewChanges = reviewChanges;
    }
}
