package io.ghlsync.webhook;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import io.ghlsync.ratelimit.Backoff;

/**
 * Settings of the durable inbox ({@code ghlsync.inbox}), documented in application.yaml.
 *
 * @param maxBacklog      unprocessed rows (NEW or CLAIMED) past which intake answers 429 with Retry-After
 * @param retryAfter      the Retry-After a 429 carries
 * @param backlogRefresh  how often the backlog figure is recounted (intake never counts per request)
 * @param instanceId      this instance's name in {@code claimed_by}; empty means host, process id and a random suffix
 * @param workers         groups delivered at once by this instance
 * @param maxGroupEvents  most events of one group handed over together; the rest follow in the next hand-over
 * @param pollInterval    pause between claim rounds when there was nothing to claim
 * @param coalesceDelay   how long a group's oldest event waits, so that a burst of changes to one object
 *                        is handed over as one group
 * @param lease           how long a claim lasts without renewal; a dead instance's claims are taken over after it
 * @param maxAttempts     deliveries of an event before it is marked FAILED (the inbox's dead letter)
 * @param retryInitial    wait after the first failed delivery; doubles per attempt, jittered
 * @param retryMax        longest wait between deliveries
 * @param shutdownTimeout how long a stopping instance lets in-flight deliveries finish before releasing them
 */
@Validated
@ConfigurationProperties("ghlsync.inbox")
public record InboxProperties(
        @DefaultValue("100000") @Min(0) long maxBacklog,
        @DefaultValue("30s") @NotNull Duration retryAfter,
        @DefaultValue("1s") @NotNull Duration backlogRefresh,
        @DefaultValue("") String instanceId,
        @DefaultValue("8") @Min(1) @Max(256) int workers,
        @DefaultValue("100") @Min(1) @Max(10000) int maxGroupEvents,
        @DefaultValue("200ms") @NotNull Duration pollInterval,
        @DefaultValue("1s") @NotNull Duration coalesceDelay,
        @DefaultValue("30s") @NotNull Duration lease,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("5s") @NotNull Duration retryInitial,
        @DefaultValue("10m") @NotNull Duration retryMax,
        @DefaultValue("20s") @NotNull Duration shutdownTimeout) {

    @AssertTrue(message = "ghlsync.inbox durations must be positive (coalesce-delay and retry-initial may be 0), "
            + "retry-max >= retry-initial, and lease at least 1s")
    boolean isTimingSensible() {
        return positive(retryAfter) && positive(backlogRefresh) && positive(pollInterval)
                && !coalesceDelay.isNegative() && !retryInitial.isNegative() && retryMax.compareTo(retryInitial) >= 0
                && lease.compareTo(Duration.ofSeconds(1)) >= 0 && !shutdownTimeout.isNegative();
    }

    private static boolean positive(Duration duration) {
        return !duration.isNegative() && !duration.isZero();
    }

    /** The retry policy of failed deliveries. */
    Backoff backoff() {
        return new Backoff(retryInitial, retryMax, maxAttempts);
    }
}
