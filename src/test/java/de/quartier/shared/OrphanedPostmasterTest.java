package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After {@code kill -9} of the application the embedded postmaster keeps running and holds the data directory.
 * The next start must stop it and start again on the same data, with nothing lost.
 */
class OrphanedPostmasterTest {

    @TempDir
    Path dir;

    @Test
    void nextStartStopsTheOrphanedPostmasterAndKeepsTheData() throws Exception {
        // A separate JVM starts PostgreSQL on the directory, writes a row, and is then killed with SIGKILL.
        Process jvm = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StartAndWait.class.getName(),
                        dir.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(jvm.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // wait for the row to be written
            }
        }
        jvm.destroyForcibly().waitFor();
        long pid = Long.parseLong(
                Files.readAllLines(dir.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .as("postmaster outlives the killed JVM")
                .isTrue();

        EmbeddedPostgresConfig.stopOrphanedPostmaster(dir);

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
        try (EmbeddedPostgres second = EmbeddedPostgres.builder()
                        .setDataDirectory(dir)
                        .setCleanDataDirectory(false)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .start();
                Connection c = second.getPostgresDatabase().getConnection()) {
            var rs = c.createStatement().executeQuery("select v from kept");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    /** Runs in the child JVM. */
    public static final class StartAndWait {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    @Test
    void aStalePidFileWithoutProcessIsLeftToPostgres() throws Exception {
        Files.writeString(dir.resolve("postmaster.pid"), "999999999\n");
        EmbeddedPostgresConfig.stopOrphanedPostmaster(dir);
        assertThat(dir.resolve("postmaster.pid")).exists();
    }
}
