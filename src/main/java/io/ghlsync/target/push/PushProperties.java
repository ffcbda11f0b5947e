package io.ghlsync.target.push;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.ghlsync.target.CallPolicy;

/**
 * The live Push by Techulus connection ({@code ghlsync.push.*}). In sandbox mode the client uses
 * the simulator and its key ({@code ghlsync.push.simulator.api-key}) instead.
 *
 * @param baseUrl API base URL (docs/api-research.md §2)
 * @param apiKey  the {@code x-api-key} header (an account or team key); from {@code GHLSYNC_PUSH_API_KEY}
 * @param http    timeouts and retries
 */
@Validated
@ConfigurationProperties("ghlsync.push")
public record PushProperties(
        @DefaultValue("https://push.techulus.com/api/v1") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue @Valid @NotNull CallPolicy http) {

    @Override
    public String toString() {
        return "PushProperties[baseUrl=" + baseUrl + ", apiKey=***]";
    }
}
