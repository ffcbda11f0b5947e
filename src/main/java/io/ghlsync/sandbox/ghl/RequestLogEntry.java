package io.ghlsync.sandbox.ghl;

/**
 * One request the simulated API received, as listed at {@code GET /sandbox/ghl/_sim/requests}.
 *
 * @param sequence   position in the log, in the order requests were answered; continue with {@code ?since=}
 * @param receivedAt when the request arrived (epoch ms, server clock): assert retry spacing on this
 * @param method     HTTP method
 * @param path       the path below {@code /sandbox/ghl}, e.g. {@code /contacts/abc}
 * @param operation  the operation name (e.g. {@code getContact}, {@code oauthToken}); null for an unknown path
 * @param locationId the location the request was for, when known
 * @param status     the status answered
 * @param durationMillis from arrival to answer, including injected delays
 * @param fault      the injected fault kinds that hit it, comma-separated; null when none
 */
public record RequestLogEntry(long sequence, long receivedAt, String method, String path, String operation,
                              String locationId, int status, long durationMillis, String fault) {
}
