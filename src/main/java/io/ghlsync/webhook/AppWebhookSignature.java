package io.ghlsync.webhook;

import org.apache.camel.Body;
import org.apache.camel.Header;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.RunMode;

/**
 * Bean {@code appWebhookSignature}: {@code x-app-signature} is the lowercase hex HMAC-SHA256 of the raw body with
 * the shared secret (docs/architecture.md "Generic app connector").
 */
@Component("appWebhookSignature")
@ConditionalOnSync
class AppWebhookSignature {

    static final String HEADER = "x-app-signature";

    private final HmacWebhookSignature signature;

    AppWebhookSignature(WebhookProperties properties, @Value("${" + RunMode.PROPERTY + "}") String mode) {
        this.signature = new HmacWebhookSignature(HEADER, "App", "GHLSYNC_WEBHOOKS_APP_SIGNING_SECRET",
                properties.app().signingSecret(), properties.app().sandboxSigningSecret(), mode);
    }

    /** Refuses (401) a body whose signature is missing or does not match. */
    public void verify(@Body byte[] body, @Header(HEADER) String header) {
        signature.verify(body, header);
    }
}
