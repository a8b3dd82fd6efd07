package de.quartier.districts;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** One measurement: an indicator's value in a district on a date (unique per district, indicator and date). */
@Entity
class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    private Long tenantId;

    private Long districtId;
    private Long indicatorId;
    private LocalDate date;
    private BigDecimal value;

    protected IndicatorValue() {}

    IndicatorValue(Long districtId, Long indicatorId, LocalDate date, BigDecimal value) {
        this.districtId = districtId;
        this.indicatorId = indicatorId;
        this.date = date;
        this.value = value;
    }

    Long districtId() {
        return districtId;
    }

    Long indicatorId() {
        return indicatorId;
    }

    LocalDate date() {
        return date;
    }

    BigDecimal value() {
        return value;
    }

    void value(BigDecimal value) {
        this.value = value;
    }
}
