package io.ghlsync.sandbox.simulation;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import io.ghlsync.sandbox.SimulatorAddress;
import io.ghlsync.sandbox.SimulatorStats;

/**
 * Everything that makes one simulator behave like a remote service, independent of its data:
 * its stats (for {@code GET /sandbox/stats}), credentials check and error shape, rate limit,
 * injected faults, request log and (for services that have them) webhooks. The request filter
 * applies it to every API request under {@code /sandbox/<name>/}; the control API under
 * {@code /sandbox/<name>/_sim/} and in-process tests steer it.
 */
public final class SimulatedService implements AutoCloseable {

    private final String name;
    private final SimulatorStats stats;
    private final SimulatedVendor vendor;
    private final RateLimitSettings configuredLimit;
    private final RateLimiter rateLimiter;
    private final Faults faults = new Faults();
    private final SequencedLog<RequestRecord> requests;
    private final WebhookEmitter webhooks;
    private final List<Runnable> resetHooks = new CopyOnWriteArrayList<>();

    /** {@code webhooks} may be null for a service that sends none (Push). */
    public SimulatedService(String name, SimulatorStats stats, SimulatedVendor vendor, RateLimitSettings rateLimit,
            int requestLogSize, WebhookEmitter webhooks) {
        this.name = name;
        this.stats = stats;
        this.vendor = vendor;
        this.configuredLimit = rateLimit;
        this.rateLimiter = new RateLimiter(rateLimit);
        this.requests = new SequencedLog<>(requestLogSize);
        this.webhooks = webhooks;
    }

    /**
     * A service that also sends webhooks, by default to this app's own {@code /webhooks/<name>}
     * (where the intake for that source listens), resolved per delivery because the port is known
     * only after start.
     */
    public static SimulatedService withWebhooks(String name, SimulatorStats stats, SimulatedVendor vendor,
            RateLimitSettings rateLimit, int requestLogSize, WebhookSettings webhooks, SimulatorAddress address) {
        WebhookEmitter emitter = new WebhookEmitter(name, webhooks, () -> address.ownBaseUrl() + "/webhooks/" + name,
                requestLogSize);
        return new SimulatedService(name, stats, vendor, rateLimit, requestLogSize, emitter);
    }

    public String name() {
        return name;
    }

    public SimulatorStats stats() {
        return stats;
    }

    public Faults faults() {
        return faults;
    }

    public RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The API requests served (control requests are not logged, nor counted in the stats). */
    public List<RequestRecord> requests(long since) {
        return requests.since(since, Integer.MAX_VALUE);
    }

    public Optional<WebhookEmitter> webhooks() {
        return Optional.ofNullable(webhooks);
    }

    /** Runs on {@link #reset()}, after the common state is cleared: the simulator forgets its data. */
    public void onReset(Runnable hook) {
        resetHooks.add(hook);
    }

    /**
     * Back to a freshly started simulator: data (through the hooks), faults, configured rate limit
     * and webhook settings, request and delivery logs, stats.
     */
    public void reset() {
        faults.clear();
        rateLimiter.configure(configuredLimit);
        requests.clear();
        stats.reset();
        if (webhooks != null) {
            webhooks.reset();
        }
        resetHooks.forEach(Runnable::run);
    }

    /** Stops webhook delivery threads (called by Spring when the context closes). */
    @Override
    public void close() {
        if (webhooks != null) {
            webhooks.close();
        }
    }

    SimulatedVendor vendor() {
        return vendor;
    }

    SequencedLog<RequestRecord> requestLog() {
        return requests;
    }
}
