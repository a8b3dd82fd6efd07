package de.quartier.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least 12 characters, at most 128, not on the bundled list of common
 * passwords (also not with digits or symbols stuck on the end), and not the e-mail address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** The message key of the first rule the password breaks, or empty if it is acceptable. */
    public Optional<String> problem(String password, String email) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("accounts.password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("accounts.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        if (common.contains(lower)
                || common.contains(stem)
                || lower.chars().distinct().count() < 4) {
            return Optional.of("accounts.password.common");
        }
        String local = email.toLowerCase(Locale.ROOT).split("@")[0];
        if (local.length() >= 4 && lower.contains(local)) {
            return Optional.of("accounts.password.containsEmail");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("accounts/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
