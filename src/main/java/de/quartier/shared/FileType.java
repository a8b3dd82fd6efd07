package de.quartier.shared;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file uploads Quartier accepts, recognised by their first bytes (never by the file name or the
 * browser's content type, which the uploader controls). SVG and HTML are not among them: they can carry scripts.
 */
public enum FileType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    /** RIFF container with a WEBP form type at offset 8. */
    WEBP("image/webp", "webp", new byte[] {'R', 'I', 'F', 'F'}),
    /** Office Open XML (docx, pptx, xlsx) are zip files. */
    ZIP_OFFICE("application/octet-stream", "zip", new byte[] {'P', 'K', 0x03, 0x04});

    private static final byte[] WEBP_FORM = {'W', 'E', 'B', 'P'};

    private final String contentType;
    private final String extension;
    private final byte[] magic;

    FileType(String contentType, String extension, byte[] magic) {
        this.contentType = contentType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The type whose signature the content starts with, if any. */
    public static Optional<FileType> of(byte[] content) {
        for (FileType t : values()) {
            if (t.matches(content)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] content) {
        if (content.length < magic.length || !Arrays.equals(content, 0, magic.length, magic, 0, magic.length)) {
            return false;
        }
        return this != WEBP || (content.length >= 12 && Arrays.equals(content, 8, 12, WEBP_FORM, 0, 4));
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == WEBP;
    }

    /** The MIME type it is served with. */
    public String contentType() {
        return contentType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
