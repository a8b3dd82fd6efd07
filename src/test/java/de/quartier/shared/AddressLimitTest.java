package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The per-address brake of the public forms (mentor request, volunteer sign-up). */
class AddressLimitTest {

    @Test
    void anAddressGetsItsLimitPerHourAndOthersAreNotAffected() {
        Instant start = Instant.parse("2026-11-24T10:00:00Z");
        AddressLimit early = new AddressLimit(2, Clock.fixed(start, ZoneOffset.UTC));
        assertThat(early.tryAcquire("1.2.3.4")).isTrue();
        assertThat(early.tryAcquire("1.2.3.4")).isTrue();
        assertThat(early.tryAcquire("1.2.3.4")).isFalse();
        assertThat(early.tryAcquire("5.6.7.8")).isTrue();
    }

    @Test
    void theHourMovesOn() {
        Instant[] now = {Instant.parse("2026-11-24T10:00:00Z")};
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        AddressLimit limit = new AddressLimit(1, clock);
        assertThat(limit.tryAcquire("1.2.3.4")).isTrue();
        assertThat(limit.tryAcquire("1.2.3.4")).isFalse();
        now[0] = now[0].plus(AddressLimit.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(limit.tryAcquire("1.2.3.4")).isTrue();
    }
}
