import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End-to-end lag of the two-way mirror under a steady load, against a running ghl-sync in sandbox mode (its
 * simulators keep HighLevel's real rate limit of 100 requests per 10 s unless told otherwise).
 *
 * 1. Creates --contacts contacts in the HighLevel simulator as a HighLevel user would, and waits until each has its
 *    PushPress customer (the mirror created them).
 * 2. For --seconds, makes --rate changes per second, alternating sides: a HighLevel user renames a contact
 *    (measured until PushPress receives the PATCH of that customer), a PushPress staff member moves a customer to
 *    another city (measured until HighLevel receives the PUT of that contact). The clock starts when the change is
 *    made in the simulator (which then sends its webhook) and stops at the write's arrival in the other simulator's
 *    request log: webhook, signature check, inbox, coalescing, enrichment, mapping, merge and write all count.
 * 3. Waits until everything is quiet, then reads both simulators' request logs and reports percentiles, writes per
 *    change and 429s.
 *
 *   java -cp <classes and dependencies> bench/e2e/EndToEndLag.java --base http://127.0.0.1:18580 --rate 4 --seconds 120
 */
public class EndToEndLag {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Change(int seq, boolean fromGhl, String contactId, String customerId, Instant madeAt) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String base = options.getOrDefault("base", "http://127.0.0.1:8080");
        int contacts = Integer.parseInt(options.getOrDefault("contacts", "100"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "4"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "120"));
        String location = options.getOrDefault("location", "sandbox-location");

        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> contactIds = new ArrayList<>();
        Instant creationStarted = Instant.now();
        for (int i = 0; i < contacts; i++) {
            contactIds.add(post(base + "/sandbox/ghl/_sim/user/locations/" + location + "/contacts",
                    Map.of("firstName", "Lag" + i, "lastName", "Bench", "email", "lag-" + run + "-" + i + "@example.com"))
                    .path("contact").path("id").asText());
        }
        Map<String, String> customerOf = awaitCustomers(base, run, contactIds, Duration.ofMinutes(5));
        double linkSeconds = Duration.between(creationStarted, Instant.now()).toMillis() / 1e3;
        System.out.printf("%d contacts linked to PushPress customers %.1f s after the first was created (%.1f contacts/s)%n",
                customerOf.size(), linkSeconds, customerOf.size() / linkSeconds);
        awaitQuiet(base);

        long ghlSince = get(base + "/sandbox/ghl/_sim/requests?since=0").path("lastSequence").asLong();
        long pushpressSince = get(base + "/sandbox/pushpress/_sim/requests?since=0&limit=1").path("latestSeq").asLong();
        JsonNode statsBefore = get(base + "/sandbox/stats");

        List<Change> changes = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        int total = (int) Math.round(rate * seconds);
        long periodMicros = Math.round(1_000_000 / rate);
        Instant started = Instant.now();
        for (int i = 0; i < total; i++) {
            int seq = i;
            clock.schedule(() -> {
                String contactId = contactIds.get(seq / 2 % contactIds.size());
                String customerId = customerOf.get(contactId);
                boolean fromGhl = seq % 2 == 0;
                Instant madeAt = Instant.now();
                if (fromGhl) {
                    put(base + "/sandbox/ghl/_sim/user/contacts/" + contactId, Map.of("firstName", "Renamed" + seq));
                } else {
                    patch(base + "/sandbox/pushpress/_sim/customers/" + customerId,
                            Map.of("address", Map.of("city", "City" + seq)));
                }
                changes.add(new Change(seq, fromGhl, contactId, customerId, madeAt));
            }, i * periodMicros, TimeUnit.MICROSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        System.out.printf("%d changes made in %.1f s%n", changes.size(), Duration.between(started, Instant.now()).toMillis() / 1e3);
        awaitQuiet(base);

        List<JsonNode> ghlWrites = writes(base + "/sandbox/ghl/_sim/requests", ghlSince, "requests", "lastSequence", "sequence");
        List<JsonNode> pushpressWrites = writes(base + "/sandbox/pushpress/_sim/requests", pushpressSince, "requests",
                "latestSeq", "seq");
        JsonNode statsAfter = get(base + "/sandbox/stats");

        report("HighLevel -> PushPress (rename, until PATCH /customers/{id})",
                lags(changes, true, pushpressWrites, "PATCH", change -> "/customers/" + change.customerId(),
                        entry -> Instant.parse(entry.path("at").asText())));
        report("PushPress -> HighLevel (city, until PUT /contacts/{id})",
                lags(changes, false, ghlWrites, "PUT", change -> "/contacts/" + change.contactId(),
                        entry -> Instant.ofEpochMilli(entry.path("receivedAt").asLong())));
        System.out.printf("writes: %d to PushPress, %d to HighLevel, for %d changes%n",
                pushpressWrites.size(), ghlWrites.size(), changes.size());
        for (String simulator : List.of("ghl", "pushpress")) {
            System.out.printf("%s simulator: %d requests, %d answered 429%n", simulator,
                    statsAfter.path(simulator).path("requests").asLong() - statsBefore.path(simulator).path("requests").asLong(),
                    statsAfter.path(simulator).path("rateLimited").asLong() - statsBefore.path(simulator).path("rateLimited").asLong());
        }
    }

    /** For each change of one direction, the time until the first matching write that arrived after it was made. */
    private static List<Long> lags(List<Change> changes, boolean fromGhl, List<JsonNode> writes, String method,
                                   java.util.function.Function<Change, String> path,
                                   java.util.function.Function<JsonNode, Instant> arrival) {
        List<Long> lags = new ArrayList<>();
        int lost = 0;
        for (Change change : changes) {
            if (change.fromGhl() != fromGhl) {
                continue;
            }
            Instant first = null;
            for (JsonNode write : writes) {
                Instant at = arrival.apply(write);
                if (write.path("method").asText().equals(method) && write.path("path").asText().endsWith(path.apply(change))
                        && !at.isBefore(change.madeAt()) && (first == null || at.isBefore(first))) {
                    first = at;
                }
            }
            if (first == null) {
                lost++;
            } else {
                lags.add(Duration.between(change.madeAt(), first).toMillis());
            }
        }
        if (lost > 0) {
            System.out.printf("  %d changes saw no write (a later change to the same record may have covered them)%n", lost);
        }
        return lags;
    }

    private static void report(String title, List<Long> lags) {
        long[] sorted = lags.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("%s: no samples%n", title);
            return;
        }
        System.out.printf("%s: n=%d  p50=%d ms  p95=%d ms  p99=%d ms  max=%d ms%n", title, sorted.length,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static List<JsonNode> writes(String url, long since, String list, String last, String seqField) throws Exception {
        List<JsonNode> writes = new ArrayList<>();
        long cursor = since;
        while (true) {
            JsonNode page = get(url + "?since=" + cursor + "&limit=1000");
            JsonNode entries = page.path(list);
            for (JsonNode entry : entries) {
                if (!entry.path("method").asText().equals("GET")) {
                    writes.add(entry);
                }
                cursor = Math.max(cursor, entry.path(seqField).asLong());
            }
            if (entries.isEmpty() || cursor >= page.path(last).asLong()) {
                return writes;
            }
        }
    }

    private static Map<String, String> awaitCustomers(String base, String run, List<String> contactIds, Duration within)
            throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            Map<String, String> byEmail = new HashMap<>();
            for (JsonNode customer : get(base + "/sandbox/pushpress/_sim/customers").path("customers")) {
                if (customer.path("email").asText().startsWith("lag-" + run + "-")) {
                    byEmail.put(customer.path("email").asText(), customer.path("id").asText());
                }
            }
            if (byEmail.size() == contactIds.size()) {
                Map<String, String> customerOf = new HashMap<>();
                for (int i = 0; i < contactIds.size(); i++) {
                    customerOf.put(contactIds.get(i), byEmail.get("lag-" + run + "-" + i + "@example.com"));
                }
                return customerOf;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("only " + byEmail.size() + " of " + contactIds.size() + " customers appeared");
            }
            Thread.sleep(1000);
        }
    }

    /** Quiet: no request reached any simulator for five seconds. */
    private static void awaitQuiet(String base) throws Exception {
        String last = "";
        int still = 0;
        while (still < 5) {
            Thread.sleep(1000);
            String now = get(base + "/sandbox/stats").toString();
            still = now.equals(last) ? still + 1 : 0;
            last = now;
        }
    }

    private static JsonNode get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static JsonNode post(String url, Object body) {
        return send(json(url).POST(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    private static JsonNode put(String url, Object body) {
        return send(json(url).PUT(HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    private static JsonNode patch(String url, Object body) {
        return send(json(url).method("PATCH", HttpRequest.BodyPublishers.ofString(write(body))).build());
    }

    private static HttpRequest.Builder json(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    }

    private static JsonNode send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).filter(arg -> arg.startsWith("--") && arg.contains("="))
                .forEach(arg -> options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1)));
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].startsWith("--") && !args[i].contains("=")) {
                options.put(args[i].substring(2), args[i + 1]);
            }
        }
        return options;
    }
}
