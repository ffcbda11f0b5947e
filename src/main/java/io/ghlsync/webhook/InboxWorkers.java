package io.ghlsync.webhook;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.ghlsync.ConditionalOnSync;

/**
 * This instance's share of inbox processing. A claim loop runs every {@code ghlsync.inbox.poll-interval} (again at
 * once while there is more work than it took), claims as many groups as there are idle workers ({@link InboxClaims}),
 * and has each delivered by {@link InboxDelivery} on a worker thread; {@link InboxOutcomes} records the result.
 * Claims are renewed every third of the lease while deliveries run. Because nothing is held in memory that is not
 * also CLAIMED in the database, a crash loses nothing: the lease runs out and another instance (or this one,
 * restarted) takes the groups over.
 * <p>It starts once the application is ready, not as an auto-started lifecycle bean: Spring starts the lifecycle
 * beans an auto-started one depends on, and starting the CamelContext that early would skip Camel's own route
 * loading. Stopping (SIGTERM, context close) stops claiming, lets in-flight deliveries finish for up to
 * {@code ghlsync.inbox.shutdown-timeout}, then hands back whatever is still claimed. It runs after the web server
 * stopped taking requests and before Camel stops, whose routes the deliveries need.
 */
@Component
@ConditionalOnSync
class InboxWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxWorkers.class);
    /** MDC keys of a delivery: every log line of it, the flows' included, names the group and its events. */
    static final String MDC_SOURCE = "inboxSource";
    static final String MDC_GROUP = "inboxGroupKey";
    static final String MDC_EVENTS = "eventKeys";
    private static final int MDC_MAX_EVENT_KEYS = 10;

    private final InboxProperties properties;
    private final InboxClaims claims;
    private final InboxOutcomes outcomes;
    private final InboxHandlers handlers;
    private final CamelContext camel;
    private final ProducerTemplate producer;
    private final MeterRegistry metrics;
    private final ObjectReader json = new ObjectMapper().reader();
    private final String instance;
    private final Semaphore idle;
    private final Object claimLock = new Object();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean running;
    private ScheduledExecutorService timer;
    private ExecutorService workers;

    InboxWorkers(InboxProperties properties, InboxClaims claims, InboxOutcomes outcomes, InboxHandlers handlers,
                 CamelContext camel, ProducerTemplate producer, MeterRegistry metrics) {
        this.properties = properties;
        this.claims = claims;
        this.outcomes = outcomes;
        this.handlers = handlers;
        this.camel = camel;
        this.producer = producer;
        this.metrics = metrics;
        this.instance = InstanceName.resolve(properties.instanceId());
        this.idle = new Semaphore(properties.workers());
    }

    /** This instance's name in {@code claimed_by}. */
    String instance() {
        return instance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applicationReady() {
        start();
    }

    @Override
    public boolean isAutoStartup() {
        return false;
    }

    @Override
    public void start() {
        workers = Executors.newFixedThreadPool(properties.workers(), threads("inbox-worker-"));
        timer = Executors.newSingleThreadScheduledExecutor(threads("inbox-claims-"));
        running = true;
        long poll = properties.pollInterval().toMillis();
        long renew = Math.max(1, properties.lease().toMillis() / 3);
        timer.scheduleWithFixedDelay(this::claimRound, poll, poll, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(this::renewClaims, renew, renew, TimeUnit.MILLISECONDS);
        log.info("Inbox processing started as instance {} with {} workers", instance, properties.workers());
    }

    private void claimRound() {
        synchronized (claimLock) {
            if (!running || !camel.getStatus().isStarted()) {
                return;
            }
            try {
                Set<String> sources = handlers.sources();
                int free = idle.availablePermits();
                while (running && !sources.isEmpty() && free > 0) {
                    List<ClaimedGroup> groups = claims.claim(instance, sources, free);
                    groups.forEach(this::submit);
                    if (groups.size() < free) {
                        break; // nothing more is ready
                    }
                    free = idle.availablePermits();
                }
            } catch (DataAccessException e) {
                log.warn("Cannot claim inbox events right now, trying again in {}: {}", properties.pollInterval(),
                        e.getMessage());
            }
        }
    }

    private void submit(ClaimedGroup group) {
        idle.acquireUninterruptibly(); // never blocks: only this thread takes permits, and it claimed no more than free
        inFlight.incrementAndGet();
        workers.execute(() -> {
            try {
                deliver(group);
            } finally {
                inFlight.decrementAndGet();
                idle.release();
            }
        });
    }

    private void deliver(ClaimedGroup group) {
        try (MDC.MDCCloseable source = MDC.putCloseable(MDC_SOURCE, group.source());
             MDC.MDCCloseable key = MDC.putCloseable(MDC_GROUP, group.groupKey());
             MDC.MDCCloseable events = MDC.putCloseable(MDC_EVENTS, eventKeys(group))) {
            deliverCorrelated(group);
        }
    }

    /** The group's event keys (HighLevel webhookIds, delivery ids, poll keys), the first few of a large group. */
    private static String eventKeys(ClaimedGroup group) {
        List<String> keys = group.rows().stream().map(ClaimedGroup.Row::eventKey).toList();
        return keys.size() <= MDC_MAX_EVENT_KEYS ? String.join(",", keys)
                : String.join(",", keys.subList(0, MDC_MAX_EVENT_KEYS)) + ",+" + (keys.size() - MDC_MAX_EVENT_KEYS);
    }

    private void deliverCorrelated(ClaimedGroup group) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "delivered";
        try {
            List<InboxEvent> events = group.events(json);
            Exchange exchange = producer.send(InboxDelivery.ENDPOINT, delivery -> {
                delivery.getMessage().setBody(events);
                delivery.getMessage().setHeader(InboxDelivery.SOURCE_HEADER, group.source());
                delivery.getMessage().setHeader(InboxDelivery.GROUP_HEADER, group.groupKey());
                delivery.getMessage().setHeader(InboxDelivery.ATTEMPT_HEADER, group.attempt());
                if (group.locationId() != null) {
                    delivery.getMessage().setHeader(InboxDelivery.LOCATION_HEADER, group.locationId());
                }
            });
            if (exchange.isFailed()) {
                outcome = "failed";
                recordFailure(group, exchange.getException());
            } else {
                outcomes.delivered(instance, group);
            }
        } catch (RuntimeException e) {
            outcome = "failed";
            recordFailure(group, e);
        } finally {
            sample.stop(metrics.timer("ghlsync.event.processing", "source", group.source(), "outcome", outcome));
        }
    }

    private void recordFailure(ClaimedGroup group, Throwable error) {
        if (!running) {
            // Most likely interrupted by the shutdown: not the group's fault, so no attempt is counted; stop()
            // hands the group back.
            log.info("Delivery of group {} ended by the shutdown: {}", group.groupKey(), error.toString());
            return;
        }
        try {
            outcomes.failed(instance, group, error);
        } catch (DataAccessException databaseDown) {
            log.error("Cannot record the outcome of group {} ({}); it is delivered again when its lease runs out",
                    group.groupKey(), databaseDown.getMessage());
        }
    }

    private void renewClaims() {
        if (inFlight.get() == 0) {
            return;
        }
        try {
            outcomes.renew(instance);
        } catch (DataAccessException e) {
            log.warn("Cannot renew inbox claims: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        synchronized (claimLock) {
            running = false;
        }
        workers.shutdown();
        try {
            if (!workers.awaitTermination(properties.shutdownTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Inbox deliveries still running after {}; interrupting them", properties.shutdownTimeout());
                workers.shutdownNow();
                workers.awaitTermination(1, TimeUnit.SECONDS); // let interrupted deliveries unwind before the release
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        timer.shutdownNow();
        try {
            int released = outcomes.release(instance);
            if (released > 0) {
                log.info("Handed back {} claimed inbox events for another instance to deliver", released);
            }
        } catch (DataAccessException e) {
            log.warn("Cannot hand back claimed inbox events; they are taken over when the lease runs out: {}",
                    e.getMessage());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * Stops after Spring Boot's graceful web shutdown (phase {@code DEFAULT_PHASE - 1024}) and before the web
     * server and Camel stop ({@code DEFAULT_PHASE - 2048} and below).
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1536;
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
