package io.ghlsync.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.ghlsync.BadInputApp;
import io.ghlsync.BadInputs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 8, "bad input on every public endpoint, generated": random credentials, path segments (traversals,
 * encodings, unicode, very long ones), query parameters and JSON bodies sent to the admin API, the dashboard's data
 * and the OAuth callback over loopback HTTP. Whatever arrives, the answer is never a 5xx and never holds a secret,
 * and a refusal is a 4xx whose message names the problem, with no row written ({@link BadInputApp#answers}).
 */
class AdminApiBadInputPropertiesTest {

    /** Everything behind the admin token, as {@code "METHOD path"}. */
    private static final List<String> ADMIN_ENDPOINTS = List.of("GET /api/dead-letters", "GET /api/dead-letters/1",
            "POST /api/dead-letters/1/replay", "POST /api/dead-letters/replay", "POST /api/sync/full",
            "POST /api/mappings/default/ghl-contact-to-pushpress-customer/preview", "GET /api/dashboard/flows",
            "GET /api/dashboard/events", "GET /api/dashboard/locations", "GET /api/dashboard/overview",
            "GET /api/dashboard/analytics", "GET /api/dashboard/lag", "GET /api/dashboard/mappings",
            "GET /api/dashboard/mappings/default/ghl-contact-to-pushpress-customer/sample", "GET /actuator/prometheus");
    private static final List<String> DASHBOARD_READS = List.of("/api/dashboard/flows", "/api/dashboard/events",
            "/api/dashboard/locations", "/api/dashboard/overview", "/api/dashboard/analytics", "/api/dashboard/lag",
            "/api/dashboard/mappings");
    /** Templates whose preview reads a HighLevel contact or a PushPress customer, in both bundled folders. */
    private static final List<String> TEMPLATES = List.of("default/ghl-contact-to-pushpress-customer",
            "example-gym/ghl-contact-to-pushpress-lead", "example-gym/pushpress-customer-to-ghl-contact",
            "default/ghl-contact-to-welcome-task", "example-gym/ghl-task-to-app-task");
    /** Fields the bundled samples hold, so that random records reach the templates' rules and not only their gaps. */
    private static final List<String> SAMPLE_FIELDS = List.of("id", "firstName", "lastName", "name", "first", "last",
            "email", "phone", "tags", "customFields", "dateOfBirth", "dob", "address", "city", "country", "postalCode",
            "source", "dnd", "type", "value", "role", "locationId", "companyId", "title", "body", "dueDate", "status");

    private static BadInputApp app;
    private static AdminHttp admin;

    @BeforeContainer
    static void start() {
        app = BadInputApp.start();
        admin = AdminHttp.admin(app.port());
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    @Property(tries = 200)
    void withoutTheAdminTokenEveryAdminEndpointAnswers401NamingTheHeader(@ForAll("adminEndpoints") String endpoint,
            @ForAll("query") String query, @ForAll("wrongCredentials") String credentials) {
        AdminHttp caller = credentials.isEmpty() ? AdminHttp.anonymous(app.port())
                : AdminHttp.withAuthorization(app.port(), credentials);

        HttpResponse<String> response = app.answers(() -> send(caller, endpoint + query, "{}"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(BadInputApp.message(response)).contains("Authorization");
    }

    @Property(tries = 200)
    void anyContentTypeOnAnyPathIsAnsweredWithoutAServerError(@ForAll("postPaths") String path,
            @ForAll("contentTypes") String contentType, @ForAll("formLikeBodies") String body,
            @ForAll boolean withToken) {
        AdminHttp caller = withToken ? admin : AdminHttp.anonymous(app.port());

        app.answers(() -> caller.post(path, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    @Property(tries = 200)
    void aPreviewOfACustomerOrTemplateThatIsNoPlainNameIsRefused(@ForAll("names") Tuple.Tuple2<String, String> names) {
        HttpResponse<String> response = app.answers(() -> admin.post(
                "/api/mappings/" + names.get1() + "/" + names.get2() + "/preview", ""));

        assertThat(response.statusCode()).isBetween(400, 499);
    }

    @Property(tries = 200)
    void aPreviewOfAnyJsonSampleIsMappedOrRefusedNamingTheProblem(@ForAll("templates") String template,
            @ForAll("samples") JsonNode sample) {
        HttpResponse<String> response = app.answers(() -> admin.post(
                "/api/mappings/" + template + "/preview", sample.toString()));

        assertThat(response.statusCode()).isIn(200, 400, 422);
    }

    @Property(tries = 200)
    void listingDeadLettersWithAnyFiltersAndPagingAnswers200Or400(@ForAll("deadLetterQuery") String query) {
        HttpResponse<String> response = app.answers(() -> admin.get("/api/dead-letters" + query));

        assertThat(response.statusCode()).isIn(200, 400);
    }

    @Property(tries = 200)
    void readingOrReplayingADeadLetterThatDoesNotExistIsRefused(@ForAll("ids") String id, @ForAll boolean replay) {
        HttpResponse<String> response = app.answers(() -> replay ? admin.post("/api/dead-letters/" + id + "/replay")
                : admin.get("/api/dead-letters/" + id));

        assertThat(response.statusCode()).isBetween(400, 499);
    }

    @Property(tries = 100)
    void aBulkReplayWithAnyFiltersAnswers200Or400(@ForAll("deadLetterQuery") String query) {
        HttpResponse<String> response = app.answers(() -> admin.post("/api/dead-letters/replay" + query));

        assertThat(response.statusCode()).isIn(200, 400);
    }

    @Property(tries = 200)
    void aFullResyncOfALocationNotSyncedHereIsRefused(@ForAll("locationQuery") String query) {
        HttpResponse<String> response = app.answers(() -> admin.post("/api/sync/full" + query));

        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(BadInputApp.message(response)).contains("location");
    }

    @Property(tries = 200)
    void anOAuthCallbackWithAnyCodeAndStateIsRefusedNamingTheState(@ForAll("callbackQuery") String query) {
        HttpResponse<String> response = app.answers(() -> AdminHttp.anonymous(app.port())
                .get("/oauth/ghl/callback" + query));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(BadInputApp.message(response)).contains("state");
    }

    @Property(tries = 200)
    void theDashboardsReadsWithAnyQueryAnswer200Or400(@ForAll("dashboardReads") String path,
            @ForAll("dashboardQuery") String query) {
        HttpResponse<String> response = app.answers(() -> admin.get(path + query));

        assertThat(response.statusCode()).isIn(200, 400);
    }

    @Property(tries = 200)
    void aTraversalOutOfAPublicPathNeverReachesTheAdminSurface(@ForAll("publicPrefixes") String prefix,
            @ForAll("traversals") String traversal, @ForAll("adminTargets") String target) {
        HttpResponse<String> response = app.answers(() -> AdminHttp.anonymous(app.port())
                .get(prefix + traversal + target));

        assertThat(response.statusCode()).isBetween(400, 499);
    }

    @Provide
    Arbitrary<String> postPaths() {
        return Arbitraries.oneOf(Arbitraries.of(ADMIN_ENDPOINTS).filter(endpoint -> endpoint.startsWith("POST "))
                .map(endpoint -> endpoint.substring("POST ".length())), Arbitraries.of("/", "/no-such-path",
                "/api/no-such-path", "/webhooks/no-such-source", "/oauth/ghl/callback", "/dashboard/index.html"));
    }

    /** Wildcards, forms and multipart without their parts, unknown charsets, and anything printable. */
    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("*/*", "application/*", "*", "text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
                        "application/json; charset=no-such-charset", "application/json; charset=\"", "application/json;;",
                        "text/event-stream", "application/octet-stream"),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(100)
                        .filter(type -> !type.isBlank()));
    }

    @Provide
    Arbitrary<String> formLikeBodies() {
        return Arbitraries.oneOf(Arbitraries.of("", "{}", "a=1&b", "=&=", "%zz=1", "--x\r\nContent-Disposition: form-data\r\n\r\n"),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> adminEndpoints() {
        return Arbitraries.of(ADMIN_ENDPOINTS);
    }

    @Provide
    Arbitrary<String> query() {
        return BadInputs.queryStrings("locationId", "limit", "offset", "status", "flow", "days");
    }

    /** No header, an empty or other bearer, the token under another scheme, cased or split differently. */
    @Provide
    Arbitrary<String> wrongCredentials() {
        return Arbitraries.oneOf(Arbitraries.of("", "Bearer", "Bearer ", "bearer " + AdminHttp.TOKEN,
                        AdminHttp.TOKEN, "Bearer " + AdminHttp.TOKEN.toUpperCase(), "Bearer " + AdminHttp.TOKEN + "x",
                        "Bearer " + AdminHttp.TOKEN.substring(1), "Bearer\t" + AdminHttp.TOKEN,
                        "Basic " + Base64.getEncoder().encodeToString(("admin:" + AdminHttp.TOKEN)
                                .getBytes(StandardCharsets.UTF_8))),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(200)
                        .map(token -> "Bearer " + token.strip()).filter(header -> !header.equals("Bearer " + AdminHttp.TOKEN)));
    }

    /** Two path segments of which at least one is hostile. */
    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> names() {
        Arbitrary<String> real = Arbitraries.of("default", "example-gym", "ghl-contact-to-pushpress-customer");
        Arbitrary<String> hostile = BadInputs.pathSegments();
        return Arbitraries.oneOf(Combinators.combine(hostile, real).as(Tuple::of),
                Combinators.combine(real, hostile).as(Tuple::of), Combinators.combine(hostile, hostile).as(Tuple::of));
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(TEMPLATES);
    }

    /** Any JSON, shaped like the bundled samples often enough to reach the templates' rules. */
    @Provide
    Arbitrary<JsonNode> samples() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(Arbitraries.just(nodes.nullNode()),
                Arbitraries.of(true, false).map(nodes::booleanNode), Arbitraries.longs().map(nodes::numberNode),
                Arbitraries.doubles().map(nodes::numberNode), Arbitraries.bigDecimals().map(nodes::numberNode),
                Arbitraries.strings().ofMaxLength(40).map(nodes::textNode),
                Arbitraries.of("", "+1 555 0100", "2024-02-30", "1990-01-01T00:00:00Z", "not-an-email@", "a@b.c",
                        "0000-00-00", "99999999999999999999").map(nodes::textNode));
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(SAMPLE_FIELDS), Arbitraries.strings().ofMaxLength(10));
        return Arbitraries.recursive(() -> leaves, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(items -> (JsonNode) nodes.arrayNode().addAll(items)),
                Arbitraries.maps(keys, inner).ofMaxSize(6).map(fields -> (JsonNode) nodes.objectNode().setAll(fields))),
                0, 4);
    }

    @Provide
    Arbitrary<String> deadLetterQuery() {
        return BadInputs.queryStrings("flow", "locationId", "status", "offset", "limit");
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(BadInputs.pathSegments(), Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("0", "-1", "1e3", "0x1", "9223372036854775808", "%20", "1%00"));
    }

    /** Any locationId but the one this deployment syncs. */
    @Provide
    Arbitrary<String> locationQuery() {
        return BadInputs.queryStrings("locationId").filter(query -> !query.contains("sandbox-location"));
    }

    @Provide
    Arbitrary<String> callbackQuery() {
        return BadInputs.queryStrings("code", "state", "error");
    }

    @Provide
    Arbitrary<String> dashboardReads() {
        return Arbitraries.of(DASHBOARD_READS);
    }

    @Provide
    Arbitrary<String> dashboardQuery() {
        return BadInputs.queryStrings("limit", "days", "locationId");
    }

    @Provide
    Arbitrary<String> publicPrefixes() {
        return Arbitraries.of("/", "/webhooks/ghl/", "/webhooks/", "/oauth/ghl/", "/sandbox/ghl/", "/dashboard/",
                "/error/");
    }

    @Provide
    Arbitrary<String> traversals() {
        return BadInputs.traversals();
    }

    @Provide
    Arbitrary<String> adminTargets() {
        return Arbitraries.of("api/dead-letters", "api/dashboard/events", "api/dashboard/locations",
                "actuator/prometheus", "actuator/env", "actuator/configprops");
    }

    private static HttpResponse<String> send(AdminHttp caller, String endpoint, String body) {
        String[] methodAndPath = endpoint.split(" ", 2);
        return switch (methodAndPath[0]) {
            case "GET" -> caller.get(methodAndPath[1]);
            case "POST" -> caller.post(methodAndPath[1], body);
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
