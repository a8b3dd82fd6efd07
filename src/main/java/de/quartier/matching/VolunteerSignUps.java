package de.quartier.matching;

import de.quartier.accounts.InvitationAccepted;
import de.quartier.accounts.Role;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a volunteer's invitation is accepted: the record a coordinator created is linked to the new account; a
 * self-issued one (the public sign-up) creates the volunteer in status PENDING, with the consent given, for a
 * coordinator to confirm. Runs in the accepting transaction, inside the tenant.
 */
@Component
class VolunteerSignUps {

    private final VolunteerRepository volunteers;

    VolunteerSignUps(VolunteerRepository volunteers) {
        this.volunteers = volunteers;
    }

    @EventListener
    void on(InvitationAccepted event) {
        if (event.role() != Role.VOLUNTEER) {
            return;
        }
        String email = event.email().toLowerCase(Locale.ROOT);
        Optional<Volunteer> known = volunteers.findByEmail(email);
        if (known.isPresent()) {
            known.filter(v -> v.accountId() == null).ifPresent(v -> v.linkAccount(event.accountId()));
        } else if (event.selfIssued()) {
            volunteers.save(Volunteer.signedUp(email, event.displayName(), event.accountId(), event.consentVersion()));
        }
    }
}
