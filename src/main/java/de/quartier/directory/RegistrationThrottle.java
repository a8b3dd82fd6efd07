package de.quartier.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most a few self-registrations per IP address and hour, kept in memory (a spam brake, not a wall). */
@Component
class RegistrationThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();
    private final int limit;
    private final Clock clock;

    @Autowired
    RegistrationThrottle(@Value("${quartier.directory.registrations-per-hour:5}") int limit) {
        this(limit, Clock.systemUTC());
    }

    RegistrationThrottle(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one registration from this address; false when the address has used up its hour. */
    boolean tryAcquire(String address) {
        Instant now = clock.instant();
        if (recent.size() > 10_000) {
            recent.entrySet()
                    .removeIf(e ->
                            e.getValue().isEmpty() || e.getValue().peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
