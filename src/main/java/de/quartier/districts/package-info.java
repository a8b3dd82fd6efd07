/**
 * Districts and social monitoring: a tenant's social regions (Sozialregionen) and districts (Stadtteile),
 * indicator definitions and their values over time, CSV import, public district pages and the comparison.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts"})
@NullMarked
package de.quartier.districts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
