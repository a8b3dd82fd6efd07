package de.quartier.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.annotations.TenantId;

/** One of the tenant's action fields (Handlungsfelder); the catalogue defaults to the eight of seed 003. */
@Entity
class ActionField {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String code;
    private String nameDe;
    private String nameEn;
    private int position;
    private boolean active = true;

    @Version
    private long version;

    protected ActionField() {}

    ActionField(String code, String nameDe, String nameEn, int position) {
        this.code = code;
        update(nameDe, nameEn, position, true);
    }

    void update(String nameDe, String nameEn, int position, boolean active) {
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.position = position;
        this.active = active;
    }

    Long id() {
        return id;
    }

    String code() {
        return code;
    }

    String nameDe() {
        return nameDe;
    }

    String nameEn() {
        return nameEn;
    }

    /** German everywhere but in English (the catalogue is the tenant's own and kept in de/en). */
    String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameDe;
    }

    int position() {
        return position;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
