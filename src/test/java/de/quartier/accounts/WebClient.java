package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client for tests: keeps cookies, follows no redirects, sends CSRF tokens from pages. */
final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http;
    private final int port;

    WebClient(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the CSRF token of the page at {@code csrfFrom}. */
    HttpResponse<String> post(String path, String csrfFrom, List<Map.Entry<String, String>> fields) throws Exception {
        String token = csrf(get(csrfFrom).body());
        String body = java.util.stream.Stream.concat(
                        fields.stream(), java.util.stream.Stream.of(Map.entry("_csrf", token)))
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpResponse<String> post(String path, String csrfFrom, Map<String, String> fields) throws Exception {
        return post(path, csrfFrom, List.copyOf(fields.entrySet()));
    }

    /** Signs in through the login form; fails unless the login is accepted. */
    WebClient login(String email, String password) throws Exception {
        var response = post("/login", "/login", Map.of("username", email, "password", password));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("page has a CSRF token").isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
