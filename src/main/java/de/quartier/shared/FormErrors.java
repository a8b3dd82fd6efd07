package de.quartier.shared;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;

/**
 * Field errors of a submitted form, localised, with the ARIA attributes that tie each message to its input:
 * {@code aria-invalid="true"} and {@code aria-describedby="<field>-error"}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(null, null, Locale.GERMAN);

    private final @Nullable Errors errors;
    private final @Nullable MessageSource messages;
    private final Locale locale;

    private FormErrors(@Nullable Errors errors, @Nullable MessageSource messages, Locale locale) {
        this.errors = errors;
        this.messages = messages;
        this.locale = locale;
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(Errors errors, MessageSource messages, Locale locale) {
        return new FormErrors(errors, messages, locale);
    }

    public boolean any() {
        return errors != null && errors.hasErrors();
    }

    public boolean has(String field) {
        return errors != null && errors.hasFieldErrors(field);
    }

    public @Nullable String message(String field) {
        if (errors == null || messages == null) {
            return null;
        }
        FieldError error = errors.getFieldError(field);
        return error == null ? null : messages.getMessage(error, locale);
    }

    /** One message for the error summary at the top of a form, linking to its field. */
    public record FieldMessage(String field, String message) {}

    /** Every field error, in form order, for the error summary (each links to its input). */
    public List<FieldMessage> fieldMessages() {
        if (errors == null || messages == null) {
            return List.of();
        }
        return errors.getFieldErrors().stream()
                .map(e -> new FieldMessage(e.getField(), messages.getMessage(e, locale)))
                .toList();
    }

    /** Messages not tied to one field (e.g. "the two passwords differ"). */
    public List<String> global() {
        if (errors == null || messages == null) {
            return List.of();
        }
        return errors.getGlobalErrors().stream()
                .map(e -> messages.getMessage(e, locale))
                .toList();
    }

    public @Nullable String ariaInvalid(String field) {
        return has(field) ? "true" : null;
    }

    public @Nullable String describedBy(String field) {
        return has(field) ? errorId(field) : null;
    }

    public static String errorId(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]", "-") + "-error";
    }
}
