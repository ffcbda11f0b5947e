package io.ghlsync.sandbox.simulation;

import java.time.Instant;

/**
 * One API request a simulator answered, as listed by {@code GET …/_sim/requests}.
 *
 * @param seq    position in the log
 * @param at     server time the request arrived (before any injected latency), for spacing checks
 * @param method HTTP method
 * @param path   full request path, e.g. {@code /sandbox/pushpress/v3/customers}
 * @param query  raw query string, or null
 * @param status the status answered
 * @param fault  what the simulator injected instead of serving it ({@code rate-limit}, {@code server-error},
 *               {@code timeout}, {@code rate-limited} by the budget), or null when served
 */
public record RequestRecord(long seq, Instant at, String method, String path, String query, int status, String fault) {
}
