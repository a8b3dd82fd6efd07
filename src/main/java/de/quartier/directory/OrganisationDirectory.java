package de.quartier.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may know about the current tenant's directory organisations: their ids, names, districts and
 * addresses — for choosing a lead organisation of a measure, an event organiser or a course provider. Archived
 * organisations are left out of the choices but still resolve by id, so older records keep their names.
 */
@Service
public class OrganisationDirectory {

    /** An organisation as other modules see it. {@code address} is its first location's address, if any. */
    public record OrganisationRef(
            long id,
            UUID publicId,
            String name,
            OrganisationKind kind,
            boolean published,
            Set<Long> districtIds,
            @Nullable String address) {}

    private final OrganisationRepository organisations;

    OrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** Organisations that are not archived (published or awaiting review), by name. */
    @Transactional(readOnly = true)
    public List<OrganisationRef> choices() {
        return organisations.findAll().stream()
                .filter(o -> o.status() != EntryStatus.ARCHIVED)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .map(OrganisationDirectory::ref)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationRef> find(long id) {
        return organisations.findById(id).map(OrganisationDirectory::ref);
    }

    @Transactional(readOnly = true)
    public List<OrganisationRef> find(Collection<Long> ids) {
        return organisations.findByIdInOrderByNameAsc(ids).stream()
                .map(OrganisationDirectory::ref)
                .toList();
    }

    /** Link to the public organisation page (only meaningful when {@code published}). */
    public static String pagePath(String tenantSlug, OrganisationRef organisation) {
        return "/" + tenantSlug + "/organisationen/" + organisation.publicId();
    }

    private static OrganisationRef ref(Organisation o) {
        String address =
                o.locations().stream().findFirst().map(Location::address).orElse(null);
        return new OrganisationRef(
                o.id(),
                o.publicId(),
                o.name(),
                o.kind(),
                o.status() == EntryStatus.PUBLISHED,
                Set.copyOf(o.districtIds()),
                address);
    }
}
