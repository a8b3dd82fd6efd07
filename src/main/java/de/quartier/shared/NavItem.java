package de.quartier.shared;

/** One entry of the main navigation; {@code labelKey} is a message key. */
public record NavItem(String href, String labelKey) {}
