package de.quartier.accounts;

import de.quartier.shared.NotFoundException;
import de.quartier.shared.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who hold roles in the current tenant, and changes to their roles and district scope. Every change
 * is audited with the state before and after. Admins cannot take away their own admin role, so a tenant never
 * locks itself out by accident.
 */
@Service
class PeopleService {

    /** Roles an admin can give; operator is installation-wide and never part of a tenant. */
    static final List<Role> ASSIGNABLE =
            EnumSet.complementOf(EnumSet.of(Role.OPERATOR)).stream().toList();

    private final MembershipRepository memberships;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Access access;

    PeopleService(MembershipRepository memberships, AccountRepository accounts, AuditLog audit, Access access) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.audit = audit;
        this.access = access;
    }

    record Person(
            long userId,
            String email,
            String displayName,
            List<Role> roles,
            Set<Long> districtIds,
            Set<Long> organisationIds) {}

    /** A change that is not allowed; the message key says why. */
    static class Refused extends RuntimeException {
        Refused(String key) {
            super(key);
        }
    }

    @Transactional(readOnly = true)
    List<Person> all() {
        TenantContext.require();
        Map<Long, List<Membership>> byUser =
                memberships.findAll().stream().collect(Collectors.groupingBy(Membership::userId));
        List<Person> people = new ArrayList<>();
        accounts.findAllById(byUser.keySet()).forEach(a -> people.add(person(a, byUser.get(a.id()))));
        people.sort(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER));
        return people;
    }

    @Transactional(readOnly = true)
    Optional<Person> find(long userId) {
        TenantContext.require();
        List<Membership> roles = memberships.findByUserId(userId);
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        return accounts.findById(userId).map(a -> person(a, roles));
    }

    /** Sets exactly these roles (and this district scope for the district manager role). */
    @Transactional
    void change(long userId, Set<Role> roles, Set<Long> districtIds) {
        change(userId, roles, districtIds, null);
    }

    /** As above; organisation ids (when not null) become the scope of the organisation editor role. */
    @Transactional
    void change(
            long userId,
            Set<Role> roles,
            Set<Long> districtIds,
            @org.jspecify.annotations.Nullable Set<Long> organisationIds) {
        Person before = find(userId).orElseThrow(() -> new NotFoundException("person"));
        if (roles.isEmpty()) {
            throw new Refused("accounts.people.error.noRoles");
        }
        guardOwnAdminRole(userId, roles);
        List<Membership> current = memberships.findByUserId(userId);
        for (Membership m : current) {
            if (!roles.contains(m.role())) {
                memberships.delete(m);
            }
        }
        for (Role role : roles) {
            Membership m = current.stream()
                    .filter(c -> c.role() == role)
                    .findFirst()
                    .orElseGet(() -> memberships.save(new Membership(userId, role)));
            if (role == Role.DISTRICT_MANAGER) {
                m.districtIds().clear();
                m.districtIds().addAll(districtIds);
            }
            if (role == Role.ORGANISATION_EDITOR && organisationIds != null) {
                m.organisationIds().clear();
                m.organisationIds().addAll(organisationIds);
            }
        }
        recordChange(before, find(userId).orElseThrow());
    }

    @Transactional
    void remove(long userId, Role role) {
        Person before = find(userId).orElseThrow(() -> new NotFoundException("person"));
        Set<Role> remaining = EnumSet.noneOf(Role.class);
        remaining.addAll(before.roles());
        if (!remaining.remove(role)) {
            throw new NotFoundException("role");
        }
        guardOwnAdminRole(userId, remaining);
        memberships.findByUserIdAndRole(userId, role).ifPresent(memberships::delete);
        Person after = find(userId)
                .orElse(new Person(userId, before.email(), before.displayName(), List.of(), Set.of(), Set.of()));
        recordChange(before, after);
    }

    private void guardOwnAdminRole(long userId, Set<Role> rolesAfter) {
        boolean self = access.principal().map(p -> p.userId() == userId).orElse(false);
        boolean wasAdmin =
                memberships.findByUserIdAndRole(userId, Role.MUNICIPAL_ADMIN).isPresent();
        if (self && wasAdmin && !rolesAfter.contains(Role.MUNICIPAL_ADMIN)) {
            throw new Refused("accounts.people.error.ownAdminRole");
        }
    }

    private void recordChange(Person before, Person after) {
        audit.record(
                AuditLog.ROLE_CHANGED,
                "user:" + before.userId() + " " + before.email(),
                "before=" + describe(before) + "; after=" + describe(after));
    }

    private static String describe(Person p) {
        return p.roles()
                + (p.districtIds().isEmpty() ? "" : " districts=" + new TreeSet<>(p.districtIds()))
                + (p.organisationIds().isEmpty() ? "" : " organisations=" + new TreeSet<>(p.organisationIds()));
    }

    private static Person person(Account account, List<Membership> roles) {
        List<Role> sorted = roles.stream().map(Membership::role).sorted().toList();
        Set<Long> districts = roles.stream()
                .filter(m -> m.role() == Role.DISTRICT_MANAGER)
                .flatMap(m -> m.districtIds().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<Long> organisations = roles.stream()
                .filter(m -> m.role() == Role.ORGANISATION_EDITOR)
                .flatMap(m -> m.organisationIds().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        return new Person(account.id(), account.email(), account.displayName(), sorted, districts, organisations);
    }
}
