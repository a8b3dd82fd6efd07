package de.quartier.shared;

/** What the layout shows of the signed-in person; the accounts module's principal implements it. */
public interface SignedInUser {

    String displayName();

    boolean isOperator();

    /** Whether the person has any staff role (not only volunteer) in the tenant, so sees its administration. */
    boolean isStaffIn(long tenantId);
}
