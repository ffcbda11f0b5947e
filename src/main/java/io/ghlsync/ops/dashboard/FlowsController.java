package io.ghlsync.ops.dashboard;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.component.micrometer.MicrometerConstants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ops.DeadLetter;
import io.ghlsync.ops.DeadLetterStore;

/**
 * {@code GET /api/dashboard/flows}: every flow (a Camel route with a route group, see docs/architecture.md) with
 * its status, the exchanges Camel's Micrometer route policy counted (throughput; the page turns two readings into a
 * rate), its open dead letters, and its sync lag ({@code ghlsync.sync.lag{flow}}, absent until the flow wrote).
 */
@RestController
@ConditionalOnSync
class FlowsController {

    static final String LAG_TIMER = "ghlsync.sync.lag";

    record Lag(long count, double meanMillis, double maxMillis) {
    }

    record Flow(String id, String description, String group, String status, long exchanges, long failed,
                long deadLettered, long deadLettersOpen, Lag lag) {
    }

    private final CamelContext camel;
    private final MeterRegistry metrics;
    private final DeadLetterStore deadLetters;

    FlowsController(CamelContext camel, MeterRegistry metrics, DeadLetterStore deadLetters) {
        this.camel = camel;
        this.metrics = metrics;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/dashboard/flows")
    List<Flow> flows() {
        return camel.getRoutes().stream()
                .filter(route -> route.getGroup() != null)
                .sorted(Comparator.comparing(Route::getGroup).thenComparing(Route::getRouteId))
                .map(this::flow)
                .toList();
    }

    private Flow flow(Route route) {
        String id = route.getRouteId();
        return new Flow(id, route.getDescription(), route.getGroup(),
                camel.getRouteController().getRouteStatus(id).name(),
                count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_TOTAL_METER_NAME, id),
                count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_FAILED_METER_NAME, id),
                count(MicrometerConstants.DEFAULT_CAMEL_ROUTE_POLICY_EXCHANGES_FAILURES_HANDLED_METER_NAME, id),
                deadLetters.count(id, null, DeadLetter.OPEN), lag(id));
    }

    private long count(String meter, String routeId) {
        Counter counter = metrics.find(meter).tag(MicrometerConstants.ROUTE_ID_TAG, routeId).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private Lag lag(String flow) {
        Timer timer = metrics.find(LAG_TIMER).tag("flow", flow).timer();
        if (timer == null || timer.count() == 0) {
            return null;
        }
        return new Lag(timer.count(), timer.mean(TimeUnit.MILLISECONDS), timer.max(TimeUnit.MILLISECONDS));
    }
}
