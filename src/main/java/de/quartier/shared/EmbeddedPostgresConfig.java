package de.quartier.shared;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts an embedded PostgreSQL 15 when no {@code spring.datasource.url} is configured. The application keeps
 * its data in {@code quartier.embedded-db.dir} (default {@code ./data/postgres}) so it survives restarts;
 * tests set the directory to a fresh temporary one. One server per JVM, shared by all Spring contexts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);
    private static EmbeddedPostgres server;

    @Bean
    DataSource dataSource(Environment env) {
        EmbeddedPostgres pg = start(env);
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(pg.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password("")
                .build();
    }

    static synchronized EmbeddedPostgres start(Environment env) {
        if (server != null) {
            return server;
        }
        String configured = env.getProperty("quartier.embedded-db.dir", "");
        try {
            Path dir = configured.isBlank()
                    ? Files.createTempDirectory("quartier-pg")
                    : Path.of(configured).toAbsolutePath();
            Files.createDirectories(dir);
            stopOrphanedPostmaster(dir);
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(configured.isBlank())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (!configured.isBlank()) {
                // zonky starts PostgreSQL for throw-away test data (-F: no fsync, asynchronous commit); data the
                // app keeps must survive a crash of the machine, so it gets PostgreSQL's durable defaults back
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresConfig::close, "embedded-pg-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start", e);
        }
    }

    private static synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster keeps running and holds the data directory. It has no
     * clients any more, so a normal shutdown request ends it; then the directory can be started again.
     */
    static void stopOrphanedPostmaster(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> postmaster = lines.isEmpty()
                ? Optional.empty()
                : ProcessHandle.of(Long.parseLong(lines.getFirst().trim()))
                        .filter(p -> p.info().command().orElse("").contains("postgres"));
        if (postmaster.isEmpty()) {
            return; // stale pid file; PostgreSQL removes it itself on start
        }
        log.warn(
                "Stopping orphaned embedded PostgreSQL (pid {}) left by an earlier run",
                postmaster.get().pid());
        postmaster.get().destroy(); // SIGTERM: smart shutdown, clean checkpoint
        try {
            postmaster.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }
}
