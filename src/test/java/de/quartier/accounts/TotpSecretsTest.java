package de.quartier.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class TotpSecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void withAKeySecretsAreStoredEncryptedAndReadBack() {
        TotpSecrets secrets = new TotpSecrets(KEY);
        String secret = Totp.newSecret();
        String stored = secrets.seal(secret);
        assertThat(stored).startsWith("v1:").doesNotContain(secret);
        assertThat(secrets.seal(secret)).as("fresh IV each time").isNotEqualTo(stored);
        assertThat(secrets.open(stored)).isEqualTo(secret);
    }

    @Test
    void withoutAKeySecretsStayAsTheyAreAndEncryptedOnesAreNotGuessed() {
        TotpSecrets plain = new TotpSecrets("");
        assertThat(plain.seal("JBSWY3DPEHPK3PXP")).isEqualTo("JBSWY3DPEHPK3PXP");
        assertThat(plain.open("JBSWY3DPEHPK3PXP")).isEqualTo("JBSWY3DPEHPK3PXP");
        String stored = new TotpSecrets(KEY).seal("JBSWY3DPEHPK3PXP");
        assertThatThrownBy(() -> plain.open(stored)).isInstanceOf(IllegalStateException.class);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThatThrownBy(() -> new TotpSecrets(Base64.getEncoder().encodeToString(other)).open(stored))
                .isInstanceOf(IllegalStateException.class);
    }
}
