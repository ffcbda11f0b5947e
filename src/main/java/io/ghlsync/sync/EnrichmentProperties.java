package io.ghlsync.sync;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of enrichment ({@code ghlsync.enrichment}), documented in application.yaml.
 *
 * @param appointments also fetch and keep each contact's appointments (one more HighLevel call the first time a
 *                     contact is seen); appointment events reach the event flows either way
 */
@Validated
@ConfigurationProperties("ghlsync.enrichment")
public record EnrichmentProperties(@DefaultValue("false") boolean appointments) {
}
