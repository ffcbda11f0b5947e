package io.ghlsync.sync.mirror;

import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlConnection;

/**
 * The HighLevel location this deployment mirrors with PushPress and the app: one PushPress company (one API key)
 * and one app belong to one location. Snapshots of other locations (a deployment polling several) are not mirrored.
 */
@Component
@ConditionalOnSync
class MirrorLocation {

    private final String id;

    MirrorLocation(MirrorProperties properties, GhlConnection connection) {
        this.id = properties.locationId().isBlank() ? connection.defaultLocationId() : properties.locationId();
    }

    String id() {
        return id;
    }

    boolean isMirrored(String locationId) {
        return id != null && id.equals(locationId);
    }
}
