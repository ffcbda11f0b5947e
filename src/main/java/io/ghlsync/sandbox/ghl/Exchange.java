package io.ghlsync.sandbox.ghl;

/**
 * What is known about one request while it passes the pipeline; whatever is known when it is answered
 * goes into the log entry and the headers (a 403 still carries the budget it spent).
 */
final class Exchange {

    final RequestLog.Arrival arrival;
    final GhlOperation operation;
    String locationId;
    RateLimiter.Admission budget;
    String fault;

    Exchange(RequestLog.Arrival arrival, GhlOperation operation) {
        this.arrival = arrival;
        this.operation = operation;
    }
}
