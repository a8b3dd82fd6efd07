package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutFilterTest {

    private final Instant signedIn = Instant.parse("2026-11-23T08:00:00Z");

    private MockHttpServletResponse run(Instant now, MockHttpSession session, MockFilterChain chain) throws Exception {
        var filter = new AbsoluteSessionTimeoutFilter(Duration.ofHours(12), Clock.fixed(now, ZoneOffset.UTC));
        var request = new MockHttpServletRequest("GET", "/konto");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void aSessionYoungerThanTwelveHoursGoesOn() throws Exception {
        var session = new MockHttpSession();
        session.setAttribute(SignIn.SIGNED_IN_AT, signedIn);
        var chain = new MockFilterChain();
        run(signedIn.plus(Duration.ofHours(11).plusMinutes(59)), session, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsAndGoesToLogin() throws Exception {
        var session = new MockHttpSession();
        session.setAttribute(SignIn.SIGNED_IN_AT, signedIn);
        var chain = new MockFilterChain();
        var response = run(signedIn.plus(Duration.ofHours(12).plusSeconds(1)), session, chain);
        assertThat(chain.getRequest()).isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?abgelaufen");
    }

    @Test
    void anonymousSessionsAreLeftAlone() throws Exception {
        var session = new MockHttpSession();
        var chain = new MockFilterChain();
        run(signedIn.plus(Duration.ofDays(2)), session, chain);
        assertThat(chain.getRequest()).isNotNull();
    }
}
