package io.ghlsync.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HighLevel's official example payloads, read from src/test/resources/ghl/webhook-events/&lt;Type&gt;.md (the
 * "#### Example" block), with the envelope every delivery carries added: {@code webhookId} and {@code timestamp}
 * (WebhookAuthentication.md). The examples carry neither.
 */
final class GhlExamples {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern EXAMPLE = Pattern.compile("#### Example\\s*```json\\s*(\\{.*?})\\s*```", Pattern.DOTALL);

    private GhlExamples() {
    }

    /** The example of {@code type}, as a fresh delivery: a new webhookId and the current timestamp. */
    static ObjectNode delivery(String type) {
        ObjectNode example = example(type);
        example.put("webhookId", "wh-" + UUID.randomUUID());
        example.put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        return example;
    }

    static ObjectNode example(String type) {
        Path file = Path.of("src/test/resources/ghl/webhook-events", type + ".md");
        try {
            Matcher matcher = EXAMPLE.matcher(Files.readString(file));
            if (!matcher.find()) {
                throw new IllegalStateException("no example in " + file);
            }
            return (ObjectNode) JSON.readTree(matcher.group(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(ObjectNode payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
