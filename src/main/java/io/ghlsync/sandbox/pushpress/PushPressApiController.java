package io.ghlsync.sandbox.pushpress;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.simulation.SimulatedApi;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * PushPress Platform API v3 customers at their real paths below {@code /sandbox/pushpress/v3}
 * (docs/api-research.md §3). Update and delete are the non-published extensions the client's
 * defaults expect (docs/targets.md); staff reach them under {@code /_sim} too, unauthenticated.
 */
@RestController
@SimulatedApi
@ConditionalOnSimulators
class PushPressApiController {

    private static final String CUSTOMERS = "/sandbox/pushpress/v3/customers";
    private static final String STAFF_CUSTOMERS = "/sandbox/pushpress/_sim/customers";
    private static final int MAX_LIMIT = 100;

    private final PushPressSimulator gym;

    PushPressApiController(PushPressSimulator gym) {
        this.gym = gym;
    }

    /** Defaults as the SDK's: page 1, limit 10; the answer is wrapped as {@code {data:{resultArray}}}. */
    @GetMapping(CUSTOMERS)
    Map<String, Object> list(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "10") int limit,
            @RequestParam(required = false) String email, @RequestParam(required = false) String role) {
        if (page < 1) {
            throw new SimulatorRejection(400, "page must be 1 or more");
        }
        // PushPress documents no maximum; the simulator's cap keeps a page cheap under load.
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new SimulatorRejection(400, "limit must be between 1 and " + MAX_LIMIT);
        }
        if (role != null && !CustomerDocument.ROLES.contains(role)) {
            throw CustomerDocument.invalid("role", "must be one of "
                    + CustomerDocument.ROLES.stream().sorted().toList());
        }
        List<ObjectNode> customers = gym.page(page, limit, email, role);
        return Map.of("data", Map.of("resultArray", customers));
    }

    @GetMapping(CUSTOMERS + "/{uuid}")
    ObjectNode get(@PathVariable String uuid) {
        return gym.customer(uuid).orElseThrow(() -> new SimulatorRejection(404, "Customer " + uuid + " not found"));
    }

    @PostMapping(CUSTOMERS)
    ResponseEntity<ObjectNode> createLead(@RequestBody JsonNode lead) {
        if (lead.has("role")) {
            throw CustomerDocument.invalid("role", "is not accepted: POST /customers creates leads only");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(gym.createLead(lead));
    }

    @PatchMapping({CUSTOMERS + "/{uuid}", STAFF_CUSTOMERS + "/{uuid}"})
    ObjectNode update(@PathVariable String uuid, @RequestBody JsonNode changes) {
        return gym.update(uuid, changes);
    }

    @DeleteMapping({CUSTOMERS + "/{uuid}", STAFF_CUSTOMERS + "/{uuid}"})
    ResponseEntity<Void> delete(@PathVariable String uuid) {
        gym.delete(uuid);
        return ResponseEntity.noContent().build();
    }
}
