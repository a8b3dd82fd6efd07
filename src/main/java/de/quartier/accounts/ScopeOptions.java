package de.quartier.accounts;

import java.util.List;

/**
 * The districts of the current tenant that a role can be scoped to. Implemented by the districts module (which
 * depends on accounts, never the other way round); without such a bean the list is empty and invitations and
 * role changes offer no district choice.
 */
public interface ScopeOptions {

    /** The current tenant's districts, in display order. */
    List<Option> districts();

    /** The current tenant's organisations an organisation editor can be scoped to (the directory has them). */
    default List<Option> organisations() {
        return List.of();
    }

    record Option(long id, String name) {}
}
