package de.quartier.shared;

import java.util.Map;
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
}
