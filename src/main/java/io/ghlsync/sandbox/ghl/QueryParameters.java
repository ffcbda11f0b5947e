package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters checked like HighLevel's validation pipe: a 422 naming the parameter.
 */
final class QueryParameters {

    private QueryParameters() {
    }

    /** {@code locationId}, required by the list and lookup operations. */
    static String locationId(ApiRequest request) {
        return request.query("locationId").filter(value -> !value.isBlank())
                .orElseThrow(() -> GhlError.unprocessable(List.of("locationId should not be empty",
                        "locationId must be a string")));
    }

    /** An integer within bounds (HighLevel sends some of them as strings, e.g. {@code skip}, {@code limit}). */
    static int integer(ApiRequest request, String name, int fallback, int min, int max) {
        String text = request.query(name).orElse(null);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min) {
                throw GhlError.unprocessable(name + " must not be less than " + min);
            }
            if (value > max) {
                throw GhlError.unprocessable(name + " must not be greater than " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw GhlError.unprocessable(name + " must be a number conforming to the specified constraints");
        }
    }

    /** The deprecated list's parameters (docs/api-research.md §1.4): limit 1–100 (default 20). */
    static ContactListing.ListQuery listQuery(ApiRequest request) {
        String locationId = locationId(request);
        List<String> problems = new ArrayList<>();
        Long startAfter = null;
        String startAfterText = request.query("startAfter").orElse(null);
        if (startAfterText != null && !startAfterText.isBlank()) {
            try {
                startAfter = Long.parseLong(startAfterText.trim());
            } catch (NumberFormatException e) {
                problems.add("startAfter must be a number (epoch milliseconds)");
            }
        }
        if (!problems.isEmpty()) {
            throw GhlError.unprocessable(problems);
        }
        return new ContactListing.ListQuery(locationId, request.query("startAfterId").filter(id -> !id.isBlank()).orElse(null),
                startAfter, request.query("query").orElse(null), integer(request, "limit", 20, 1, 100));
    }
}
