package io.ghlsync.sandbox.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.ghlsync.sandbox.simulation.SimulatedVendor;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/** The generic app's credential check and its error shape {@code {"error": <code>, "message": …}}. */
final class AppVendor implements SimulatedVendor {

    private final String header;
    private final String value;

    AppVendor(String header, String value) {
        this.header = header;
        this.value = value;
    }

    @Override
    public Optional<SimulatorRejection> authenticate(HttpServletRequest request) {
        String given = request.getHeader(header);
        if (given == null) {
            return Optional.of(new SimulatorRejection(401, "missing " + header + " header"));
        }
        return given.equals(value) ? Optional.empty() : Optional.of(new SimulatorRejection(401, "invalid credentials"));
    }

    @Override
    public Object errorBody(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", switch (status) {
            case 400 -> "validation_failed";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "server_error" : "bad_request";
        });
        body.put("message", message);
        return body;
    }
}
