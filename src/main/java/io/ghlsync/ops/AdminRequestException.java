package io.ghlsync.ops;

import org.springframework.http.HttpStatus;

/** An admin API request that cannot be served as asked; answered as {@code {"status","error","message"}}. */
public class AdminRequestException extends RuntimeException {

    private final HttpStatus status;

    public AdminRequestException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** 400 naming the parameter and what is wrong with it. */
    public static AdminRequestException badParameter(String name, String problem) {
        return new AdminRequestException(HttpStatus.BAD_REQUEST, "parameter '" + name + "' " + problem);
    }

    public static AdminRequestException notFound(String message) {
        return new AdminRequestException(HttpStatus.NOT_FOUND, message);
    }

    public static AdminRequestException conflict(String message) {
        return new AdminRequestException(HttpStatus.CONFLICT, message);
    }

    HttpStatus status() {
        return status;
    }

    /**
     * An optional whole-number parameter within bounds.
     *
     * @throws AdminRequestException (400) naming the parameter when it is not a number or out of bounds
     */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as for a number out of bounds
        }
        throw badParameter(name, "must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }
}
