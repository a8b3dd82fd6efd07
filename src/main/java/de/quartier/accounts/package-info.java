/**
 * Accounts: tenants (municipalities), users and their roles per tenant, login with two factors, invitations,
 * personal access tokens, the audit log, outgoing mail and the security configuration.
 */
@ApplicationModule(allowedDependencies = "shared")
@NullMarked
package de.quartier.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
