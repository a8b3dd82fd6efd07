/**
 * Integrated action concept (Integriertes Handlungskonzept): concepts per programme area in versions
 * (Fortschreibung), SWOT entries (Stärken/Schwächen/Chancen/Risiken), guiding and action goals (Leit-/Handlungsziele)
 * with indicators, measures (Maßnahmen) with financing plan, milestones and outputs, progress reports, goal
 * achievement, the annual report (Sachbericht) and the public view.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "districts", "directory"})
@NullMarked
package de.quartier.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
