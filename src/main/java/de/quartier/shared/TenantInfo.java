package de.quartier.shared;

import java.time.ZoneId;
import java.util.Locale;

/** What the web layer needs to know about a tenant (a municipality or district office). */
public record TenantInfo(long id, String slug, String name, ZoneId zone, Locale defaultLocale) {}
