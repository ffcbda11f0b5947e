package io.ghlsync.sandbox.ghl;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.ghlsync.RunMode;
import io.ghlsync.sandbox.SandboxProperties;
import io.ghlsync.sandbox.SimulatorAddress;

/**
 * Once the app is ready in sandbox or simulator mode, one log block says so and where everything is,
 * so that a newcomer can start calling it straight away (issue 2, §6).
 */
@Component
@ConditionalOnExpression("'${ghlsync.mode:sandbox}' != 'live'")
class SandboxBanner {

    private static final Logger log = LoggerFactory.getLogger(SandboxBanner.class);

    private final SandboxProperties sandbox;
    private final SimulatorAddress address;
    private final ObjectProvider<GhlSimulator> simulator;
    private final String mode;

    SandboxBanner(SandboxProperties sandbox, SimulatorAddress address, ObjectProvider<GhlSimulator> simulator,
                  @Value("${" + RunMode.PROPERTY + "}") String mode) {
        this.sandbox = sandbox;
        this.address = address;
        this.simulator = simulator;
        this.mode = mode;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        log.info(String.join(System.lineSeparator(), lines()));
    }

    List<String> lines() {
        List<String> lines = new ArrayList<>();
        boolean simulatorOnly = RunMode.fromProperty(mode) == RunMode.SIMULATOR;
        lines.add("");
        lines.add("==================================================================================");
        lines.add(simulatorOnly ? " SIMULATOR MODE: serving only the simulators (no sync)."
                : " SANDBOX MODE: no HighLevel credentials configured, syncing against simulators.");
        lines.add(" HighLevel API       " + address.simulator("ghl")
                + (StringUtils.hasText(sandbox.url()) ? "   (external: ghlsync.sandbox.url)" : ""));
        lines.add(" Other simulators    " + address.simulator("pushpress") + "  " + address.simulator("push") + "  "
                + address.simulator("app"));
        lines.add(" Simulator stats     " + address.baseUrl() + "/sandbox/stats");
        lines.add(" Location id         " + sandbox.locationId());
        lines.add(" API token           " + sandbox.token() + "   (send with 'Version: 2021-07-28')");
        simulator.ifAvailable(ghl -> {
            lines.add(" Webhooks to         " + ghl.webhookSettings().url()
                    + (Boolean.TRUE.equals(ghl.webhookSettings().enabled()) ? "" : "   (switched off)"));
            lines.add(" Seeded contacts     " + ghl.contactCount(sandbox.locationId()) + " (seed " + sandbox.seed() + ")");
            lines.add(" Control API         " + ghl.baseUrl() + "/_sim   (docs/sandbox.md)");
        });
        lines.add(" Try: curl -H 'Authorization: Bearer " + sandbox.token() + "' -H 'Version: 2021-07-28' '"
                + address.simulator("ghl") + "/contacts/?locationId=" + sandbox.locationId() + "&limit=2'");
        lines.add("==================================================================================");
        return lines;
    }
}
