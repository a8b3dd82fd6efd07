package de.quartier.directory;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import de.quartier.shared.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Without the {@code bench} profile there is no benchmark generator and no re-index endpoint. */
@QuartierTest
class LargeTenantGeneratorAbsentTest {

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theGeneratorAndItsEndpointExistOnlyInTheBenchProfile() throws Exception {
        assertThat(context.getBeanNamesForType(LargeTenantGenerator.class)).isEmpty();
        assertThat(context.getBeanNamesForType(BenchReindex.class)).isEmpty();
        var response = new Http(port).login("operator@quartier.example").get("/betrieb/bench/reindex");
        assertThat(response.statusCode()).isEqualTo(404);
    }
}
