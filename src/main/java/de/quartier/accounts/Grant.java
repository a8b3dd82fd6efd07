package de.quartier.accounts;

import java.io.Serializable;
import java.util.Set;

/** A role in a tenant with its scope, as held by the signed-in principal. */
public record Grant(long tenantId, Role role, Set<Long> districtIds, Set<Long> organisationIds)
        implements Serializable {}
