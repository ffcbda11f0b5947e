package io.ghlsync.sandbox.simulation;

import java.time.Duration;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * The control API every target simulator shares, under {@code /sandbox/<name>/_sim/}: reset, the
 * request log, fault injection, the rate limit and webhook delivery (docs/targets.md lists them).
 * Never counted in the stats nor logged as API requests.
 */
@RestController
@SimulatedApi
@ConditionalOnSimulators
@RequestMapping("/sandbox/{name:pushpress|push|app}/_sim")
class SimulatorControlController {

    private final SimulatedServices services;

    SimulatorControlController(SimulatedServices services) {
        this.services = services;
    }

    record FaultRequest(String kind, Integer count, Integer status, Integer retryAfterSeconds, Long holdMillis) {
    }

    record LatencyRequest(Long millis) {
    }

    record RateLimitRequest(Integer requests, Long windowMillis) {
    }

    record WebhookRequest(String url, Boolean enabled) {
    }

    record RateLimitView(int requests, long windowMillis) {

        static RateLimitView of(RateLimitSettings settings) {
            return new RateLimitView(settings.requests(), settings.window().toMillis());
        }
    }

    record WebhookView(String url, boolean enabled) {
    }

    @PostMapping("/reset")
    Map<String, Object> reset(@PathVariable String name) {
        service(name).reset();
        return Map.of("reset", name);
    }

    @GetMapping("/requests")
    Map<String, Object> requests(@PathVariable String name, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit) {
        return service(name).requestLog().page("requests", since, limit);
    }

    @GetMapping("/faults")
    Map<String, Object> faults(@PathVariable String name) {
        return service(name).faults().describe();
    }

    @PostMapping("/faults")
    Map<String, Object> addFault(@PathVariable String name, @RequestBody FaultRequest request) {
        Faults faults = service(name).faults();
        faults.add(Fault.of(request.kind(), request.status(), request.retryAfterSeconds(), request.holdMillis()),
                request.count() == null ? 1 : request.count());
        return faults.describe();
    }

    @PutMapping("/faults/latency")
    Map<String, Object> latency(@PathVariable String name, @RequestBody LatencyRequest request) {
        Faults faults = service(name).faults();
        faults.latency(Duration.ofMillis(request.millis() == null ? 0 : request.millis()));
        return faults.describe();
    }

    @DeleteMapping("/faults")
    Map<String, Object> clearFaults(@PathVariable String name) {
        Faults faults = service(name).faults();
        faults.clear();
        return faults.describe();
    }

    @GetMapping("/rate-limit")
    RateLimitView rateLimit(@PathVariable String name) {
        return RateLimitView.of(service(name).rateLimiter().settings());
    }

    @PutMapping("/rate-limit")
    RateLimitView setRateLimit(@PathVariable String name, @RequestBody RateLimitRequest request) {
        if (request.requests() == null || request.requests() < 0) {
            throw new SimulatorRejection(400, "requests is required: 0 (no limit) or more");
        }
        long window = request.windowMillis() == null ? 1000 : request.windowMillis();
        if (window < 1) {
            throw new SimulatorRejection(400, "windowMillis must be at least 1");
        }
        RateLimitSettings settings = new RateLimitSettings(request.requests(), Duration.ofMillis(window));
        service(name).rateLimiter().configure(settings);
        return RateLimitView.of(settings);
    }

    @GetMapping("/webhooks")
    Map<String, Object> webhooks(@PathVariable String name, @RequestParam(defaultValue = "0") long since,
            @RequestParam(defaultValue = "1000") int limit) {
        return emitter(name).page(since, limit);
    }

    @PutMapping("/webhooks")
    WebhookView configureWebhooks(@PathVariable String name, @RequestBody WebhookRequest request) {
        WebhookEmitter emitter = emitter(name);
        emitter.configure(request.url(), request.enabled());
        return new WebhookView(emitter.url(), emitter.enabled());
    }

    private SimulatedService service(String name) {
        return services.named(name).orElseThrow(() -> new SimulatorRejection(404, "no simulator named " + name));
    }

    private WebhookEmitter emitter(String name) {
        return service(name).webhooks().orElseThrow(() -> new SimulatorRejection(404, name + " sends no webhooks"));
    }
}
