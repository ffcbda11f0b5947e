package io.ghlsync.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * A webhook body read as a JSON object, with field accessors whose failures are refusals naming the field:
 * 400 for a body that is not a JSON object, 422 for a missing or ill-typed field.
 */
final class WebhookJson {

    // Strict: trailing garbage and duplicate keys are refused. A signed body with two values for one key means
    // whatever the reader picks, so it is not taken in at all.
    private static final ObjectReader READER = new ObjectMapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** 9999-12-31T23:59:59Z. */
    private static final long MAX_EPOCH_SECOND = 253_402_300_799L;

    private final JsonNode node;
    private final String path;

    private WebhookJson(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    static WebhookJson parse(byte[] body) {
        JsonNode root;
        try {
            root = READER.readTree(utf8(body));
        } catch (JsonProcessingException e) {
            throw WebhookRejectedException.malformed("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw WebhookRejectedException.malformed("the body must be a JSON object");
        }
        return new WebhookJson(root, "");
    }

    /**
     * RFC 8259 §8.1: JSON between systems is UTF-8. Read from bytes, Jackson would take UTF-16 and UTF-32 as well,
     * and the inbox, which stores the body as UTF-8 text, would then hold an event nobody can read.
     */
    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw WebhookRejectedException.malformed("the body is not valid JSON: it is not UTF-8 text (RFC 8259 §8.1)");
        }
    }

    JsonNode node() {
        return node;
    }

    String text(String field, int maxLength) {
        return optionalText(field, maxLength).orElseThrow(() -> missing(field));
    }

    Optional<String> optionalText(String field, int maxLength) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            throw WebhookRejectedException.invalidField("field '" + name(field) + "' must be a non-empty string");
        }
        if (value.textValue().length() > maxLength) {
            throw WebhookRejectedException.invalidField("field '" + name(field) + "' is longer than " + maxLength
                    + " characters");
        }
        return Optional.of(value.textValue());
    }

    WebhookJson object(String field) {
        return optionalObject(field).orElseThrow(() -> missing(field));
    }

    Optional<WebhookJson> optionalObject(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw WebhookRejectedException.invalidField("field '" + name(field) + "' must be a JSON object");
        }
        return Optional.of(new WebhookJson(value, name(field) + "."));
    }

    /** An ISO-8601 date-time with offset, e.g. {@code 2025-01-28T14:35:00Z} or {@code 2023-09-25T16:00:00+05:30}. */
    Instant instant(String field) {
        return optionalInstant(field).orElseThrow(() -> missing(field));
    }

    Optional<Instant> optionalInstant(String field) {
        return optionalText(field, 64).map(text -> {
            try {
                return inRange(field, OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            } catch (DateTimeException e) {
                throw WebhookRejectedException.invalidField("field '" + name(field) + "' is not an ISO-8601 date-time"
                        + " with offset: '" + text + "'");
            }
        });
    }

    /** Whole seconds since the epoch, e.g. PushPress's {@code created}. */
    Optional<Instant> optionalEpochSeconds(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || Math.abs(value.longValue()) > MAX_EPOCH_SECOND) {
            throw WebhookRejectedException.invalidField("field '" + name(field) + "' must be whole seconds since 1970");
        }
        return Optional.of(inRange(field, Instant.ofEpochSecond(value.longValue())));
    }

    /** Keeps times within what both databases store (and what a real event can carry). */
    private Instant inRange(String field, Instant instant) {
        if (instant.isBefore(Instant.EPOCH) || instant.getEpochSecond() > MAX_EPOCH_SECOND) {
            throw WebhookRejectedException.invalidField("field '" + name(field) + "' is out of range: " + instant);
        }
        return instant;
    }

    private WebhookRejectedException missing(String field) {
        return WebhookRejectedException.invalidField("missing field '" + name(field) + "'");
    }

    private String name(String field) {
        return path + field;
    }
}
