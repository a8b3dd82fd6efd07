package de.quartier.accounts;

import java.util.Locale;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Personal access tokens for API tests of any module, issued the way the token page issues them. */
public final class TestAccessTokens {

    private TestAccessTokens() {}

    /** A new token (no expiry) for the person with this e-mail address; the raw value to send as bearer. */
    public static String issue(ApplicationContext context, String email) {
        long userId = context.getBean(JdbcTemplate.class)
                .queryForObject("select id from app_user where email = ?", Long.class, email.toLowerCase(Locale.ROOT));
        return context.getBean(AccessTokenService.class)
                .create(userId, "test", null)
                .token();
    }
}
