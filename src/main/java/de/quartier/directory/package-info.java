/**
 * Directory "Wer macht was": organisations (Träger, associations, authorities, …), their locations, offers
 * (Angebote) with opening hours, languages, target groups and action fields (Handlungsfelder), cooperations
 * between organisations, public search with facets and distance, the coverage view for network planning, and
 * Open Referral HSDS 3.0 export and import.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "districts"})
@NullMarked
package de.quartier.directory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
