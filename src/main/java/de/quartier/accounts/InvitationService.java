package de.quartier.accounts;

import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import de.quartier.shared.TenantInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations to a role in a tenant: a mail with a single-use link, valid for seven days. The invitee sets name
 * and password (new account) or confirms with their password (existing account); either way the role is added.
 * Callers must not hold a transaction: each step runs its own, inside the invitation's tenant.
 */
@Service
public class InvitationService {

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final TenantService tenants;
    private final MailService mail;
    private final AuditLog audit;
    private final Access access;
    private final PasswordEncoder encoder;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    InvitationService(
            InvitationRepository invitations,
            AccountRepository accounts,
            MembershipRepository memberships,
            TenantService tenants,
            MailService mail,
            AuditLog audit,
            Access access,
            PasswordEncoder encoder,
            MessageSource messages,
            TransactionTemplate tx,
            ApplicationEventPublisher events,
            @Value("${quartier.base-url:http://localhost:8080}") String baseUrl) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.memberships = memberships;
        this.tenants = tenants;
        this.mail = mail;
        this.audit = audit;
        this.access = access;
        this.encoder = encoder;
        this.messages = messages;
        this.tx = tx;
        this.events = events;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The raw token is only returned here (and mailed); the database keeps its hash. */
    record Invited(long id, String token, String link) {}

    /** What the invitation page shows. */
    record View(
            Invitation.State state,
            TenantInfo tenant,
            String email,
            String name,
            Role role,
            boolean accountExists,
            Instant expiresAt) {}

    enum Outcome {
        ACCEPTED,
        WRONG_PASSWORD,
        NEEDS_PASSWORD,
        GONE
    }

    /**
     * For other modules: invites someone to a role in the current tenant, scoped to districts and organisations
     * (e.g. the registrant of an approved organisation as its editor). The mail goes to the outbox. The caller
     * must not hold a transaction.
     */
    public void invite(String email, String name, Role role, Set<Long> districtIds, Set<Long> organisationIds) {
        invite(TenantContext.require(), email, name, role, districtIds, organisationIds);
    }

    /** Subject and body of a mail. */
    public record MailText(String subject, String body) {}

    /** Words the mail of a public sign-up, in the language of the person who asked for it. */
    @FunctionalInterface
    public interface SignUpMail {

        /**
         * @param link the single-use link (valid for {@link Invitation#VALIDITY})
         * @param validUntil when it expires, formatted for the person
         * @param accountExists the address already has an account: the person confirms with its password
         */
        MailText compose(String link, String validUntil, boolean accountExists);
    }

    /** A second sign-up mail to the same address within this time is not sent (a brake on mail bombing). */
    static final Duration SIGN_UP_PAUSE = Duration.ofMinutes(10);

    /**
     * A public sign-up for a role without staff rights (volunteers only): a self-issued invitation to the current
     * tenant, mailed to the address; following its link, the person sets a password, or confirms with the password
     * of an existing account. Whether an account exists is told only in the mail, never to the caller. Records the
     * privacy text version the person agreed to; {@link InvitationAccepted} says so when the link is used. The
     * caller must not hold a transaction.
     */
    public void inviteSelf(
            String email, String name, Role role, Locale locale, String consentVersion, SignUpMail text) {
        if (role != Role.VOLUNTEER) {
            throw new IllegalArgumentException("only volunteers sign up themselves");
        }
        TenantInfo tenant = TenantContext.require();
        String token = SecretTokens.random();
        String link = baseUrl + "/einladung/" + token + "?lang=" + locale.getLanguage();
        String address = email.trim().toLowerCase(Locale.ROOT);
        tx.executeWithoutResult(status -> {
            if (invitations.existsByTenantIdAndEmailAndSelfIssuedTrueAndCreatedAtAfter(
                    tenant.id(), address, Instant.now().minus(SIGN_UP_PAUSE))) {
                return;
            }
            Invitation invitation = invitations.save(
                    new Invitation(tenant.id(), SecretTokens.sha256(token), address, name, role, Set.of(), null));
            invitation.selfIssued(consentVersion);
            String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .withZone(tenant.zone())
                    .format(invitation.expiresAt());
            MailText mailText =
                    text.compose(link, until, accounts.findByEmail(address).isPresent());
            mail.send(invitation.email(), mailText.subject(), mailText.body());
            audit.record("invitation.self", "invitation:" + invitation.id(), invitation.email() + " " + role);
        });
    }

    Invited invite(TenantInfo tenant, String email, String name, Role role, Set<Long> districtIds) {
        return invite(tenant, email, name, role, districtIds, Set.of());
    }

    Invited invite(
            TenantInfo tenant, String email, String name, Role role, Set<Long> districtIds, Set<Long> organisationIds) {
        if (role == Role.OPERATOR) {
            throw new IllegalArgumentException("operators are not invited to tenants");
        }
        String token = SecretTokens.random();
        String link = baseUrl + "/einladung/" + token;
        Long inviter = access.principal().map(QuartierPrincipal::userId).orElse(null);
        String inviterName =
                access.principal().map(QuartierPrincipal::displayName).orElse(tenant.name());
        return TenantContext.callAs(
                tenant,
                () -> tx.execute(status -> {
                    Invitation invitation = invitations.save(new Invitation(
                            tenant.id(), SecretTokens.sha256(token), email, name, role, districtIds, inviter));
                    invitation.organisationIds().addAll(organisationIds);
                    var locale = tenant.defaultLocale();
                    String roleName = messages.getMessage(role.messageKey(), null, role.name(), locale);
                    String until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                            .withLocale(locale)
                            .withZone(tenant.zone())
                            .format(invitation.expiresAt());
                    mail.send(
                            invitation.email(),
                            messages.getMessage("accounts.invite.mail.subject", new Object[] {tenant.name()}, locale),
                            messages.getMessage(
                                    "accounts.invite.mail.body",
                                    new Object[] {invitation.name(), inviterName, tenant.name(), roleName, link, until},
                                    locale));
                    audit.record("invitation.sent", "invitation:" + invitation.id(), invitation.email() + " " + role);
                    return new Invited(invitation.id(), token, link);
                }));
    }

    Optional<View> find(String token) {
        return tx.execute(status -> invitations
                .findByTokenHash(SecretTokens.sha256(token))
                .flatMap(i -> tenants.byId(i.tenantId())
                        .map(t -> new View(
                                i.state(Instant.now()),
                                t,
                                i.email(),
                                i.name(),
                                i.role(),
                                accounts.findByEmail(i.email()).isPresent(),
                                i.expiresAt()))));
    }

    /** Open invitations of the tenant of the current request. */
    List<Invitation> open() {
        TenantInfo tenant = TenantContext.require();
        return invitations.findByTenantIdAndAcceptedAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                tenant.id(), Instant.now());
    }

    /** A new account: name and password chosen by the invitee (already checked against the policy). */
    Outcome acceptAsNewAccount(String token, String displayName, String password) {
        return accept(token, (invitation, account) -> {
            if (account != null) {
                return null; // someone created the account meanwhile: they must confirm with its password
            }
            Account created = new Account(invitation.email(), displayName.trim());
            created.passwordHash(encoder.encode(password));
            return accounts.save(created);
        });
    }

    /** An existing account confirms with its password (no sign-in happens here). */
    Outcome acceptWithPassword(String token, String password) {
        boolean[] wrong = {false};
        Outcome outcome = accept(token, (invitation, account) -> {
            if (account == null) {
                return null;
            }
            if (account.passwordHash() == null || !encoder.matches(password, account.passwordHash())) {
                wrong[0] = true;
                return null;
            }
            return account;
        });
        return wrong[0] ? Outcome.WRONG_PASSWORD : outcome;
    }

    /** The invitee is signed in with the invited address and accepts with one click. */
    Outcome acceptSignedIn(String token, QuartierPrincipal principal) {
        return accept(
                token, (invitation, account) -> account != null && account.id() == principal.userId() ? account : null);
    }

    private Outcome accept(String token, BiFunction<Invitation, @Nullable Account, @Nullable Account> who) {
        Optional<Invitation> found = tx.execute(s -> invitations.findByTokenHash(SecretTokens.sha256(token)));
        if (found.isEmpty() || found.get().state(Instant.now()) != Invitation.State.OPEN) {
            return Outcome.GONE;
        }
        TenantInfo tenant = tenants.byId(found.get().tenantId()).orElseThrow(() -> new NotFoundException("tenant"));
        return TenantContext.callAs(
                tenant,
                () -> tx.execute(status -> {
                    // re-read inside the tenant's transaction; @Version makes a concurrent second use fail
                    Invitation invitation =
                            invitations.findById(found.get().id()).orElseThrow();
                    if (invitation.state(Instant.now()) != Invitation.State.OPEN) {
                        return Outcome.GONE;
                    }
                    Account account = who.apply(
                            invitation, accounts.findByEmail(invitation.email()).orElse(null));
                    if (account == null) {
                        status.setRollbackOnly();
                        return Outcome.NEEDS_PASSWORD;
                    }
                    Membership membership = memberships
                            .findByUserIdAndRole(account.id(), invitation.role())
                            .orElseGet(() -> memberships.save(new Membership(account.id(), invitation.role())));
                    membership.districtIds().addAll(invitation.districtIds());
                    membership.organisationIds().addAll(invitation.organisationIds());
                    invitation.accepted(Instant.now());
                    events.publishEvent(new InvitationAccepted(
                            tenant.id(),
                            account.id(),
                            account.email(),
                            account.displayName(),
                            invitation.role(),
                            invitation.isSelfIssued(),
                            invitation.consentVersion()));
                    audit.recordFor(
                            tenant.id(),
                            account.id(),
                            account.email(),
                            "invitation.accepted",
                            "invitation:" + invitation.id() + " " + invitation.role());
                    return Outcome.ACCEPTED;
                }));
    }
}
