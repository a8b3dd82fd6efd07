package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import de.quartier.QuartierTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every card on the administration start page opens for the person who sees it; cards lead to no 403. */
@QuartierTest
class AdminCardsTest {

    private static final Pattern CARD_LINK = Pattern.compile("kern-link--stretched\" href=\"(/magdeburg/[^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @CsvSource({
        "admin@magdeburg.example, /magdeburg/verwaltung/personen, /magdeburg/verwaltung/patenschaften",
        "qm.neustadt@magdeburg.example, /magdeburg/verwaltung/verzeichnis/abdeckung, /magdeburg/verwaltung/sprachkurse",
        "koordination@magdeburg.example, /magdeburg/verwaltung/patenschaften, /magdeburg/verwaltung/verzeichnis",
        "traeger@magdeburg.example, /magdeburg/verwaltung/verzeichnis, /magdeburg/verwaltung/verzeichnis/import",
        "sozialarbeit@magdeburg.example, /magdeburg/verwaltung/sprachkurse, /magdeburg/verwaltung/veranstaltungen",
        "jury@magdeburg.example, /magdeburg/verwaltung/stadtteile, /magdeburg/verwaltung/sprachkurse"
    })
    void everyCardShownOpens(String email, String shown, String hidden) {
        var web = new WebSession(port);
        web.login(email, de.quartier.shared.BrowserTest.DEMO_PASSWORD);
        var home = web.get("/magdeburg/verwaltung");
        assertThat(home.statusCode()).isEqualTo(200);

        List<String> cards = new ArrayList<>();
        CARD_LINK.matcher(home.body()).results().forEach(m -> cards.add(m.group(1)));
        assertThat(cards).contains(shown).doesNotContain(hidden);
        for (String card : cards) {
            assertThat(web.get(card).statusCode()).as(email + " opens " + card).isEqualTo(200);
        }
    }
}
