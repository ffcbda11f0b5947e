package io.ghlsync.ops.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

import com.fasterxml.jackson.databind.JsonNode;

import io.ghlsync.RunMode;
import io.ghlsync.ghl.GhlConnection;
import io.ghlsync.ops.AdminRequestException;
import io.ghlsync.sandbox.SimulatorAddress;

/**
 * Sandbox mode only: the dashboard's buttons that make the simulators act, so a newcomer watches a change travel
 * through the sync and a fault be recovered from. Each is one call to a simulator's control API (docs/sandbox.md,
 * docs/targets.md) — acting as a HighLevel user (which sends HighLevel's signed webhooks), or injecting and clearing
 * faults — made from the server, so it works as well when the simulators run in another process.
 */
@RestController
@RequestMapping("/api/dashboard/sandbox")
@ConditionalOnProperty(name = RunMode.PROPERTY, havingValue = "sandbox")
class SandboxActionsController {

    static final List<String> TARGETS = List.of("ghl", "pushpress", "app", "push");
    static final List<String> FAULTS = List.of("server-error", "rate-limit");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final List<String> FIRST_NAMES = List.of("Ava", "Noah", "Mia", "Liam", "Zoë", "Mateo", "Aiko", "Olek");

    private final SimulatorAddress simulators;
    private final GhlConnection ghl;
    private final RestClient http = RestClient.create();
    private final AtomicInteger created = new AtomicInteger();
    private final Clock clock = Clock.systemUTC();

    SandboxActionsController(SimulatorAddress simulators, GhlConnection ghl) {
        this.simulators = simulators;
        this.ghl = ghl;
    }

    @PostMapping("/contacts")
    Map<String, Object> createContact() {
        int n = created.incrementAndGet();
        String first = FIRST_NAMES.get(n % FIRST_NAMES.size());
        String stamp = Long.toString(clock.millis(), 36);
        JsonNode answer = user("POST", "/locations/" + ghl.defaultLocationId() + "/contacts", Map.of(
                "firstName", first, "lastName", "Demo", "email", "demo-" + stamp + "@example.com",
                "source", "dashboard", "tags", List.of("dashboard-demo")));
        return contact(answer.path("contact"));
    }

    @PostMapping("/contacts/{contactId}/edit")
    Map<String, Object> editContact(@PathVariable String contactId) {
        JsonNode answer = user("PUT", "/contacts/" + id("contactId", contactId),
                Map.of("companyName", "Edited at " + LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
        return contact(answer.path("contact"));
    }

    @PostMapping("/contacts/{contactId}/tasks")
    Map<String, Object> addTask(@PathVariable String contactId) {
        JsonNode task = user("POST", "/contacts/" + id("contactId", contactId) + "/tasks", Map.of(
                "title", "Call back about membership", "body", "Added from the dashboard",
                "dueDate", clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS).toString(),
                "completed", false)).path("task");
        return Map.of("taskId", task.path("id").asText(), "title", task.path("title").asText());
    }

    @PostMapping("/contacts/{contactId}/tasks/{taskId}/complete")
    Map<String, Object> completeTask(@PathVariable String contactId, @PathVariable String taskId) {
        JsonNode task = user("POST", "/contacts/" + id("contactId", contactId) + "/tasks/" + id("taskId", taskId)
                + "/complete", Map.of()).path("task");
        return Map.of("taskId", task.path("id").asText(), "completed", task.path("completed").asBoolean());
    }

    @PostMapping("/contacts/{contactId}/notes")
    Map<String, Object> addNote(@PathVariable String contactId) {
        JsonNode note = user("POST", "/contacts/" + id("contactId", contactId) + "/notes",
                Map.of("body", "Note from the dashboard at " + LocalTime.now(clock.withZone(ZoneOffset.UTC))
                        .truncatedTo(ChronoUnit.SECONDS) + " UTC")).path("note");
        return Map.of("noteId", note.path("id").asText());
    }

    /** Makes the next {@code count} calls to one simulator fail: 5xx ({@code server-error}) or 429 ({@code rate-limit}). */
    @PostMapping("/faults")
    JsonNode injectFault(@RequestParam String target, @RequestParam String kind,
                         @RequestParam(required = false) String count) {
        if (!TARGETS.contains(target)) {
            throw AdminRequestException.badParameter("target", "must be one of " + TARGETS + ", got '" + target + "'");
        }
        if (!FAULTS.contains(kind)) {
            throw AdminRequestException.badParameter("kind", "must be one of " + FAULTS + ", got '" + kind + "'");
        }
        int times = AdminRequestException.integer("count", count, 5, 1, 1000);
        Map<String, Object> fault = new LinkedHashMap<>();
        // The HighLevel simulator names kinds in capitals and has its own fields; the target simulators share one API.
        boolean serverError = kind.equals("server-error");
        fault.put("kind", target.equals("ghl") ? (serverError ? "SERVER_ERROR" : "RATE_LIMIT") : kind);
        fault.put("count", times);
        fault.put(serverError ? "status" : "retryAfterSeconds", serverError ? 503 : 1);
        return call("POST", simulators.simulator(target) + "/_sim/faults", fault);
    }

    @DeleteMapping("/faults")
    Map<String, Object> clearFaults() {
        TARGETS.forEach(target -> call("DELETE", simulators.simulator(target) + "/_sim/faults", null));
        return Map.of("cleared", TARGETS);
    }

    private JsonNode user(String method, String path, Map<String, Object> body) {
        return call(method, simulators.simulator("ghl") + "/_sim/user" + path, body);
    }

    private JsonNode call(String method, String url, Object body) {
        RestClient.RequestBodySpec request = http.method(HttpMethod.valueOf(method)).uri(url);
        if (body != null) {
            request.body(body);
        }
        try {
            return request.retrieve().body(JsonNode.class);
        } catch (RestClientResponseException refused) {
            HttpStatus status = refused.getStatusCode().is4xxClientError()
                    ? HttpStatus.valueOf(refused.getStatusCode().value()) : HttpStatus.BAD_GATEWAY;
            throw new AdminRequestException(status, "the simulator refused: " + refused.getResponseBodyAsString());
        }
    }

    private static String id(String name, String value) {
        if (!ID.matcher(value).matches()) {
            throw AdminRequestException.badParameter(name, "must be a simulator id (letters, digits, - and _), got '"
                    + value + "'");
        }
        return value;
    }

    private static Map<String, Object> contact(JsonNode contact) {
        return Map.of("contactId", contact.path("id").asText(),
                "name", (contact.path("firstName").asText("") + " " + contact.path("lastName").asText("")).trim());
    }
}
