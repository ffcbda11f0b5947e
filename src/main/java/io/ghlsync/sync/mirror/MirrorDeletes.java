package io.ghlsync.sync.mirror;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.ghl.GhlApi;
import io.ghlsync.ghl.GhlApiException;
import io.ghlsync.sync.mirror.MirrorProperties.DeletePolicy;
import io.ghlsync.target.TargetNotFoundException;
import io.ghlsync.target.app.AppClient;
import io.ghlsync.target.pushpress.PushPressClient;

/**
 * What a delete on one side does to the linked object on the other, per {@code ghlsync.mirror.deletes}. Whatever
 * the policy, the link is ended, so the survivor is not mirrored again. An object already gone on the other side is
 * fine: deleting twice (a replay, a retry) is harmless.
 */
@Component
@ConditionalOnSync
class MirrorDeletes {

    private static final Logger log = LoggerFactory.getLogger(MirrorDeletes.class);

    private final MirrorProperties properties;
    private final SyncLinks links;
    private final PushPressClient pushpress;
    private final AppClient app;
    private final GhlApi ghl;
    private final MirrorMetrics metrics;

    MirrorDeletes(MirrorProperties properties, SyncLinks links, PushPressClient pushpress, AppClient app, GhlApi ghl,
                  MirrorMetrics metrics) {
        this.properties = properties;
        this.links = links;
        this.pushpress = pushpress;
        this.app = app;
        this.ghl = ghl;
        this.metrics = metrics;
    }

    void contactDeletedInGhl(SyncLink link, String flow, Instant at) {
        if (link.deleted() || link.appId() == null) {
            links.markDeleted(link);
            return;
        }
        if (properties.deletes().contact() == DeletePolicy.PROPAGATE) {
            try {
                pushpress.deleteCustomer(link.appId());
                metrics.wrote(flow, ContactMirror.TARGET, "delete", at);
            } catch (TargetNotFoundException alreadyGone) {
                log.debug("PushPress customer {} was already deleted", link.appId());
            }
        } else {
            log.info("HighLevel contact {} was deleted; PushPress customer {} is kept (ghlsync.mirror.deletes.contact={})",
                    link.ghlId(), link.appId(), properties.deletes().contact());
        }
        links.markDeleted(link);
    }

    void contactDeletedInApp(SyncLink link, String flow, Instant at) {
        if (link.deleted() || link.ghlId() == null) {
            links.markDeleted(link);
            return;
        }
        Map<String, String> contact = Map.of("locationId", link.locationId(), "contactId", link.ghlId());
        switch (properties.deletes().contact()) {
            case PROPAGATE -> ghlCall(() -> ghl.call("deleteContact", contact), flow, "delete", at);
            case TAG -> ghlCall(() -> ghl.call("addTags", contact, Map.of("tags", List.of(properties.deletedTag()))),
                    flow, "tag", at);
            case IGNORE -> log.info("PushPress customer {} was deleted; HighLevel contact {} is kept", link.appId(), link.ghlId());
        }
        links.markDeleted(link);
    }

    /** A task or note deleted in HighLevel: delete its app object, per policy. */
    void itemDeletedInGhl(SyncLink link, DeletePolicy policy, String flow, Instant at) {
        if (!link.deleted() && link.appId() != null && policy == DeletePolicy.PROPAGATE) {
            try {
                if (link.objectType().equals("task")) {
                    app.deleteTask(link.appId());
                } else {
                    app.deleteNote(link.appId());
                }
                metrics.wrote(flow, "app", "delete", at);
            } catch (TargetNotFoundException alreadyGone) {
                log.debug("App {} {} was already deleted", link.objectType(), link.appId());
            }
        }
        links.markDeleted(link);
    }

    /** A task or note deleted in the app: delete it in HighLevel, per policy. */
    void itemDeletedInApp(SyncLink link, DeletePolicy policy, String flow, Instant at) {
        if (!link.deleted() && link.ghlId() != null && policy == DeletePolicy.PROPAGATE) {
            boolean task = link.objectType().equals("task");
            Map<String, String> item = task
                    ? Map.of("locationId", link.locationId(), "contactId", link.ghlParentId(), "taskId", link.ghlId())
                    : Map.of("locationId", link.locationId(), "contactId", link.ghlParentId(), "id", link.ghlId());
            ghlCall(() -> ghl.call(task ? "deleteTask" : "deleteNote", item), flow, "delete", at);
        }
        links.markDeleted(link);
    }

    private void ghlCall(Runnable call, String flow, String action, Instant at) {
        try {
            call.run();
            metrics.wrote(flow, "ghl", action, at);
        } catch (GhlApiException e) {
            if (e.status() != 404) {
                throw e;
            }
            log.debug("Already gone in HighLevel: {}", e.getMessage());
        }
    }
}
