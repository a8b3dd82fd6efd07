package de.quartier;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application against PostgreSQL (embedded, or the server in {@code SPRING_DATASOURCE_URL}) with the
 * Magdeburg demo. All such tests share one Spring context, so they must not depend on each other's data:
 * create what you change under names of your own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public @interface QuartierTest {}
