/**
 * Language courses (Sprachkurse): courses at providers from the directory (integration, job-related and
 * volunteer-run courses), referrals of newcomers (Vermittlungen) with placement level, entitlement or obligation
 * (Berechtigung/Verpflichtung) and attendable times, waiting lists per kind and level with fair seat offers that
 * expire, and aggregate waiting times against the 6-week target.
 */
@ApplicationModule(allowedDependencies = {"shared", "accounts", "districts", "directory", "matching"})
@NullMarked
package de.quartier.courses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
