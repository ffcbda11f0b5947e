package io.ghlsync.sandbox.ghl;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.sandbox.ConditionalOnSimulators;

/**
 * The simulator's control API under {@code /sandbox/ghl/_sim} (a prefix no HighLevel path has):
 * reset and reseed, rate limits, faults, OAuth lifetimes, webhook settings, and the request, webhook
 * and custom-field listings. JSON in and out; documented with curl examples in docs/sandbox.md.
 */
@RestController
@ConditionalOnSimulators
@RequestMapping(RequestPipeline.PREFIX + "/_sim")
class GhlSimulatorControlController {

    /** Rate limits as JSON: the interval in milliseconds. Unset fields keep their value. */
    record RateLimits(Integer burst, Long intervalMillis, Long daily) {

        static RateLimits of(RateLimitSettings settings) {
            return new RateLimits(settings.burst(), settings.interval().toMillis(), settings.daily());
        }
    }

    /** What to reseed with; unset fields take the configured values. */
    record Reset(Integer seedContacts, Long seed) {
    }

    /** OAuth lifetimes in seconds. */
    record OAuthSettings(String clientId, Long accessTokenLifetimeSeconds) {
    }

    private final GhlSimulator simulator;

    GhlSimulatorControlController(GhlSimulator simulator) {
        this.simulator = simulator;
    }

    @GetMapping
    Map<String, Object> overview() {
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("baseUrl", simulator.baseUrl());
        overview.put("locationId", simulator.locationId());
        overview.put("contacts", simulator.contactCount(simulator.locationId()));
        overview.put("rateLimits", RateLimits.of(simulator.rateLimits()));
        overview.put("faults", simulator.faults());
        overview.put("oauth", oauth());
        overview.put("webhooks", simulator.webhookSettings());
        overview.put("lastRequestSequence", simulator.lastRequestSequence());
        overview.put("lastWebhookSequence", simulator.lastWebhookSequence());
        return overview;
    }

    @PostMapping("/reset")
    Map<String, Object> reset(@RequestBody(required = false) Reset reset) {
        simulator.reset(reset == null ? null : reset.seedContacts(), reset == null ? null : reset.seed());
        return overview();
    }

    @GetMapping("/rate-limits")
    RateLimits rateLimits() {
        return RateLimits.of(simulator.rateLimits());
    }

    @PutMapping("/rate-limits")
    RateLimits rateLimits(@RequestBody RateLimits change) {
        RateLimitSettings current = simulator.rateLimits();
        simulator.rateLimits(new RateLimitSettings(
                change.burst() != null ? change.burst() : current.burst(),
                change.intervalMillis() != null ? Duration.ofMillis(change.intervalMillis()) : current.interval(),
                change.daily() != null ? change.daily() : current.daily()));
        return rateLimits();
    }

    @PostMapping("/rate-limits/reset-budgets")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetBudgets() {
        simulator.resetRateLimitBudgets();
    }

    @GetMapping("/faults")
    List<ActiveFault> faults() {
        return simulator.faults();
    }

    @PostMapping("/faults")
    @ResponseStatus(HttpStatus.CREATED)
    ActiveFault injectFault(@RequestBody FaultSpec fault) {
        return simulator.injectFault(fault);
    }

    @DeleteMapping("/faults")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearFaults() {
        simulator.clearFaults();
    }

    @DeleteMapping("/faults/{id}")
    ResponseEntity<Void> removeFault(@PathVariable String id) {
        return simulator.removeFault(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @GetMapping("/oauth")
    OAuthSettings oauth() {
        return new OAuthSettings(simulator.clientId(), simulator.accessTokenLifetime().toSeconds());
    }

    @PutMapping("/oauth")
    OAuthSettings oauth(@RequestBody OAuthSettings change) {
        if (change.accessTokenLifetimeSeconds() != null) {
            simulator.accessTokenLifetime(Duration.ofSeconds(change.accessTokenLifetimeSeconds()));
        }
        return oauth();
    }

    @PostMapping("/oauth/expire-access-tokens")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void expireAccessTokens() {
        simulator.expireAccessTokens();
    }

    @PostMapping("/oauth/revoke")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeTokens() {
        simulator.revokeTokens();
    }

    @GetMapping("/webhooks/settings")
    WebhookSettings webhookSettings() {
        return simulator.webhookSettings();
    }

    @PutMapping("/webhooks/settings")
    WebhookSettings webhookSettings(@RequestBody WebhookSettings change) {
        return simulator.webhooks(change);
    }

    @GetMapping("/webhooks")
    Map<String, Object> webhooks(@RequestParam(defaultValue = "0") long since) {
        return Map.of("deliveries", simulator.webhookDeliveries(since), "lastSequence", simulator.lastWebhookSequence());
    }

    @GetMapping("/requests")
    Map<String, Object> requests(@RequestParam(defaultValue = "0") long since) {
        return Map.of("requests", simulator.requests(since), "lastSequence", simulator.lastRequestSequence());
    }

    @GetMapping("/custom-fields")
    Map<String, Object> customFields(@RequestParam(required = false) String locationId) {
        String location = locationId != null ? locationId : simulator.locationId();
        return Map.of("locationId", location, "customFields", simulator.customFields(location));
    }

    @GetMapping("/locations/{locationId}/contacts")
    Map<String, Object> contacts(@PathVariable String locationId) {
        return Map.of("locationId", locationId, "contacts", simulator.contacts(locationId));
    }
}
