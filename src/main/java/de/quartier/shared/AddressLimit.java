package de.quartier.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} submissions of a public form per IP address and hour, kept in memory: a spam brake for the
 * directory's self-registration, the mentor request and the volunteer sign-up (each form keeps its own count).
 */
public final class AddressLimit {

    public static final Duration WINDOW = Duration.ofHours(1);

    private final int limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

    public AddressLimit(int limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Counts one submission from this address; false when the address has used up its hour. */
    public boolean tryAcquire(String address) {
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
