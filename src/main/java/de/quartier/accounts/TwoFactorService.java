package de.quartier.accounts;

import de.quartier.shared.TenantContext;
import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with an authenticator app (TOTP) and single-use recovery codes. The secret is stored once
 * the person has confirmed it with a code and is never shown again; recovery codes are shown once and stored as
 * SHA-256 hashes (80 random bits each, so a fast hash is enough).
 */
@Service
class TwoFactorService {

    static final String ISSUER = "Quartier";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    enum Change {
        DONE,
        WRONG_CODE,
        WRONG_PASSWORD,
        REQUIRED_BY_TENANT
    }

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final TenantRepository tenants;
    private final PasswordEncoder encoder;
    private final JdbcClient jdbc;
    private final TotpSecrets secrets;

    TwoFactorService(
            AccountRepository accounts,
            MembershipRepository memberships,
            TenantRepository tenants,
            PasswordEncoder encoder,
            JdbcClient jdbc,
            TotpSecrets secrets) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.tenants = tenants;
        this.encoder = encoder;
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    /** Whether a tenant in which the person has a staff role requires two factors of its staff. */
    boolean requiredFor(long userId) {
        return TenantContext.callAcrossTenants(() -> memberships.findByUserId(userId).stream()
                .filter(m -> m.role().isStaff())
                .map(Membership::tenantId)
                .distinct()
                .anyMatch(id ->
                        tenants.findById(id).map(Tenant::requireStaffTwoFactor).orElse(false)));
    }

    static String otpauthUri(String secret, String email) {
        String label =
                URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** The QR code of {@code text} as an SVG element: one path of dark modules on a white square. */
    static String qrSvg(String text, String label) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + border)
                            .append(',')
                            .append(y + border)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"q-qr\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\""
                + label.replace("\"", "&quot;").replace("<", "&lt;")
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }

    /** Turns two factors on if {@code code} fits the new secret; returns the fresh recovery codes. */
    @Transactional
    Optional<List<String>> enable(long userId, String secret, String code) {
        Account account = accounts.findById(userId).orElseThrow();
        if (account.twoFactorEnabled()) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(secret, code, Instant.now(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enableTwoFactor(secrets.seal(secret), Instant.now());
        accounts.save(account);
        jdbc.sql("update app_user set totp_last_step = ? where id = ?")
                .params(step.getAsLong(), userId)
                .update();
        return Optional.of(newRecoveryCodes(userId));
    }

    /**
     * Checks a code from the app or a recovery code and uses it up: an accepted app code and any earlier one can
     * never be used again, nor can a recovery code.
     */
    @Transactional
    boolean verify(long userId, String input) {
        Account account = accounts.findById(userId).orElseThrow();
        String stored = account.totpSecret();
        if (!account.twoFactorEnabled() || stored == null) {
            return false;
        }
        String secret = secrets.open(stored);
        String given = input.strip();
        if (given.replaceAll("\\s", "").matches("\\d+")) {
            long last = account.totpLastStep() == null ? Long.MIN_VALUE : account.totpLastStep();
            OptionalLong step = Totp.matchingStep(secret, given, Instant.now(), last);
            // the conditional update makes the replay check hold even for two requests at the same moment
            return step.isPresent()
                    && jdbc.sql("update app_user set totp_last_step = ? where id = ?"
                                            + " and (totp_last_step is null or totp_last_step < ?)")
                                    .params(step.getAsLong(), userId, step.getAsLong())
                                    .update()
                            == 1;
        }
        return jdbc.sql("update recovery_code set used_at = now() where user_id = ? and code_hash = ?"
                                + " and used_at is null")
                        .params(userId, hash(normalizeRecoveryCode(given)))
                        .update()
                == 1;
    }

    @Transactional
    Change disable(long userId, String password, String code) {
        Account account = accounts.findById(userId).orElseThrow();
        if (requiredFor(userId)) {
            return Change.REQUIRED_BY_TENANT;
        }
        if (account.passwordHash() == null || !encoder.matches(password, account.passwordHash())) {
            return Change.WRONG_PASSWORD;
        }
        if (!verify(userId, code)) {
            return Change.WRONG_CODE;
        }
        account.disableTwoFactor();
        accounts.save(account);
        jdbc.sql("update app_user set totp_last_step = null where id = ?")
                .param(userId)
                .update();
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        return Change.DONE;
    }

    /** New recovery codes replace all old ones, after a valid code proves the app is still at hand. */
    @Transactional
    Optional<List<String>> regenerateRecoveryCodes(long userId, String code) {
        if (!verify(userId, code)) {
            return Optional.empty();
        }
        return Optional.of(newRecoveryCodes(userId));
    }

    int remainingRecoveryCodes(long userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
                .param(userId)
                .query(Integer.class)
                .single();
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = newRecoveryCode();
            codes.add(code);
            jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, hash(normalizeRecoveryCode(code)))
                    .update();
        }
        return codes;
    }

    /** Four groups of four characters without look-alikes (0/o, 1/l/i): 16 × log2(31) ≈ 79 bits. */
    static String newRecoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    static String normalizeRecoveryCode(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
