package io.ghlsync.sandbox.simulation;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * In front of every simulated API request: counts it, applies injected latency and faults, the
 * rate limit and the credentials check (in that order, each answered in the vendor's error shape),
 * lets the controller serve what remains, and logs the outcome with its arrival time.
 */
@Component
@ConditionalOnSimulators
class SimulatedServiceFilter extends OncePerRequestFilter {

    private final SimulatedServices services;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    SimulatedServiceFilter(SimulatedServices services, ObjectMapper json) {
        this.services = services;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/sandbox/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Optional<SimulatedService> found = services.forPath(path);
        if (found.isEmpty() || SimulatedServices.isControl(found.get(), path)) {
            chain.doFilter(request, response);
            return;
        }
        SimulatedService service = found.get();
        Instant arrived = clock.instant();
        service.stats().countRequest();
        // The answer is held back until the request is logged, so a client that reads the log right
        // after its answer always finds its own request there.
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        String fault = null;
        boolean answered = false;
        try {
            fault = serve(service, request, answer, chain);
            answered = true;
        } finally {
            // An exception escaping the handler becomes a 500 after this filter has returned.
            int status = answered ? answer.getStatus() : 500;
            String served = fault;
            service.requestLog().append(seq -> new RequestRecord(seq, arrived, request.getMethod(), path,
                    request.getQueryString(), status, served));
        }
        release(answer);
    }

    /** Serves the request or refuses it; answers the fault injected, or null when served or refused. */
    private String serve(SimulatedService service, HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        pause(service.faults().latencyMillis());
        Optional<Fault> fault = service.faults().take();
        if (fault.isPresent()) {
            inject(service, fault.get(), response);
            return fault.get().kind();
        }
        OptionalLong retryAfter = service.rateLimiter().tryAcquire();
        if (retryAfter.isPresent()) {
            tooManyRequests(service, response, retryAfter.getAsLong());
            return "rate-limited";
        }
        Optional<SimulatorRejection> refusal = service.vendor().authenticate(request);
        if (refusal.isPresent()) {
            write(service, response, refusal.get().status(), refusal.get().getMessage());
            return null;
        }
        chain.doFilter(request, response);
        return null;
    }

    private void inject(SimulatedService service, Fault fault, HttpServletResponse response) throws IOException {
        switch (fault.kind()) {
            case Fault.RATE_LIMIT -> tooManyRequests(service, response, fault.retryAfterSeconds());
            case Fault.TIMEOUT -> {
                pause(fault.holdMillis());
                write(service, response, fault.status(), "simulated timeout: held for " + fault.holdMillis() + " ms");
            }
            default -> write(service, response, fault.status(), "simulated server error");
        }
    }

    private void tooManyRequests(SimulatedService service, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        service.stats().countRateLimited();
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        write(service, response, 429, "Too many requests, retry after " + retryAfterSeconds + " s");
    }

    private void write(SimulatedService service, HttpServletResponse response, int status, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), service.vendor().errorBody(status, message));
    }

    private static void release(ContentCachingResponseWrapper answer) {
        try {
            answer.copyBodyToResponse();
        } catch (IOException clientGone) {
            // A client that timed out has closed the connection; its request is logged all the same.
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
