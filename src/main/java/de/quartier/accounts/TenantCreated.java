package de.quartier.accounts;

/** A tenant was created; {@code demo} marks the demo municipality loaded into an empty database. */
public record TenantCreated(long tenantId, String slug, boolean demo) {}
