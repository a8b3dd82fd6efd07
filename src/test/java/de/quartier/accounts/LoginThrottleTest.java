package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginThrottle.State state = new LoginThrottle.State(0, null);
        for (int i = 1; i <= 4; i++) {
            state = state.afterFailure(now);
            assertThat(state.failures()).isEqualTo(i);
            assertThat(state.lockedAt(now)).isFalse();
        }
        state = state.afterFailure(now);
        assertThat(state.lockedAt(now)).isTrue();
        assertThat(state.lockedUntil()).isEqualTo(now.plusSeconds(15 * 60));
        assertThat(state.lockedAt(now.plusSeconds(15 * 60 - 1))).isTrue();
        assertThat(state.lockedAt(now.plusSeconds(15 * 60))).isFalse();
    }

    @Test
    void afterTheLockEndsCountingStartsAfresh() {
        LoginThrottle.State locked = new LoginThrottle.State(0, now);
        Instant later = now.plusSeconds(60);
        LoginThrottle.State next = locked.afterFailure(later);
        assertThat(next.failures()).isEqualTo(1);
        assertThat(next.lockedAt(later)).isFalse();
    }
}
