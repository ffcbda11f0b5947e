package io.ghlsync.ops;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How flows retry a failed record before it goes to the dead-letter store.
 *
 * @param redeliveries    redeliveries after the first attempt, for failures that may be transient
 * @param redeliveryDelay the first delay, doubled for each further redelivery
 */
@Validated
@ConfigurationProperties("ghlsync.flows.errors")
record FlowErrorProperties(@DefaultValue("2") @Min(0) @Max(10) int redeliveries,
                           @DefaultValue("500ms") @NotNull Duration redeliveryDelay) {
}
