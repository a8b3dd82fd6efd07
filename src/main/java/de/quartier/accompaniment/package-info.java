/**
 * Everyday accompaniment (Alltagsbegleitung): social workers and coordinators post requests (authority visit,
 * doctor, school, job search, housing …) for a newcomer; suitable volunteers (language, weekly availability,
 * distance, capacity) see them and get a daily digest; the first to take a place gets it. Then confirmation,
 * done with hours and feedback, cancel, withdrawal, no-show and reassignment; retention and aggregate statistics.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "districts", "matching"})
@NullMarked
package de.quartier.accompaniment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
