/**
 * Matching: volunteers (Ehrenamtliche) with languages, availability, safeguarding record and capacity; newcomers
 * (Neuzugewanderte) with consent per purpose; shelters (Gemeinschaftsunterkünfte); public requests for a mentor;
 * matching runs with explained suggestions; mentorships (Patenschaften) and their lifecycle, reminders, privacy
 * (audit of every read, export, erasure, retention) and aggregate statistics.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "districts"})
@NullMarked
package de.quartier.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
