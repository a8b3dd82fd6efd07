package de.quartier.directory;

import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One weekly opening span: weekday 1 (Monday) to 7 (Sunday), from–to. */
@Embeddable
public record ScheduleSlot(int weekday, LocalTime opens, LocalTime closes) {}
