package io.ghlsync.sandbox.push;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.ghlsync.sandbox.simulation.SimulatedVendor;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * Push's credentials ({@code x-api-key}) and error shape {@code {"success": false, "message": …}}
 * (401 message "Invalid API key", as in the official push-cli tests; docs/api-research.md §2).
 */
final class PushVendor implements SimulatedVendor {

    private final String apiKey;

    PushVendor(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Optional<SimulatorRejection> authenticate(HttpServletRequest request) {
        return apiKey.equals(request.getHeader("x-api-key")) ? Optional.empty()
                : Optional.of(new SimulatorRejection(401, "Invalid API key"));
    }

    @Override
    public Object errorBody(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("message", message);
        return body;
    }
}
