package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Tenants from the URL, error pages, problem JSON, languages and secure headers, over real HTTP. */
@QuartierTest
class WebBasicsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void startPageListsTheDemoMunicipality() throws Exception {
        var response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("href=\"/magdeburg\"").contains("<html lang=\"de\" dir=\"ltr\">");
    }

    @Test
    void unknownTenantIsA404PageInTheLayoutWithoutStackTrace() throws Exception {
        var response = get("/gibtesnicht/stadtteile");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Seite nicht gefunden").doesNotContain("Exception");
    }

    @Test
    void apiErrorsAreProblemJson() throws Exception {
        var response = get("/api/v1/gibtesnicht/districts");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void languageFromUrlSetsHtmlLangDirectionAndSticks() throws Exception {
        var arabic = get("/magdeburg?lang=ar");
        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("انتقل إلى المحتوى");
        String cookie = arabic.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        assertThat(cookie).isEqualTo("quartier-lang=ar");

        var next = get("/magdeburg", "Cookie", cookie);
        assertThat(next.body()).contains("<html lang=\"ar\" dir=\"rtl\">");

        var persian = get("/magdeburg?lang=fa");
        assertThat(persian.body()).contains("<html lang=\"fa\" dir=\"rtl\">");
        var turkish = get("/magdeburg?lang=tr");
        assertThat(turkish.body()).contains("<html lang=\"tr\" dir=\"ltr\">").contains("İçeriğe geç");
    }

    @Test
    void unsupportedLanguageFallsBackToGerman() throws Exception {
        assertThat(get("/magdeburg?lang=xx").body()).contains("<html lang=\"de\"");
        assertThat(get("/magdeburg?lang=fr").body()).contains("<html lang=\"de\"");
    }

    @Test
    void secureHeadersOnEveryPage() throws Exception {
        var response = get("/magdeburg");
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void healthAndProbesAreUp() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void metricsNeedAnOperator() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isIn(302, 401, 403);
    }
}
