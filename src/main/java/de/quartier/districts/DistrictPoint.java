package de.quartier.districts;

/** A district's centre point, for "near a district" searches of other modules. */
public record DistrictPoint(long id, String name, double lat, double lon) {}
