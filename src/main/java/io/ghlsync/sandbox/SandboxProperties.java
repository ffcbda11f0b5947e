package io.ghlsync.sandbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of sandbox mode and of the simulators. The names {@code url} and {@code webhook-url}
 * are relied on by scripts and docs (see docs/scaling.md).
 *
 * @param url              base URL of simulators running in another process (e.g. started with
 *                         {@code --spring.profiles.active=simulator}); empty mounts them in this app
 * @param webhookUrl       where the HighLevel simulator delivers webhooks; empty means this app's
 *                         own {@code /webhooks/ghl}
 * @param locationId       the seeded HighLevel location
 * @param token            the API token the HighLevel simulator accepts and the client sends
 * @param seedContacts     how many contacts the HighLevel simulator seeds at startup
 * @param seed             random seed of the seeded data, so every run sees the same contacts
 */
@Validated
@ConfigurationProperties("ghlsync.sandbox")
public record SandboxProperties(
        @DefaultValue("") String url,
        @DefaultValue("") String webhookUrl,
        @DefaultValue("sandbox-location") @NotBlank String locationId,
        @DefaultValue("sandbox-token") @NotBlank String token,
        @DefaultValue("200") @Min(0) int seedContacts,
        @DefaultValue("42") long seed) {
}
