package io.ghlsync.sandbox.ghl;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * One request through the simulated API: admission ({@link CallAdmission}), injected faults, the
 * operation's handler, HighLevel's headers, and the request log. Delays (latency and timeout faults)
 * are served asynchronously, so a held request does not hold a server thread.
 */
@Component
@ConditionalOnSimulators
class RequestPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPipeline.class);

    static final String PREFIX = "/sandbox/ghl";
    /** Body of a MALFORMED_BODY fault: what a proxy in front of an API sends when the API is down. */
    private static final byte[] MALFORMED = ("<html><head><title>502 Bad Gateway</title></head>"
            + "<body><center><h1>502 Bad Gateway</h1></center></body></html>").getBytes(StandardCharsets.UTF_8);

    private final CallAdmission admission;
    private final FaultInjector faults;
    private final RequestLog log;
    private final ObjectMapper json;

    RequestPipeline(CallAdmission admission, FaultInjector faults, RequestLog log, ObjectMapper json) {
        this.admission = admission;
        this.faults = faults;
        this.log = log;
        this.json = json;
    }

    /** Handles a request routed to {@code operation} (null: no operation has this path). */
    ServerResponse handle(GhlOperation operation, ApiHandler handler, ServerRequest request) {
        String path = request.path().substring(PREFIX.length());
        Exchange exchange = new Exchange(RequestLog.arrived(request.method().name(), path), operation);
        if (operation == null) {
            return answer(exchange, GhlError.notFound("Cannot " + request.method().name() + " " + path));
        }
        ApiRequest call;
        try {
            call = admission.admit(exchange, request);
        } catch (GhlError error) {
            return answer(exchange, error);
        }
        FaultInjector.Decision decision = faults.decide(operation.operationName(), exchange.locationId);
        if (decision.any()) {
            exchange.fault = decision.applied().stream().map(Enum::name).collect(Collectors.joining(","));
        }
        if (decision.delayMillis() <= 0) {
            return respond(exchange, decision, handler, call);
        }
        CompletableFuture<ServerResponse> later = CompletableFuture.supplyAsync(
                () -> respond(exchange, decision, handler, call),
                CompletableFuture.delayedExecutor(decision.delayMillis(), TimeUnit.MILLISECONDS));
        return ServerResponse.async(later, Duration.ofMillis(decision.delayMillis()).plusMinutes(1));
    }

    private ServerResponse respond(Exchange exchange, FaultInjector.Decision decision, ApiHandler handler, ApiRequest call) {
        FaultSpec fault = decision.outcome();
        if (fault != null && fault.kind() == FaultKind.RATE_LIMIT) {
            return answer(exchange, GhlError.tooManyRequests(), fault.retryAfterSeconds());
        }
        if (fault != null && fault.kind() == FaultKind.SERVER_ERROR) {
            return answer(exchange, GhlError.serverError(fault.status()));
        }
        ApiAnswer answer;
        try {
            answer = handler.handle(call);
        } catch (GhlError error) {
            return answer(exchange, error);
        } catch (RuntimeException bug) {
            // Still answered in HighLevel's shape and logged, so a simulator bug shows as what it is.
            LOG.error("GHL simulator: {} failed", exchange.operation.operationName(), bug);
            return answer(exchange, GhlError.serverError(500));
        }
        byte[] body = bytes(answer.body());
        if (body != null && fault != null && fault.kind() == FaultKind.TRUNCATED_BODY) {
            body = Arrays.copyOf(body, Math.max(1, body.length / 2));
        } else if (fault != null && fault.kind() == FaultKind.MALFORMED_BODY) {
            body = MALFORMED;
        }
        ServerResponse.BodyBuilder builder = ServerResponse.status(answer.status());
        answer.headers().forEach(builder::header);
        return finish(exchange, builder, answer.status(), body);
    }

    private ServerResponse answer(Exchange exchange, GhlError error) {
        return answer(exchange, error, exchange.budget == null ? 0 : exchange.budget.retryAfterSeconds());
    }

    private ServerResponse answer(Exchange exchange, GhlError error, long retryAfterSeconds) {
        ServerResponse.BodyBuilder builder = ServerResponse.status(error.status());
        if (error.status() == 429) {
            builder.header("Retry-After", Long.toString(Math.max(retryAfterSeconds, 0)));
        }
        return finish(exchange, builder, error.status(), bytes(error.body()));
    }

    /** Adds the budget headers, logs the request, and writes the body. */
    private ServerResponse finish(Exchange exchange, ServerResponse.BodyBuilder builder, int status, byte[] body) {
        RateLimiter.Admission budget = exchange.budget;
        if (budget != null) {
            // Exact names: docs/api-research.md §1.7 and "Update 2026-11-24".
            builder.header("X-RateLimit-Max", Integer.toString(budget.settings().burst()))
                    .header("X-RateLimit-Interval-Milliseconds", Long.toString(budget.settings().interval().toMillis()))
                    .header("X-RateLimit-Remaining", Long.toString(budget.remaining()))
                    .header("X-RateLimit-Limit-Daily", Long.toString(budget.settings().daily()))
                    .header("X-RateLimit-Daily-Remaining", Long.toString(budget.dailyRemaining()));
        }
        log.record(exchange.arrival, exchange.operation, exchange.locationId, status, exchange.fault);
        return body == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private byte[] bytes(JsonNode body) {
        try {
            return body == null ? null : json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }
}
