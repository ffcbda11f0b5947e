package io.ghlsync.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;

/**
 * One process's {@link RateBudget}: a {@link TokenBucket} per location, adapted to what HighLevel
 * reports. Only for a single instance ({@code ghlsync.ratelimit.shared=false}): the default,
 * {@link SharedRateBudget}, keeps the buckets in the database so that all instances share them.
 */
@Component
@ConditionalOnSync
@ConditionalOnProperty(name = "ghlsync.ratelimit.shared", havingValue = "false")
class TokenBucketRateBudget implements RateBudget {

    private final RateLimitProperties properties;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, Long> reportedRemaining = new ConcurrentHashMap<>();

    TokenBucketRateBudget(RateLimitProperties properties) {
        this.properties = properties;
    }

    @Override
    public void acquire(String locationId) throws InterruptedException {
        TokenBucket bucket = bucket(locationId);
        TimeUnit.NANOSECONDS.sleep(bucket.reserve(System.nanoTime()));
        // A 429 met by another caller while this one waited extends the wait for everybody.
        for (long held = bucket.heldOffFor(System.nanoTime()); held > 0; held = bucket.heldOffFor(System.nanoTime())) {
            TimeUnit.NANOSECONDS.sleep(held);
        }
    }

    @Override
    public void observe(String locationId, RateLimitReport report) {
        TokenBucket bucket = bucket(locationId);
        if (report.max().isPresent() && report.interval().isPresent()) {
            bucket.configure(report.max().getAsLong(), report.interval().get().toNanos());
        }
        report.remaining().ifPresent(remaining -> {
            reportedRemaining.put(locationId, remaining);
            bucket.clampTo(remaining, System.nanoTime());
        });
    }

    @Override
    public void holdOff(String locationId, Duration wait) {
        long now = System.nanoTime();
        bucket(locationId).blockUntil(now + wait.toNanos(), now);
    }

    @Override
    public OptionalLong remaining(String locationId) {
        Long remaining = reportedRemaining.get(locationId);
        return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
    }

    private TokenBucket bucket(String locationId) {
        return buckets.computeIfAbsent(locationId, id -> new TokenBucket(properties.max(),
                properties.interval().toNanos(), properties.burst(), properties.headroom(), System.nanoTime()));
    }
}
