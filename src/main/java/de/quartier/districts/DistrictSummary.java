package de.quartier.districts;

/** A district as other modules see it: to pick one, link to it or show its name. */
public record DistrictSummary(long id, String name, String slug) {}
