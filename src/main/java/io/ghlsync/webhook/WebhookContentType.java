package io.ghlsync.webhook;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** Every webhook we take is JSON (RFC 8259, UTF-8): checked by {@link WebhookBodyFilter}. */
final class WebhookContentType {

    private WebhookContentType() {
    }

    /** Refuses (415) anything but {@code application/json}, parameters such as charset allowed. */
    static void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw WebhookRejectedException.unsupportedMediaType("the request has no Content-Type: send application/json");
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw WebhookRejectedException.unsupportedMediaType("Content-Type '" + abbreviate(contentType)
                    + "' cannot be read: send application/json");
        }
        if (!MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
            throw WebhookRejectedException.unsupportedMediaType("Content-Type '" + type.getType() + "/"
                    + type.getSubtype() + "' is not supported: send application/json");
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 60) + "…";
    }
}
