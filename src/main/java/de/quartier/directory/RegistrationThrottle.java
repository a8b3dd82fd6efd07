package de.quartier.directory;

import de.quartier.shared.AddressLimit;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** At most a few self-registrations per IP address and hour, kept in memory (a spam brake, not a wall). */
@Component
class RegistrationThrottle {

    private final AddressLimit limit;

    @Autowired
    RegistrationThrottle(@Value("${quartier.directory.registrations-per-hour:5}") int limit) {
        this(limit, Clock.systemUTC());
    }

    RegistrationThrottle(int limit, Clock clock) {
        this.limit = new AddressLimit(limit, clock);
    }

    /** Counts one registration from this address; false when the address has used up its hour. */
    boolean tryAcquire(String address) {
        return limit.tryAcquire(address);
    }
}
