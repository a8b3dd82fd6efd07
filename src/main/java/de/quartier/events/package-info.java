/**
 * Events and conferences (Veranstaltungen): the public calendar with iCalendar and Atom feeds, event pages, the
 * programme of conferences, registrations with a waiting list and personal links, check-in, name badges, and the
 * documentation and review (Rückblick) after the event.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "districts", "directory"})
@NullMarked
package de.quartier.events;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
