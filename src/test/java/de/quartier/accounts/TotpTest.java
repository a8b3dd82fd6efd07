package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    /** The SHA1 seed of RFC 6238, appendix B. */
    static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void rfc6238TestVectorsForSha1(long seconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SEED, step, 8)).isEqualTo(expected);
        // six digits are the last six of the eight
        assertThat(Totp.code(SEED, step, 6)).isEqualTo(expected.substring(2));
    }

    @Test
    void base32RoundTripAndKnownValue() {
        assertThat(Totp.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.base32Decode("GEZD GNBV-GY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(SEED);
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.base32Decode(secret))).isEqualTo(secret);
    }

    @Test
    void acceptsOneStepOfDriftEitherWayButNotTwo() {
        String secret = Totp.base32(SEED);
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now), now, Long.MIN_VALUE))
                .hasValue(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(30)), now, Long.MIN_VALUE))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(30)), now, Long.MIN_VALUE))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(60)), now, Long.MIN_VALUE))
                .isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(60)), now, Long.MIN_VALUE))
                .isEmpty();
    }

    @Test
    void aUsedCodeAndEarlierOnesAreRefused() {
        String secret = Totp.base32(SEED);
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        String code = Totp.code(secret, now);
        assertThat(Totp.matchingStep(secret, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.minusSeconds(30)), now, step - 1))
                .isEmpty();
        assertThat(Totp.matchingStep(secret, Totp.code(secret, now.plusSeconds(30)), now, step))
                .hasValue(step + 1);
    }

    @Test
    void rejectsMalformedInput() {
        String secret = Totp.base32(SEED);
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(secret, "", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(secret, "abcdef", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(secret, "2870821", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.matchingStep(secret, " 287 082 ", now, Long.MIN_VALUE)).isPresent();
    }

    @Test
    void otpauthUriAndQrCode() {
        String uri = TwoFactorService.otpauthUri("JBSWY3DPEHPK3PXP", "anna@example.org");
        assertThat(uri)
                .isEqualTo("otpauth://totp/Quartier%3Aanna%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=Quartier"
                        + "&algorithm=SHA1&digits=6&period=30");
        String svg = TwoFactorService.qrSvg(uri, "QR \"code\"");
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"")
                .contains("aria-label=\"QR &quot;code&quot;\"")
                .contains("<path d=\"M")
                .doesNotContain("style=")
                .doesNotContain("<script");
    }

    @Test
    void recoveryCodesAreLongRandomAndNormalised() {
        String code = TwoFactorService.newRecoveryCode();
        assertThat(code).matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}");
        assertThat(TwoFactorService.newRecoveryCode()).isNotEqualTo(code);
        assertThat(TwoFactorService.normalizeRecoveryCode(" " + code.toUpperCase() + " "))
                .isEqualTo(code.replace("-", ""));
        assertThat(TwoFactorService.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
