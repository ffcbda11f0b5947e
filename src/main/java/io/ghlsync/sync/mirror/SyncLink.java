package io.ghlsync.sync.mirror;

/**
 * One row of {@code sync_link}: a HighLevel object and the app object it is mirrored with. While the second object
 * is being created one id is still null ("reserved"), so that a retry, or the echo of the creation, finds the link
 * rather than creating a second object.
 *
 * @param target      {@code pushpress} or {@code app}
 * @param objectType  {@code contact}, {@code task}, {@code note}
 * @param ghlParentId for tasks and notes: the HighLevel contact they belong to
 * @param appParentId for tasks and notes: the app customer they belong to
 * @param version     optimistic lock: a link is only saved over the version it was read at
 */
record SyncLink(long id, String locationId, String target, String objectType, String ghlId, String appId,
                String ghlParentId, String appParentId, LinkState state, boolean deleted, int version) {

    SyncLink withGhlId(String id) {
        return new SyncLink(this.id, locationId, target, objectType, id, appId, ghlParentId, appParentId, state, deleted, version);
    }

    SyncLink withAppId(String id) {
        return new SyncLink(this.id, locationId, target, objectType, ghlId, id, ghlParentId, appParentId, state, deleted, version);
    }
}
