package io.ghlsync.ops;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * What the dead-letter store keeps of a failed exchange. Flows name the object through headers:
 * {@code locationId}, {@code objectType} and {@code objectId} (else {@code contactId} means a
 * contact), and {@code eventKey}. Only plain values travel on to a replay, never Camel's own headers
 * and never anything that looks like a credential.
 */
record FailedExchange(String flow, String endpoint, String locationId, String objectType, String objectId,
                      String eventKey, Object body, Map<String, Object> headers, String errorType,
                      String errorMessage, int attempts) {

    static FailedExchange of(Exchange exchange, Throwable error) {
        Map<String, Object> headers = replayableHeaders(exchange.getMessage().getHeaders());
        String objectType = text(headers.get("objectType"));
        String objectId = text(headers.get("objectId"));
        if (objectId == null && headers.get("contactId") != null) {
            objectType = objectType == null ? "contact" : objectType;
            objectId = text(headers.get("contactId"));
        }
        Integer attempts = exchange.getProperty(FlowErrorHandling.ATTEMPTS, Integer.class);
        return new FailedExchange(
                exchange.getFromRouteId() == null ? "unknown" : exchange.getFromRouteId(),
                exchange.getFromEndpoint() == null ? "unknown" : exchange.getFromEndpoint().getEndpointUri(),
                text(headers.get("locationId")), objectType, objectId, text(headers.get("eventKey")),
                exchange.getMessage().getBody(), headers,
                error == null ? "unknown" : error.getClass().getName(),
                error == null ? "failed without an exception" : String.valueOf(error.getMessage()),
                attempts == null ? 1 : attempts);
    }

    FailedExchange withAttempts(int count) {
        return new FailedExchange(flow, endpoint, locationId, objectType, objectId, eventKey, body, headers, errorType,
                errorMessage, count);
    }

    private static Map<String, Object> replayableHeaders(Map<String, Object> all) {
        Map<String, Object> kept = new LinkedHashMap<>();
        all.forEach((name, value) -> {
            if (replayable(name) && (value instanceof String || value instanceof Number || value instanceof Boolean)) {
                kept.put(name, value);
            }
        });
        return kept;
    }

    private static boolean replayable(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return !lower.startsWith("camel") && !lower.equals(DeadLetterStore.DEAD_LETTER_ID.toLowerCase(Locale.ROOT))
                && !lower.contains("authorization") && !lower.contains("token") && !lower.contains("secret")
                && !lower.contains("password") && !lower.contains("api-key") && !lower.contains("apikey");
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
