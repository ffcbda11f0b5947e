package io.ghlsync.sandbox.pushpress;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import io.ghlsync.sandbox.simulation.SimulatedVendor;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * PushPress's credentials and error shape: {@code API-KEY} identifies the caller (401 when wrong),
 * {@code company-id} the gym it acts for (403 when the key has no access); errors are
 * {@code {"message": …}} (SDK error models, docs/api-research.md §3).
 */
final class PushPressVendor implements SimulatedVendor {

    private final PushPressSimulatorProperties properties;

    PushPressVendor(PushPressSimulatorProperties properties) {
        this.properties = properties;
    }

    @Override
    public Optional<SimulatorRejection> authenticate(HttpServletRequest request) {
        String key = request.getHeader("API-KEY");
        if (key == null || !key.equals(properties.apiKey())) {
            return Optional.of(new SimulatorRejection(401, key == null ? "Missing API-KEY header" : "Invalid API key"));
        }
        String company = request.getHeader("company-id");
        if (company == null || company.isBlank()) {
            return Optional.of(new SimulatorRejection(403, "Missing company-id header"));
        }
        if (!company.equals(properties.companyId())) {
            return Optional.of(new SimulatorRejection(403, "API key has no access to company '" + company + "'"));
        }
        return Optional.empty();
    }

    @Override
    public Object errorBody(int status, String message) {
        return Map.of("message", message);
    }
}
