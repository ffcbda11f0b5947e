package io.ghlsync.sync;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.quartz.QuartzEndpoint;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * One poll route per location, made from the route template {@code ghl-poll} in
 * {@code routes/ghl-polling.camel.yaml}. Routes are added once the application is ready and whenever a location is
 * connected later (checked every minute), so a newly connected location needs no restart. Quartz keeps the
 * schedules in the clustered database job store: with several instances, each poll runs on one of them at a time.
 */
@Component
@ConditionalOnSync
class PollSchedules {

    static final String TEMPLATE = "ghl-poll";
    private static final Logger log = LoggerFactory.getLogger(PollSchedules.class);

    private final CamelContext camel;
    private final PolledLocations locations;
    private final PollingProperties properties;
    private final Scheduler scheduler;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private volatile boolean ready;

    PollSchedules(CamelContext camel, PolledLocations locations, PollingProperties properties, Scheduler scheduler) {
        this.camel = camel;
        this.locations = locations;
        this.properties = properties;
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        ready = true;
        if (!properties.enabled()) {
            log.info("Polling is switched off (ghlsync.polling.enabled=false): only webhooks bring changes in");
            return;
        }
        refresh();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void refresh() {
        if (!ready || !properties.enabled()) {
            return;
        }
        for (String location : locations.all()) {
            if (!scheduled.contains(location)) {
                schedule(location);
            }
        }
    }

    /** Runs the location's poll now on whichever instance Quartz picks; false when the location has no poll route. */
    boolean runNow(String locationId) throws SchedulerException {
        Route route = camel.getRoute(routeId(locationId));
        if (route == null || !(route.getEndpoint() instanceof QuartzEndpoint quartz)) {
            return false;
        }
        scheduler.triggerJob(JobKey.jobKey(quartz.getTriggerKey().getName(), quartz.getTriggerKey().getGroup()));
        return true;
    }

    private void schedule(String location) {
        try {
            camel.addRouteFromTemplate(routeId(location), TEMPLATE, Map.of("locationId", location,
                    // Quartz cron fields are separated by spaces, which a Camel endpoint URI writes as '+'.
                    "cron", properties.cron().strip().replaceAll("\\s+", "+")));
            scheduled.add(location);
            log.info("Polling location {} on schedule '{}'", location, properties.cron());
        } catch (Exception e) {
            log.error("Could not schedule the poll of location {}: {}", location, e.getMessage(), e);
        }
    }

    static String routeId(String locationId) {
        return "ghl-poll-" + locationId;
    }
}
