package de.quartier.districts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Locale;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** What is measured per district, e.g. the unemployment rate in % of residents aged 15 to 64. */
@Entity
class IndicatorDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private String key;
    private String nameDe;
    private String nameEn;
    private String unit;
    private String description = "";
    private String source = "";

    /** True: a higher value means more need; false: a lower one does; null: no need direction. */
    private @Nullable Boolean higherMeansMoreNeed;

    /** The values are invented demo figures, not measurements. */
    private boolean demo;

    @Version
    private long version;

    protected IndicatorDefinition() {}

    IndicatorDefinition(String key) {
        this.key = key;
    }

    Long id() {
        return id;
    }

    String key() {
        return key;
    }

    String nameDe() {
        return nameDe;
    }

    String nameEn() {
        return nameEn;
    }

    /** German name on German pages, the English one in every other language. */
    String name(Locale locale) {
        return "de".equals(locale.getLanguage()) ? nameDe : nameEn;
    }

    String unit() {
        return unit;
    }

    String description() {
        return description;
    }

    String source() {
        return source;
    }

    @Nullable
    Boolean higherMeansMoreNeed() {
        return higherMeansMoreNeed;
    }

    boolean demo() {
        return demo;
    }

    void update(
            String key,
            String nameDe,
            String nameEn,
            String unit,
            String description,
            String source,
            @Nullable Boolean higherMeansMoreNeed,
            boolean demo) {
        this.key = key;
        this.nameDe = nameDe;
        this.nameEn = nameEn;
        this.unit = unit;
        this.description = description;
        this.source = source;
        this.higherMeansMoreNeed = higherMeansMoreNeed;
        this.demo = demo;
    }
}
