package io.ghlsync.sandbox.ghl;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.SandboxProperties;
import io.ghlsync.sandbox.SimulatorAddress;

/**
 * The HighLevel simulator, for tests and tools in the same process: everything the control API
 * ({@code /sandbox/ghl/_sim/…}, docs/sandbox.md) offers, as Java.
 */
@Component
@ConditionalOnSimulators
public class GhlSimulator implements InitializingBean {

    /** Which records a request-log or webhook-log read returns at most. */
    static final int MAX_ENTRIES = 10_000;

    private final SandboxProperties sandbox;
    private final GhlSimulatorProperties properties;
    private final SimulatorAddress address;
    private final GhlWorld world;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final OAuthServer oauth;
    private final WebhookPublisher webhooks;
    private final RequestLog requests;
    private final SimulatedUser user;
    /** Seeded dates are relative to the start of the day the simulator started, so reseeds repeat exactly. */
    private final Instant anchor = Instant.now().truncatedTo(ChronoUnit.DAYS);

    GhlSimulator(SandboxProperties sandbox, GhlSimulatorProperties properties, SimulatorAddress address, GhlWorld world,
                 RateLimiter rateLimiter, FaultInjector faults, OAuthServer oauth, WebhookPublisher webhooks,
                 RequestLog requests, ObjectMapper json, ContactService contacts, TaskService tasks, NoteService notes,
                 AppointmentService appointments) {
        this.sandbox = sandbox;
        this.properties = properties;
        this.address = address;
        this.world = world;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.oauth = oauth;
        this.webhooks = webhooks;
        this.requests = requests;
        this.user = new SimulatedUser(json, contacts, tasks, notes, appointments);
    }

    @Override
    public void afterPropertiesSet() {
        reseed(sandbox.seedContacts(), sandbox.seed());
    }

    /** The seeded location, {@code sandbox-location} unless configured. */
    public String locationId() {
        return sandbox.locationId();
    }

    /** The simulator's base URL, e.g. {@code http://127.0.0.1:8080/sandbox/ghl}. */
    public String baseUrl() {
        return address.simulator("ghl");
    }

    /** The OAuth client id the simulated marketplace app has. */
    public String clientId() {
        return properties.oauth().clientId();
    }

    /**
     * Back to the start: the seeded location reseeded from configuration, every other location gone,
     * faults cleared, and rate limits, token lifetimes and webhook settings as configured. The request
     * and webhook logs and issued tokens are kept.
     */
    public void reset() {
        reset(null, null);
    }

    /** {@link #reset()}, seeding {@code seedContacts} contacts from {@code seed} (null: as configured). */
    public void reset(Integer seedContacts, Long seed) {
        reseed(seedContacts != null ? seedContacts : sandbox.seedContacts(), seed != null ? seed : sandbox.seed());
        faults.clear();
        GhlSimulatorProperties.RateLimit limit = properties.rateLimit();
        rateLimiter.settings(new RateLimitSettings(limit.burst(), limit.interval(), limit.daily()));
        oauth.lifetimes(new OAuthServer.Lifetimes(properties.oauth().accessTokenLifetime(), properties.oauth().codeLifetime()));
        webhooks.update(new WebhookSettings(properties.webhooks().enabled(), "", properties.webhooks().maxAttempts()));
    }

    /** Forgets every location and seeds the sandbox location with {@code contacts} contacts from {@code seed}. */
    public void reseed(int contacts, long seed) {
        if (contacts < 0) {
            throw GhlError.unprocessable("seedContacts must not be less than 0");
        }
        world.clear();
        Seeder.seed(world.location(sandbox.locationId()), contacts, seed, anchor);
    }

    public int contactCount(String locationId) {
        return world.existingLocation(locationId).map(LocationData::size).orElse(0);
    }

    /** A contact in the API's full read shape, from any location. */
    public Optional<ObjectNode> contact(String contactId) {
        return world.locationOfContact(contactId).flatMap(location -> location.contact(contactId)).map(ContactJson::full);
    }

    /** A location's contacts in the full read shape, oldest first. */
    public List<ObjectNode> contacts(String locationId) {
        return world.existingLocation(locationId).stream().flatMap(location -> location.contacts().stream())
                .sorted(Comparator.comparing(LocationData.ListKey::of)).map(ContactJson::full).toList();
    }

    /** The location's custom-field catalog (every location has the same keys, each with its own ids). */
    public List<CustomFieldDefinition> customFields(String locationId) {
        return world.existingLocation(locationId).map(LocationData::catalog)
                .orElseGet(() -> CustomFieldCatalog.standard(locationId)).all();
    }

    public RateLimitSettings rateLimits() {
        return rateLimiter.settings();
    }

    /** New limits; every budget starts afresh. */
    public void rateLimits(RateLimitSettings settings) {
        rateLimiter.settings(settings);
    }

    /** Forgets what every caller has spent, keeping the limits. */
    public void resetRateLimitBudgets() {
        rateLimiter.resetBudgets();
    }

    public ActiveFault injectFault(FaultSpec fault) {
        return faults.add(fault);
    }

    public List<ActiveFault> faults() {
        return faults.list();
    }

    public boolean removeFault(String id) {
        return faults.remove(id);
    }

    public void clearFaults() {
        faults.clear();
    }

    public Duration accessTokenLifetime() {
        return oauth.lifetimes().accessToken();
    }

    /** Applies to tokens issued from now on. */
    public void accessTokenLifetime(Duration lifetime) {
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw GhlError.unprocessable("accessTokenLifetimeSeconds must be at least 1");
        }
        oauth.lifetimes(new OAuthServer.Lifetimes(lifetime, oauth.lifetimes().code()));
    }

    /** Every access token issued so far is expired from now on (their refresh tokens still work). */
    public void expireAccessTokens() {
        oauth.expireAccessTokens();
    }

    /** Every code, access token and refresh token is forgotten, as if the app were uninstalled. */
    public void revokeTokens() {
        oauth.revokeAll();
    }

    /** An authorization code as the consent page would give it, for {@code redirectUri}. */
    public String authorizationCode(Set<String> scopes, String redirectUri) {
        return oauth.issueCode(clientId(), redirectUri, scopes);
    }

    public WebhookSettings webhookSettings() {
        return webhooks.settings();
    }

    /** Changes the set fields ({@code url ""} goes back to the default target); answers the settings in force. */
    public WebhookSettings webhooks(WebhookSettings change) {
        return webhooks.update(change);
    }

    /** Webhooks published after {@code since} (a sequence number; 0 for all kept), oldest first. */
    public List<WebhookDelivery> webhookDeliveries(long since) {
        return webhooks.deliveries(since, MAX_ENTRIES);
    }

    public long lastWebhookSequence() {
        return webhooks.lastSequence();
    }

    /** API requests answered after {@code since} (a sequence number; 0 for all kept), in answer order. */
    public List<RequestLogEntry> requests(long since) {
        return requests.since(since, MAX_ENTRIES);
    }

    public long lastRequestSequence() {
        return requests.lastSequence();
    }

    /** Acting as a HighLevel user: changes with webhooks, outside the API's budget and log. */
    public SimulatedUser user() {
        return user;
    }
}
