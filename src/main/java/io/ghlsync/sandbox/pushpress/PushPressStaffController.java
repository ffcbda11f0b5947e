package io.ghlsync.sandbox.pushpress;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.sandbox.ConditionalOnSimulators;
import io.ghlsync.sandbox.simulation.SimulatedApi;
import io.ghlsync.sandbox.simulation.SimulatorRejection;

/**
 * The gym's staff at work, through the control API: they see every customer, add customers of any
 * role, and change a membership status. Each change emits PushPress's webhook. (Editing and
 * deleting share the API's handlers, at {@code /sandbox/pushpress/_sim/customers/{id}}.)
 */
@RestController
@SimulatedApi
@ConditionalOnSimulators
class PushPressStaffController {

    private static final String STAFF_CUSTOMERS = "/sandbox/pushpress/_sim/customers";

    private final PushPressSimulator gym;

    PushPressStaffController(PushPressSimulator gym) {
        this.gym = gym;
    }

    record RoleChange(String role) {
    }

    record Customers(int count, List<ObjectNode> customers) {
    }

    @GetMapping(STAFF_CUSTOMERS)
    Customers all() {
        List<ObjectNode> customers = gym.customers();
        return new Customers(customers.size(), customers);
    }

    @PostMapping(STAFF_CUSTOMERS)
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode customer) {
        return ResponseEntity.status(HttpStatus.CREATED).body(gym.createCustomer(customer));
    }

    @PutMapping(STAFF_CUSTOMERS + "/{id}/role")
    ObjectNode changeRole(@PathVariable String id, @RequestBody RoleChange change) {
        if (change.role() == null) {
            throw new SimulatorRejection(400, "role is required, e.g. {\"role\":\"member\"}");
        }
        return gym.changeRole(id, change.role());
    }
}
