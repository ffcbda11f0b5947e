package io.ghlsync.sandbox.ghl;

import java.time.Duration;
import java.util.Set;

/**
 * A fault to inject into the simulated API, from the control API ({@code POST /_sim/faults}) or
 * Java ({@link GhlSimulator#injectFault}). Unset fields take the defaults below.
 *
 * @param kind              what happens
 * @param count             how many requests it hits (null: every matching request until cleared)
 * @param status            for SERVER_ERROR: 500–599 (default 500); null for the other kinds
 * @param delayMillis       for LATENCY (default 500) and TIMEOUT (default 30,000); null for the others
 * @param operations        only these operations (e.g. {@code getContact}); empty: all
 * @param locationIds       only requests for these locations; empty: all
 * @param probability       chance that a matching request is hit, 0–1 (default 1)
 * @param retryAfterSeconds for RATE_LIMIT: the {@code Retry-After} sent (default 1); null for the others
 */
public record FaultSpec(FaultKind kind, Integer count, Integer status, Long delayMillis, Set<String> operations,
                        Set<String> locationIds, Double probability, Integer retryAfterSeconds) {

    public FaultSpec {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required: one of LATENCY, RATE_LIMIT, SERVER_ERROR, TIMEOUT, "
                    + "TRUNCATED_BODY, MALFORMED_BODY");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be at least 1 (leave it out for no limit)");
        }
        status = kind != FaultKind.SERVER_ERROR ? null : status != null ? status : 500;
        if (status != null && (status < 500 || status > 599)) {
            throw new IllegalArgumentException("status of a SERVER_ERROR must be 500-599, got " + status);
        }
        delayMillis = switch (kind) {
            case LATENCY -> delayMillis != null ? delayMillis : 500L;
            case TIMEOUT -> delayMillis != null ? delayMillis : 30_000L;
            default -> null;
        };
        if (delayMillis != null && delayMillis < 0) {
            throw new IllegalArgumentException("delayMillis must not be negative");
        }
        operations = operations == null ? Set.of() : Set.copyOf(operations);
        locationIds = locationIds == null ? Set.of() : Set.copyOf(locationIds);
        probability = probability != null ? probability : 1.0;
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1, got " + probability);
        }
        retryAfterSeconds = kind != FaultKind.RATE_LIMIT ? null : retryAfterSeconds != null ? retryAfterSeconds : 1;
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
    }

    public static FaultSpec latency(Duration delay) {
        return new FaultSpec(FaultKind.LATENCY, null, null, delay.toMillis(), null, null, null, null);
    }

    public static FaultSpec rateLimited(int count) {
        return new FaultSpec(FaultKind.RATE_LIMIT, count, null, null, null, null, null, null);
    }

    public static FaultSpec serverError(int status, int count) {
        return new FaultSpec(FaultKind.SERVER_ERROR, count, status, null, null, null, null, null);
    }

    public static FaultSpec timeout(Duration hold, int count) {
        return new FaultSpec(FaultKind.TIMEOUT, count, null, hold.toMillis(), null, null, null, null);
    }

    public static FaultSpec truncatedBody(int count) {
        return new FaultSpec(FaultKind.TRUNCATED_BODY, count, null, null, null, null, null, null);
    }

    public static FaultSpec malformedBody(int count) {
        return new FaultSpec(FaultKind.MALFORMED_BODY, count, null, null, null, null, null, null);
    }

    /** Only requests of these operations (lowerCamel operation names, e.g. {@code getContact}). */
    public FaultSpec onlyOperations(String... names) {
        return new FaultSpec(kind, count, status, delayMillis, Set.of(names), locationIds, probability, retryAfterSeconds);
    }

    /** Only requests for these locations. */
    public FaultSpec onlyLocations(String... ids) {
        return new FaultSpec(kind, count, status, delayMillis, operations, Set.of(ids), probability, retryAfterSeconds);
    }

    public FaultSpec withProbability(double chance) {
        return new FaultSpec(kind, count, status, delayMillis, operations, locationIds, chance, retryAfterSeconds);
    }

    public FaultSpec withRetryAfterSeconds(int seconds) {
        return new FaultSpec(kind, count, status, delayMillis, operations, locationIds, probability, seconds);
    }

    boolean matches(String operation, String locationId) {
        return (operations.isEmpty() || operations.contains(operation))
                && (locationIds.isEmpty() || locationIds.contains(locationId));
    }
}
