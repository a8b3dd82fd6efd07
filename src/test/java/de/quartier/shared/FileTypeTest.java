package de.quartier.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Uploads are recognised by their content, never by their name. */
class FileTypeTest {

    @Test
    void fileTypeComesFromTheContentNotTheName() {
        assertThat(FileType.of("%PDF-1.7 ...".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileType.PDF);
        assertThat(FileType.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileType.PNG);
        assertThat(FileType.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileType.JPEG);
        assertThat(FileType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains(FileType.WEBP);
        assertThat(FileType.of("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(FileType.of("MZ executable".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
        assertThat(FileType.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileType.of(new byte[0])).isEmpty();
    }

    @Test
    void onlyRasterPicturesAreImages() {
        assertThat(FileType.PNG.isImage()).isTrue();
        assertThat(FileType.WEBP.isImage()).isTrue();
        assertThat(FileType.PDF.isImage()).isFalse();
        assertThat(FileType.ZIP_OFFICE.isImage()).isFalse();
    }
}
