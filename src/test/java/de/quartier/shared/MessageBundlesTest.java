package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * German first, English complete for every page; public texts in all seven languages. A key missing in a
 * language would silently show German, so the bundles are compared here.
 */
class MessageBundlesTest {

    static final Path DIR = Path.of("src/main/resources/messages");
    static final List<String> PUBLIC_LANGUAGES = List.of("ar", "uk", "fa", "ru", "tr");

    /** Keys shown on public pages (no login): they must exist in every public language. */
    static final List<String> PUBLIC_PREFIXES = List.of(
            "shared.",
            "accounts.index.",
            "accounts.tenantHome.",
            "accounts.login.",
            "accounts.legal.",
            "directory.search.",
            "directory.cost.",
            "directory.group.",
            "directory.access.",
            "directory.public.",
            "directory.guide.",
            "directory.status.",
            "directory.kind.",
            "directory.cooperation.",
            "directory.register.",
            "matching.request.",
            "matching.level.",
            "matching.help.",
            "matching.letter.",
            "matching.error.",
            "matching.public.",
            "events.public.",
            "events.kind.",
            "events.audience.",
            "planning.public.");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("[a-z]+\\.properties"))
                    .map(n -> n.substring(0, n.indexOf('.')))
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void englishHasExactlyTheGermanKeys(String bundle) throws IOException {
        Set<String> german = keys(bundle, "");
        Set<String> english = keys(bundle, "_en");
        assertThat(english).as("keys missing in %s_en", bundle).containsAll(german);
        assertThat(german).as("keys only in %s_en", bundle).containsAll(english);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void publicKeysExistInEveryPublicLanguage(String bundle) throws IOException {
        Set<String> german = keys(bundle, "");
        Set<String> publicKeys = new TreeSet<>();
        for (String key : german) {
            if (PUBLIC_PREFIXES.stream().anyMatch(key::startsWith)) {
                publicKeys.add(key);
            }
        }
        for (String language : PUBLIC_LANGUAGES) {
            Set<String> translated = keys(bundle, "_" + language);
            assertThat(translated)
                    .as("public keys missing in %s_%s", bundle, language)
                    .containsAll(publicKeys);
            assertThat(german)
                    .as("keys in %s_%s that German lacks", bundle, language)
                    .containsAll(translated);
        }
    }

    static Set<String> keys(String bundle, String suffix) throws IOException {
        Path file = DIR.resolve(bundle + suffix + ".properties");
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
