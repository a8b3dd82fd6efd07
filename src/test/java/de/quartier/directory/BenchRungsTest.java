package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The benchmark rungs exist only in the bench profile: not in tests, demo or production. */
@QuartierTest
class BenchRungsTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void benchRungsAreAbsentOutsideTheBenchProfile() throws Exception {
        assertThat(context.getBeansOfType(BenchRungs.class)).isEmpty();
        Http http = new Http(port);
        assertThat(http.get("/bench/floor").statusCode()).isEqualTo(404);
        assertThat(http.get("/bench/render").statusCode()).isEqualTo(404);
        assertThat(http.get("/magdeburg/bench-render").statusCode()).isEqualTo(404);
    }
}
