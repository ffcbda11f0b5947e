package io.ghlsync.auth;

import java.time.Instant;

/**
 * Spring application event published when a location's OAuth grant is marked NEEDS_REAUTH (HighLevel refused its
 * refresh token): its calls fail until someone connects it again at {@code /oauth/ghl/start}. The alerts listen.
 *
 * @param locationId the location
 * @param reason     why, as HighLevel's token endpoint put it (never a token)
 * @param at         when it was marked
 */
public record LocationNeedsReauthorization(String locationId, String reason, Instant at) {
}
