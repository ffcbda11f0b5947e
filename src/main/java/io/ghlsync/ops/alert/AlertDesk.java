package io.ghlsync.ops.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ops.OpsTimer;

/**
 * Turns incidents into a few messages. The first incident of a kind that has been quiet waits
 * {@code ghlsync.alerts.group-wait} for others to join it; after a message, the next one of that kind goes out no
 * sooner than {@code ghlsync.alerts.window} later and sums up everything that happened meanwhile. An outage that
 * produces thousands of dead letters thus yields one message per window ("37 dead letters … by flow: …"), not
 * thousands. Every alert is logged; it is also handed to the channels ({@link AlertChannels}) when one is configured.
 */
@Component
@ConditionalOnSync
class AlertDesk {

    private static final Logger log = LoggerFactory.getLogger(AlertDesk.class);

    private final AlertProperties properties;
    private final OpsTimer timer;
    private final ProducerTemplate producer;
    private final Clock clock = Clock.systemUTC();
    private final Map<AlertKind, IncidentGroup> pending = new EnumMap<>(AlertKind.class);
    private final Map<AlertKind, Instant> lastSent = new EnumMap<>(AlertKind.class);

    AlertDesk(AlertProperties properties, OpsTimer timer, ProducerTemplate producer) {
        this.properties = properties;
        this.timer = timer;
        this.producer = producer;
    }

    /** Counts the incident into its kind's next message. Cheap: called from flows' error handlers. */
    synchronized void report(Incident incident) {
        AlertKind kind = incident.kind();
        IncidentGroup group = pending.get(kind);
        if (group == null) {
            Instant now = clock.instant();
            group = new IncidentGroup(now);
            pending.put(kind, group);
            Instant sendAt = now.plus(properties.groupWait());
            Instant previous = lastSent.get(kind);
            if (previous != null && previous.plus(properties.window()).isAfter(sendAt)) {
                sendAt = previous.plus(properties.window());
            }
            timer.after(Duration.between(now, sendAt), "alert " + kind, () -> send(kind));
        }
        group.add(incident);
    }

    private void send(AlertKind kind) {
        IncidentGroup group;
        synchronized (this) {
            group = pending.remove(kind);
            lastSent.put(kind, clock.instant());
        }
        if (group == null) {
            return;
        }
        Alert alert = kind.summarise(group);
        log.warn("Alert: {}\n{}", alert.subject(), alert.text());
        if (properties.anyChannel()) {
            producer.asyncSendBody(AlertChannels.ENDPOINT, alert);
        }
    }
}
