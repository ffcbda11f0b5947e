package io.ghlsync.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.ghlsync.ConditionalOnSync;

/**
 * The {@link RateBudget} of every instance on one database: each location's {@link TokenBucket} is a row of
 * {@code rate_budget}, read under a row lock, changed and written back in one short transaction, so that two
 * instances together spend one location's budget once, in arrival order. The caller sleeps outside the
 * transaction; a hold-off another instance meets (a 429) is seen after the sleep and waited out too.
 *
 * <p>The cost per HighLevel request (at most ten per second per location at HighLevel's limit) is two short
 * transactions, to take the token and to record what the answer reported, and, only when the request had to wait,
 * one read of the hold-off; SharedRateBudgetTest shows two instances against one budget (docs/scaling.md).
 */
@Component
@ConditionalOnSync
@ConditionalOnProperty(name = "ghlsync.ratelimit.shared", havingValue = "true", matchIfMissing = true)
class SharedRateBudget implements RateBudget {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RateLimitProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Long> reportedRemaining = new ConcurrentHashMap<>();
    private final Set<String> stored = ConcurrentHashMap.newKeySet();

    SharedRateBudget(JdbcTemplate jdbc, TransactionTemplate transactions, RateLimitProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Override
    public void acquire(String locationId) throws InterruptedException {
        // A hold-off in force now was part of the reservation; only one set by another instance while this one
        // slept needs a second look.
        for (long wait = update(locationId, bucket -> bucket.reserve(now())); wait > 0; wait = heldOffFor(locationId)) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    @Override
    public void observe(String locationId, RateLimitReport report) {
        report.remaining().ifPresent(remaining -> reportedRemaining.put(locationId, remaining));
        if (report.remaining().isEmpty() && (report.max().isEmpty() || report.interval().isEmpty())) {
            return;
        }
        update(locationId, bucket -> {
            if (report.max().isPresent() && report.interval().isPresent()) {
                bucket.configure(report.max().getAsLong(), report.interval().get().toNanos());
            }
            report.remaining().ifPresent(remaining -> bucket.clampTo(remaining, now()));
            return null;
        });
    }

    @Override
    public void holdOff(String locationId, Duration wait) {
        update(locationId, bucket -> {
            long now = now();
            bucket.blockUntil(now + wait.toNanos(), now);
            return null;
        });
    }

    @Override
    public OptionalLong remaining(String locationId) {
        Long remaining = reportedRemaining.get(locationId);
        return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
    }

    private long heldOffFor(String locationId) {
        Long blockedUntil = jdbc.queryForObject("select blocked_until from rate_budget where location_id = ?",
                Long.class, locationId);
        return Math.max(0, blockedUntil - now());
    }

    /** Applies {@code change} to the location's bucket under its row lock and stores the result. */
    private <T> T update(String locationId, Function<TokenBucket, T> change) {
        ensureRow(locationId);
        return transactions.execute(status -> {
            TokenBucket bucket = jdbc.queryForObject("select tokens, updated_at, blocked_until, max_requests, interval_nanos"
                    + " from rate_budget where location_id = ? for update", (rs, n) -> new TokenBucket(
                    new TokenBucket.State(rs.getDouble(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                    properties.burst(), properties.headroom()), locationId);
            T result = change.apply(bucket);
            TokenBucket.State state = bucket.state();
            jdbc.update("update rate_budget set tokens = ?, updated_at = ?, blocked_until = ?, max_requests = ?,"
                    + " interval_nanos = ? where location_id = ?", state.tokens(), state.updatedAt(), state.blockedUntil(),
                    state.max(), state.intervalNanos(), locationId);
            return result;
        });
    }

    private void ensureRow(String locationId) {
        if (stored.contains(locationId)) {
            return;
        }
        TokenBucket.State fresh = new TokenBucket(properties.max(), properties.interval().toNanos(), properties.burst(),
                properties.headroom(), now()).state();
        try {
            jdbc.update("insert into rate_budget (location_id, tokens, updated_at, blocked_until, max_requests,"
                    + " interval_nanos) values (?, ?, ?, ?, ?, ?)", locationId, fresh.tokens(), fresh.updatedAt(),
                    fresh.blockedUntil(), fresh.max(), fresh.intervalNanos());
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            // the row is there: that is all this wanted
        }
        stored.add(locationId);
    }

    private long now() {
        Instant now = clock.instant();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }
}
