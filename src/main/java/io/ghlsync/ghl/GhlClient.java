package io.ghlsync.ghl;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ratelimit.Backoff;
import io.ghlsync.ratelimit.RateBudget;
import io.ghlsync.ratelimit.RateLimitProperties;
import io.ghlsync.ratelimit.RateLimitReport;

/**
 * Runs one {@link GhlCall} to completion: scope check, pacing, token, retries, metrics.
 *
 * <ul>
 * <li>Scope: a token without the operation's scope fails before anything is sent.</li>
 * <li>Pacing: every request waits for the location's {@link RateBudget}; every answer's
 *     {@code X-RateLimit-*} headers go back to it.</li>
 * <li>401: the token is refreshed (or replaced by one another caller refreshed) and the request
 *     replayed once; a second 401 is an error.</li>
 * <li>429: counted, logged at WARN, and retried after the longer of our {@link Backoff}, the
 *     {@code Retry-After} header and {@code X-RateLimit-Interval-Milliseconds} (HighLevel's SDK policy,
 *     docs/api-research.md "Update 2026-11-24"); the whole location holds off meanwhile. With
 *     {@code X-RateLimit-Daily-Remaining: 0} it fails at once: retrying cannot succeed today.</li>
 * <li>5xx, timeouts, malformed answers: retried with {@link Backoff} when the operation is
 *     {@link Operation#retrySafe() retry-safe}; a request that never reached HighLevel (connection
 *     refused or not made in time) is retried for every operation.</li>
 * </ul>
 * After the last attempt the typed error says how many attempts were made, for the dead-letter store.
 */
@Component
@ConditionalOnSync
class GhlClient {

    private static final Logger log = LoggerFactory.getLogger(GhlClient.class);

    private final GhlHttp http;
    private final TokenSource tokens;
    private final RateBudget budget;
    private final GhlMetrics metrics;
    private final ObjectMapper mapper;
    private final Backoff backoff;
    private final Duration maxWait;
    private final Clock clock = Clock.systemUTC();

    GhlClient(GhlHttp http, TokenSource tokens, RateBudget budget, GhlMetrics metrics, ObjectMapper mapper,
            RateLimitProperties rateLimits) {
        this.http = http;
        this.tokens = tokens;
        this.budget = budget;
        this.metrics = metrics;
        this.mapper = mapper;
        this.backoff = rateLimits.backoff();
        this.maxWait = rateLimits.maxWait();
    }

    JsonNode execute(GhlCall call) {
        Attempts attempts = new Attempts(call);
        attempts.token = checkedToken(call, tokens.token(call.locationId()));
        try {
            while (true) {
                Optional<JsonNode> result = attempts.next();
                if (result.isPresent()) {
                    return result.get();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GhlUnavailableException(call.operation().name(), call.locationId(), attempts.count, e);
        }
    }

    private AccessToken checkedToken(GhlCall call, AccessToken token) {
        String scope = call.operation().requiredScope().value();
        if (!token.grants(scope)) {
            throw new ScopeMissingException(call.operation().name(), call.locationId(), scope, token.scopes());
        }
        return token;
    }

    /** The attempts of one call; {@link #next()} makes one and says whether the call is done. */
    private final class Attempts {
        private final GhlCall call;
        private final Operation operation;
        private final String location;
        private AccessToken token;
        private int count;
        private boolean replayedAfterRefresh;

        Attempts(GhlCall call) {
            this.call = call;
            this.operation = call.operation();
            this.location = call.locationId();
        }

        Optional<JsonNode> next() throws InterruptedException {
            budget.acquire(location);
            count++;
            GhlAnswer answer;
            try {
                answer = http.send(call, token);
            } catch (IOException e) {
                metrics.called(operation, location, e instanceof HttpTimeoutException ? "timeout" : "io-error");
                boolean neverSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
                if (!(neverSent || operation.retrySafe()) || !backoff.allowsRetryAfter(count)) {
                    throw new GhlUnavailableException(operation.name(), location, count, e);
                }
                pause(backoff.delayAfter(count));
                return Optional.empty();
            }
            metrics.called(operation, location, String.valueOf(answer.status()));
            RateLimitReport report = answer.rateLimitReport();
            budget.observe(location, report);
            if (answer.success()) {
                return parsed(answer);
            }
            if (answer.status() == 401 && token.refreshable() && !replayedAfterRefresh) {
                replayedAfterRefresh = true;
                token = checkedToken(call, tokens.afterRejection(location, token).orElseThrow(() -> apiError(answer)));
                count--; // the replay with a fresh token is not a retry
                return Optional.empty();
            }
            if (answer.status() == 429) {
                rateLimited(answer, report);
                return Optional.empty();
            }
            if (answer.status() >= 500 && operation.retrySafe() && backoff.allowsRetryAfter(count)) {
                Duration wait = backoff.delayAfter(count, retryAfter(answer));
                if (wait.compareTo(maxWait) <= 0) {
                    pause(wait);
                    return Optional.empty();
                }
            }
            throw apiError(answer);
        }

        private Optional<JsonNode> parsed(GhlAnswer answer) throws InterruptedException {
            try {
                return Optional.of(answer.json(mapper));
            } catch (GhlAnswer.MalformedBody malformed) {
                if (!operation.retrySafe() || !backoff.allowsRetryAfter(count)) {
                    throw new MalformedResponseException(operation.name(), location, answer.status(),
                            malformed.getMessage() + (operation.retrySafe() ? "" : "; not repeated, the first request may have been carried out"),
                            count);
                }
                pause(backoff.delayAfter(count));
                return Optional.empty();
            }
        }

        private void rateLimited(GhlAnswer answer, RateLimitReport report) {
            metrics.rateLimited(operation, location);
            if (report.dailyBudgetSpent()) {
                log.warn("HighLevel answered 429 to {} for location {}: the daily budget is spent, not retrying",
                        operation.name(), location);
                throw RateLimitExhaustedException.dailyBudgetSpent(operation.name(), location, count);
            }
            Duration wait = backoff.delayAfter(count, longest(retryAfter(answer), report.interval()));
            boolean retry = backoff.allowsRetryAfter(count) && wait.compareTo(maxWait) <= 0;
            log.warn("HighLevel answered 429 to {} for location {} (attempt {} of {}){}", operation.name(), location,
                    count, backoff.maxAttempts(), retry ? ", next attempt in " + wait.toMillis() + " ms" : ", giving up");
            if (!backoff.allowsRetryAfter(count)) {
                throw RateLimitExhaustedException.retriesSpent(operation.name(), location, count);
            }
            if (wait.compareTo(maxWait) > 0) {
                throw RateLimitExhaustedException.waitTooLong(operation.name(), location, count, wait);
            }
            budget.holdOff(location, wait);
        }

        private GhlApiException apiError(GhlAnswer answer) {
            return new GhlApiException(operation.name(), location, answer.status(), answer.errorMessages(mapper), count);
        }
    }

    private Optional<Duration> retryAfter(GhlAnswer answer) {
        return Backoff.parseRetryAfter(answer.header("Retry-After").orElse(null), clock);
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(other -> other.compareTo(a.get()) > 0).or(() -> a);
    }

    private static void pause(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
    }
}
