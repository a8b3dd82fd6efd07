package de.quartier.accounts;

import org.jspecify.annotations.Nullable;

/**
 * An invitation was accepted: the account now has the role in the tenant. Published inside the accepting
 * transaction and the tenant's context, so listeners can store their own rows with it. {@code selfIssued} marks a
 * public sign-up; {@code consentVersion} is the privacy text version the person agreed to then.
 */
public record InvitationAccepted(
        long tenantId,
        long accountId,
        String email,
        String displayName,
        Role role,
        boolean selfIssued,
        @Nullable String consentVersion) {}
