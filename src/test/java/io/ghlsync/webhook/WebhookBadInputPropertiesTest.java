package io.ghlsync.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.ghlsync.BadInputApp;
import io.ghlsync.BadInputs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Issue 8, "bad input on every public endpoint, generated": random bodies, signatures, headers, content types,
 * encodings and paths sent to the three webhook intakes over loopback HTTP. Whatever arrives, the answer is never a
 * 5xx and never holds a secret, and a refusal is a 4xx whose message names the problem, with nothing stored
 * ({@link BadInputApp#answers}). The example-based refusal tests (GhlWebhookRefusalsTest and the intake tests) pin
 * the exact messages; these look for the inputs nobody wrote down.
 */
class WebhookBadInputPropertiesTest {

    private static final String GHL = "/webhooks/ghl";
    private static final List<String> INTAKES = List.of(GHL, "/webhooks/pushpress", "/webhooks/app");
    private static final List<String> GHL_TYPES = List.of("ContactCreate", "ContactUpdate", "NoteCreate", "TaskCreate",
            "AppointmentCreate");
    private static final List<String> GHL_REQUIRED = List.of("webhookId", "timestamp", "type", "locationId");
    /** Signed by the sandbox keys, and never one of the bodies generated here. */
    private static final byte[] ANOTHER_BODY = "{\"another\":\"body\"}".getBytes(StandardCharsets.UTF_8);
    /** Headers a caller might hope steers Camel or the servlet container; the routes keep none of them. */
    private static final List<String> STEERING_HEADERS = List.of("CamelHttpResponseCode", "CamelHttpPath",
            "CamelHttpUri", "CamelBeanMethodName", "X-Forwarded-For", "X-Forwarded-Prefix", "X-Forwarded-Host",
            "X-HTTP-Method-Override", "Content-Encoding", "Accept-Charset", "webhook-id", "x-wh-signature");

    private static BadInputApp app;
    private static WebhookClient client;

    @BeforeContainer
    static void start() {
        app = BadInputApp.start();
        client = new WebhookClient(app.port());
    }

    @AfterContainer
    static void stop() {
        app.close();
    }

    @Property(tries = 200)
    void anUnsignedOrBadlySignedHighLevelWebhookIsRefusedWith401NamingTheSignatureHeader(
            @ForAll("ghlBodies") byte[] body, @ForAll("badGhlSignatures") Map.Entry<String, String> signature,
            @ForAll("steeringHeaders") List<Map.Entry<String, String>> extra) {
        HttpResponse<String> response = app.answers(() -> post(GHL, "application/json", body,
                headers(signature, extra)));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(BadInputApp.message(response)).containsAnyOf(GhlWebhookSignature.ED25519_HEADER,
                GhlWebhookSignature.RSA_HEADER);
    }

    @Property(tries = 200)
    void aWellSignedHighLevelWebhookMissingOrMistypingARequiredFieldIsRefusedWith422NamingIt(
            @ForAll("ghlTypes") String type, @ForAll("requiredGhlFields") String field,
            @ForAll("notAUsableValue") JsonNode value, @ForAll boolean rsa) {
        ObjectNode event = GhlExamples.delivery(type);
        if (value.isMissingNode()) {
            event.remove(field);
        } else {
            event.set(field, value);
        }
        byte[] body = GhlExamples.bytes(event);
        String signature = rsa ? GhlWebhookSignature.RSA_HEADER : GhlWebhookSignature.ED25519_HEADER;

        HttpResponse<String> response = app.answers(() -> client.post(GHL, body, signature,
                rsa ? SandboxSigner.rsa(body) : SandboxSigner.ed25519(body)));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(BadInputApp.message(response)).contains("'" + field + "'");
    }

    @Property(tries = 200)
    void wellSignedBytesThatAreNoWebhookAreRefused(@ForAll("notAWebhook") byte[] body) {
        HttpResponse<String> ghl = app.answers(() -> client.postGhl(body));
        HttpResponse<String> own = app.answers(() -> client.post("/webhooks/app", body, "x-app-signature",
                SandboxSigner.hmacHex(SandboxSigner.APP_SECRET, body)));

        assertThat(List.of(ghl.statusCode(), own.statusCode())).allMatch(status -> status == 400 || status == 422);
    }

    @Property(tries = 200)
    void anAppOrPushPressWebhookWithAWrongSignatureIsRefusedWith401(@ForAll("dataEvents") byte[] body,
            @ForAll("wrongHexSignatures") String signature, @ForAll boolean pushpress) {
        String path = pushpress ? "/webhooks/pushpress" : "/webhooks/app";
        String header = pushpress ? PushPressWebhookSignature.HEADER : "x-app-signature";

        HttpResponse<String> response = app.answers(() -> client.post(path, body, header, signature));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(BadInputApp.message(response)).contains(header);
    }

    @Property(tries = 200)
    void aBodyNotDeclaredJsonIsRefusedWith415NamingTheContentType(@ForAll("intakes") String path,
            @ForAll("notJsonContentTypes") String contentType) {
        byte[] body = GhlExamples.bytes(GhlExamples.delivery("ContactCreate"));

        HttpResponse<String> response = app.answers(() -> post(path, contentType, body,
                new String[] {GhlWebhookSignature.ED25519_HEADER, SandboxSigner.ed25519(body)}));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(BadInputApp.message(response)).contains("Content-Type");
    }

    @Property(tries = 100)
    void aWellSignedWebhookInAnEncodingOtherThanUtf8IsRefused(@ForAll("notUtf8") Charset charset,
            @ForAll boolean declared) {
        byte[] body = GhlExamples.delivery("ContactCreate").toString().getBytes(charset);
        String contentType = declared ? "application/json; charset=" + charset.name() : "application/json";

        HttpResponse<String> response = app.answers(() -> post(GHL, contentType, body,
                new String[] {GhlWebhookSignature.ED25519_HEADER, SandboxSigner.ed25519(body)}));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(BadInputApp.message(response)).contains("not valid JSON");
    }

    @Property(tries = 30)
    void aBodyOverTheSizeLimitIsRefusedWith413AndOneWithinItIsRead(@ForAll @IntRange(min = -40, max = 40) int overLimit,
            @ForAll boolean chunked) {
        long limit = app.bean(WebhookProperties.class).maxBodySize().toBytes();
        String opening = "{\"pad\":\"";
        byte[] body = (opening + "x".repeat((int) limit + overLimit - opening.length() - 2) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        // Without a length the client sends the body chunked, so only the bytes read can tell its size.
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);

        HttpResponse<String> response = app.answers(() -> client.send(client.request(GHL, "Content-Type",
                "application/json", GhlWebhookSignature.ED25519_HEADER, SandboxSigner.ed25519(body)).POST(publisher).build()));

        assertThat(response.statusCode()).isEqualTo(overLimit > 0 ? 413 : 422);
    }

    @Property(tries = 100)
    void anythingButPostOrAnotherPathUnderAnIntakeIsNeverTakenIn(@ForAll("intakes") String path,
            @ForAll("hostileSegments") String segment, @ForAll("methods") String method) {
        byte[] body = GhlExamples.bytes(GhlExamples.delivery("ContactCreate"));
        String target = method.equals("POST") ? path + "/" + segment : path;

        HttpResponse<String> response = app.answers(() -> client.send(client.request(target,
                        "Content-Type", "application/json", GhlWebhookSignature.ED25519_HEADER, SandboxSigner.ed25519(body))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build()));

        assertThat(response.statusCode()).isBetween(400, 499);
    }

    /** Any body but an empty one, which is refused (400) before its signature is looked at. */
    @Provide
    Arbitrary<byte[]> ghlBodies() {
        return Arbitraries.oneOf(ghlTypes().map(type -> GhlExamples.bytes(GhlExamples.delivery(type))),
                notAWebhook().filter(body -> body.length > 0));
    }

    /** No signature, a blank or N/A one, one that is not base64, random bytes, or the signature of another body. */
    @Provide
    Arbitrary<Map.Entry<String, String>> badGhlSignatures() {
        Arbitrary<String> header = Arbitraries.of(GhlWebhookSignature.ED25519_HEADER, GhlWebhookSignature.RSA_HEADER,
                "x-ghl-signature-2", "X-GHL-SIGNATURE");
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of("", " ", "N/A", "null", "=", "===="),
                printable(1, 600), Arbitraries.bytes().array(byte[].class).ofMaxSize(600)
                        .map(Base64.getEncoder()::encodeToString),
                Arbitraries.of(SandboxSigner.ed25519(ANOTHER_BODY), SandboxSigner.rsa(ANOTHER_BODY)));
        return Combinators.combine(header, value).as(Map::entry);
    }

    @Provide
    Arbitrary<List<Map.Entry<String, String>>> steeringHeaders() {
        return Combinators.combine(Arbitraries.of(STEERING_HEADERS), printable(0, 80)).as(Map::entry).list()
                .ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> ghlTypes() {
        return Arbitraries.of(GHL_TYPES);
    }

    @Provide
    Arbitrary<String> requiredGhlFields() {
        return Arbitraries.of(GHL_REQUIRED);
    }

    /**
     * What no required field may hold: nothing, null, a non-string, a blank string, a string too long to store or
     * (for any field but locationId) text that is no type, id or time. A missing node stands for the field left out.
     */
    @Provide
    Arbitrary<JsonNode> notAUsableValue() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return Arbitraries.oneOf(
                Arbitraries.just(nodes.missingNode()), Arbitraries.just(nodes.nullNode()),
                Arbitraries.integers().map(nodes::numberNode), Arbitraries.doubles().map(nodes::numberNode),
                Arbitraries.of(true, false).map(nodes::booleanNode),
                Arbitraries.strings().whitespace().ofMaxLength(5).map(nodes::textNode),
                Arbitraries.strings().ofMinLength(301).ofMaxLength(2_000).map(nodes::textNode),
                Arbitraries.just(nodes.arrayNode().add("ContactCreate")),
                Arbitraries.just(nodes.objectNode().put("id", "x")));
    }

    /** Bytes that are no webhook of any source: non-JSON, JSON that is no object, or an object without the fields. */
    @Provide
    Arbitrary<byte[]> notAWebhook() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000),
                printable(0, 300).map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.strings().ofMaxLength(300).map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("", "null", "[]", "{}", "\"text\"", "1", "{\"a\":1}{\"b\":2}", "{\"type\":1,\"type\":2}",
                        "{\"event\":\"task.created\",\"event\":\"note.created\"}", "\uFEFF{}", "{\"data\":[]}",
                        "[".repeat(5_000), "{\"a\":".repeat(2_000)).map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Events shaped as PushPress and the app send them, with random events and data. */
    @Provide
    Arbitrary<byte[]> dataEvents() {
        Arbitrary<String> event = Arbitraries.oneOf(Arbitraries.of("customer.created", "customer.deleted",
                "task.created", "note.deleted"), printable(0, 40));
        Arbitrary<String> id = printable(1, 40);
        return Combinators.combine(event, id).as((name, objectId) -> JsonNodeFactory.instance.objectNode()
                .put("event", name).set("data", JsonNodeFactory.instance.objectNode().put("id", objectId)))
                .map(json -> json.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<String> wrongHexSignatures() {
        return Arbitraries.oneOf(Arbitraries.of("", " ", "zz", "0", "N/A"), printable(1, 100),
                Arbitraries.strings().withChars("0123456789abcdefABCDEF").ofMinLength(1).ofMaxLength(128));
    }

    @Provide
    Arbitrary<String> intakes() {
        return Arbitraries.of(INTAKES);
    }

    @Provide
    Arbitrary<String> notJsonContentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x", "application/jsonx", "application/json-seq", "json",
                        "application/", "/json", "*/*", "application/*", "text/json; charset=utf-8",
                        "application/json; charset=no-such-charset", "application/json; charset=\"", ";;;"),
                printable(1, 200).filter(type -> !type.isBlank()));
    }

    @Provide
    Arbitrary<Charset> notUtf8() {
        return Arbitraries.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE,
                Charset.forName("UTF-32"), Charset.forName("UTF-32LE"));
    }

    @Provide
    Arbitrary<String> hostileSegments() {
        return BadInputs.pathSegments();
    }

    /** Every method but OPTIONS, which is answered with the methods allowed (200, nothing taken in). */
    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.of("POST", "GET", "PUT", "PATCH", "DELETE", "TRACE", "PROPFIND");
    }

    private static Arbitrary<String> printable(int min, int max) {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(min).ofMaxLength(max);
    }

    private static String[] headers(Map.Entry<String, String> signature, List<Map.Entry<String, String>> extra) {
        return Stream.concat(Stream.of(signature), extra.stream())
                .flatMap(header -> Stream.of(header.getKey(), header.getValue()))
                .toArray(String[]::new);
    }

    private static HttpResponse<String> post(String path, String contentType, byte[] body, String[] headers) {
        String[] all = Stream.concat(Stream.of("Content-Type", contentType), Arrays.stream(headers))
                .toArray(String[]::new);
        return client.send(client.request(path, all).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }
}
