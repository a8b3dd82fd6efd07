package de.quartier.shared;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** An API request that cannot be done, with a message for the caller and optional field errors. */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final Map<String, String> errors;

    public ApiProblem(HttpStatus status, String detail, Map<String, String> errors) {
        super(detail);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }

    public ApiProblem(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }

    public HttpStatus status() {
        return status;
    }

    public Map<String, String> errors() {
        return errors;
    }

    /**
     * The constant of {@code type} named by a request field (case-insensitive), null if the field is blank; an
     * unknown name adds "must be one of …" to {@code errors} under {@code field} and gives null.
     */
    public static <E extends Enum<E>> @Nullable E enumField(
            Class<E> type, @Nullable String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        E[] constants = type.getEnumConstants();
        for (E e : constants) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        errors.put(
                field,
                "must be one of " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }
}
