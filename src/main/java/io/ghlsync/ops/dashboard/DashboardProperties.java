package io.ghlsync.ops.dashboard;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The dashboard's server side ({@code ghlsync.dashboard.*}, documented in application.yaml).
 *
 * @param analyticsMaxContacts most contact snapshots one analytics answer reads, newest first
 * @param lagSampleInterval    how often the sync-lag chart takes a reading of {@code ghlsync.sync.lag}
 * @param lagSamples           readings kept for that chart (the oldest are dropped)
 */
@Validated
@ConfigurationProperties("ghlsync.dashboard")
record DashboardProperties(@DefaultValue("20000") @Min(1) @Max(1_000_000) int analyticsMaxContacts,
                           @DefaultValue("10s") @NotNull @DurationMin(seconds = 1) Duration lagSampleInterval,
                           @DefaultValue("360") @Min(2) @Max(100_000) int lagSamples) {
}
