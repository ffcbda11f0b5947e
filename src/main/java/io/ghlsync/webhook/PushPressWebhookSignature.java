package io.ghlsync.webhook;

import java.nio.charset.StandardCharsets;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;

/**
 * Bean {@code pushpressWebhookSignature}: {@code webhook-signature} is the lowercase hex HMAC-SHA256 of
 * {@code JSON.stringify(body.data)} with the webhook's signing secret (PushPress's SDK,
 * docs/api-research.md §3). Only {@code data} is signed, re-serialised, so the body has to be parsed first.
 */
@Component("pushpressWebhookSignature")
@ConditionalOnSync
class PushPressWebhookSignature {

    static final String HEADER = "webhook-signature";

    private final HmacWebhookSignature signature;

    PushPressWebhookSignature(WebhookProperties properties, @Value("${" + RunMode.PROPERTY + "}") String mode) {
        this.signature = new HmacWebhookSignature(HEADER, "PushPress", "GHLSYNC_WEBHOOKS_PUSHPRESS_SIGNING_SECRET",
                properties.pushpress().signingSecret(), properties.pushpress().sandboxSigningSecret(), mode);
    }

    /** Refuses a body that is not JSON (400), has no {@code data} (422), or whose signature is wrong (401). */
    public void verify(@Body byte[] body, @Header(HEADER) String header) {
        WebhookJson json = WebhookJson.parse(body);
        if (!json.node().hasNonNull("data")) {
            throw WebhookRejectedException.invalidField("missing field 'data', which the signature covers");
        }
        signature.verify(JavaScriptJson.stringify(json.node().get("data")).getBytes(StandardCharsets.UTF_8), header);
    }
}
