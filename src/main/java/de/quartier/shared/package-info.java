/**
 * Shared kernel: tenant resolution, embedded database, web plumbing (jte views, layout context, errors,
 * languages). No entities and no business rules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package de.quartier.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
