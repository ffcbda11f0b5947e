package io.ghlsync.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /sandbox/stats}: per simulator, the totals {@code requests} and {@code rateLimited}. */
@RestController
@ConditionalOnSimulators
class SandboxStatsController {

    private final ObjectProvider<SimulatorStats> simulators;

    SandboxStatsController(ObjectProvider<SimulatorStats> simulators) {
        this.simulators = simulators;
    }

    @GetMapping("/sandbox/stats")
    Map<String, Map<String, Long>> stats() {
        Map<String, Map<String, Long>> answer = new LinkedHashMap<>();
        simulators.orderedStream().forEach(stats -> {
            Map<String, Long> totals = new LinkedHashMap<>();
            totals.put("requests", stats.requests());
            totals.put("rateLimited", stats.rateLimited());
            answer.put(stats.name(), totals);
        });
        return answer;
    }
}
