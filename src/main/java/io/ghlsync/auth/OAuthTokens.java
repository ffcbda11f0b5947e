package io.ghlsync.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlProperties;
import io.ghlsync.ghl.GhlUnavailableException;
import io.ghlsync.ghl.ReauthorizationRequiredException;

/**
 * The OAuth grants of locations, refreshed ahead of expiry and once after a 401.
 *
 * <p>One refresh per location at a time, at two levels. In this process, concurrent callers join the
 * refresh already under way (one token call for any number of callers). Across instances sharing the
 * database, the single-use refresh token is spent only by the instance that moved the row's
 * {@code version} on ({@link OAuthTokenStore#claimRefresh}); the others wait for the row to come back
 * ACTIVE and use what it holds. A refresh token HighLevel rejects marks the location NEEDS_REAUTH,
 * and every later call for it fails at once until someone authorises again.
 */
@Component
@ConditionalOnSync
class OAuthTokens {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokens.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final OAuthTokenStore store;
    private final OAuthTokenEndpoint endpoint;
    private final Duration skew;
    private final Duration lease;
    private final Duration patience;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, StoredGrant> cache = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<StoredGrant>> refreshing = new ConcurrentHashMap<>();

    OAuthTokens(OAuthTokenStore store, OAuthTokenEndpoint endpoint, AuthProperties properties, GhlProperties ghl) {
        this.store = store;
        this.endpoint = endpoint;
        this.skew = properties.refreshSkew();
        this.lease = properties.refreshLease();
        this.patience = properties.refreshLease().plus(ghl.readTimeout());
    }

    /** The location's grant, if it was ever authorised through OAuth (whatever its state). */
    Optional<StoredGrant> grant(String locationId) {
        StoredGrant cached = cache.get(locationId);
        if (cached != null && cached.status() == StoredGrant.Status.ACTIVE) {
            return Optional.of(cached);
        }
        Optional<StoredGrant> stored = store.find(locationId);
        stored.ifPresent(grant -> cache.put(locationId, grant));
        return stored;
    }

    /** A usable grant for {@code current}'s location: {@code current} itself, or a refreshed one. */
    StoredGrant usable(StoredGrant current) {
        String locationId = current.grant().locationId();
        if (current.status() == StoredGrant.Status.NEEDS_REAUTH) {
            throw new ReauthorizationRequiredException(null, locationId, current.reason());
        }
        Instant now = clock.instant();
        if (current.freshAt(now, skew)) {
            return current;
        }
        try {
            return refresh(locationId, current.grant().accessToken());
        } catch (GhlUnavailableException unreachable) {
            if (current.status() == StoredGrant.Status.ACTIVE && now.isBefore(current.grant().expiresAt())) {
                // Refreshing early is a courtesy: while the token still works, an unreachable token
                // endpoint must not stop the calls; the next call tries the refresh again.
                log.warn("Could not refresh the access token of location {} ahead of expiry ({}); using it until {}",
                        locationId, unreachable.getMessage(), current.grant().expiresAt());
                return current;
            }
            throw unreachable;
        }
    }

    /** HighLevel refused {@code rejectedAccessToken}: the newer token someone stored, or a refreshed one. */
    StoredGrant afterRejection(String locationId, String rejectedAccessToken) {
        return refresh(locationId, rejectedAccessToken);
    }

    /** The OAuth callback stored a new grant. */
    void remember(StoredGrant grant) {
        cache.put(grant.grant().locationId(), grant);
    }

    /**
     * Replaces {@code staleAccessToken}. Callers in this process share one attempt; if the stored
     * token already differs from the stale one, someone else refreshed and that token is used.
     */
    private StoredGrant refresh(String locationId, String staleAccessToken) {
        CompletableFuture<StoredGrant> mine = new CompletableFuture<>();
        CompletableFuture<StoredGrant> underway = refreshing.putIfAbsent(locationId, mine);
        if (underway != null) {
            return join(underway);
        }
        try {
            StoredGrant fresh = refreshAcrossInstances(locationId, staleAccessToken);
            cache.put(locationId, fresh);
            mine.complete(fresh);
            return fresh;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            refreshing.remove(locationId, mine);
        }
    }

    private StoredGrant refreshAcrossInstances(String locationId, String staleAccessToken) {
        Instant giveUp = clock.instant().plus(patience);
        while (true) {
            Instant now = clock.instant();
            StoredGrant row = store.find(locationId).orElseThrow(() ->
                    new ReauthorizationRequiredException(null, locationId, "no OAuth grant is stored"));
            switch (row.status()) {
                case NEEDS_REAUTH -> throw new ReauthorizationRequiredException(null, locationId, row.reason());
                case ACTIVE -> {
                    if (!row.grant().accessToken().equals(staleAccessToken) && row.freshAt(now, skew)) {
                        return row; // refreshed meanwhile, here or by another instance
                    }
                    if (store.claimRefresh(locationId, row.version(), now)) {
                        return spend(row);
                    }
                }
                case REFRESHING -> {
                    if (row.leaseExpiredAt(now, lease) && store.claimRefresh(locationId, row.version(), now)) {
                        log.warn("Taking over the token refresh of location {}: the instance that started it went quiet", locationId);
                        return spend(row);
                    }
                }
            }
            if (now.isAfter(giveUp)) {
                throw new GhlUnavailableException("oauth token refresh", locationId, 1,
                        new IllegalStateException("another instance's token refresh did not finish in time"));
            }
            pause();
        }
    }

    /** Spends the refresh token of a row this instance claimed (its version is now row.version + 1). */
    private StoredGrant spend(StoredGrant claimed) {
        String locationId = claimed.grant().locationId();
        String refreshToken = claimed.grant().refreshToken();
        if (refreshToken == null) {
            return needsReauth(locationId, "HighLevel issued no refresh token");
        }
        OAuthGrant fresh;
        try {
            fresh = endpoint.refresh(refreshToken);
        } catch (OAuthTokenEndpoint.TokenEndpointException e) {
            if (e.rejected()) {
                return needsReauth(locationId, e.getMessage());
            }
            store.releaseClaim(locationId, claimed.version() + 1, claimed.updatedAt());
            throw new GhlUnavailableException("oauth token refresh", locationId, 1, e);
        }
        OAuthGrant merged = new OAuthGrant(locationId,
                fresh.companyId() != null ? fresh.companyId() : claimed.grant().companyId(),
                fresh.userId() != null ? fresh.userId() : claimed.grant().userId(),
                fresh.userType() != null ? fresh.userType() : claimed.grant().userType(),
                fresh.accessToken(), fresh.refreshToken(), fresh.obtainedAt(), fresh.expiresAt(),
                fresh.scopes().isEmpty() ? claimed.grant().scopes() : fresh.scopes());
        store.completeRefresh(merged);
        log.info("Refreshed the HighLevel access token of location {} (valid until {})", locationId, merged.expiresAt());
        return store.find(locationId).orElseThrow();
    }

    private StoredGrant needsReauth(String locationId, String reason) {
        store.markNeedsReauth(locationId, reason, clock.instant());
        cache.remove(locationId);
        log.warn("Location {} needs re-authorisation: {}. Visit /oauth/ghl/start to connect it again", locationId, reason);
        throw new ReauthorizationRequiredException(null, locationId, reason);
    }

    private static StoredGrant join(CompletableFuture<StoredGrant> underway) {
        try {
            return underway.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GhlUnavailableException("oauth token refresh", null, 1, e);
        }
    }
}
