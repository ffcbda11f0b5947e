package io.ghlsync.ops.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;
import io.ghlsync.ops.AdminRequestException;

/**
 * {@code GET /api/dashboard/overview} (what the page needs to know about this process),
 * {@code GET /api/dashboard/analytics?days=&locationId=} (contacts by source and tag, tasks, notes per day) and
 * {@code GET /api/dashboard/lag} (sync lag over time).
 */
@RestController
@ConditionalOnSync
class AnalyticsController {

    static final int MAX_DAYS = 366;

    record Overview(String mode, boolean sandbox) {
    }

    private final SnapshotAnalytics analytics;
    private final LagHistory lag;
    private final RunMode mode;

    AnalyticsController(SnapshotAnalytics analytics, LagHistory lag, @Value("${" + RunMode.PROPERTY + "}") String mode) {
        this.analytics = analytics;
        this.lag = lag;
        this.mode = RunMode.fromProperty(mode);
    }

    @GetMapping("/api/dashboard/overview")
    Overview overview() {
        return new Overview(mode.propertyValue(), mode == RunMode.SANDBOX);
    }

    @GetMapping("/api/dashboard/analytics")
    SnapshotAnalytics.Report analytics(@RequestParam(required = false) String days,
                                       @RequestParam(required = false) String locationId) {
        return analytics.report(AdminRequestException.integer("days", days, 30, 1, MAX_DAYS),
                locationId == null || locationId.isBlank() ? null : locationId);
    }

    @GetMapping("/api/dashboard/lag")
    LagHistory.Series lag() {
        return lag.series();
    }
}
