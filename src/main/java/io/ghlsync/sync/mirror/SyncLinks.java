package io.ghlsync.sync.mirror;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.ghlsync.ConditionalOnSync;
import io.ghlsync.sync.CanonicalJson;

/**
 * Table {@code sync_link}. Its unique keys (location, target, type, HighLevel id) and (…, app id) are what makes a
 * second creation impossible: whoever reserves a link first owns the creation, everyone else finds the link.
 */
@Component
@ConditionalOnSync
class SyncLinks {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    SyncLinks(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<SyncLink> byGhl(String locationId, String target, String type, String ghlId) {
        return one("ghl_id", locationId, target, type, ghlId);
    }

    Optional<SyncLink> byApp(String locationId, String target, String type, String appId) {
        return one("app_id", locationId, target, type, appId);
    }

    /** The live links of the tasks or notes of one HighLevel contact. */
    List<SyncLink> byGhlParent(String locationId, String target, String type, String ghlParentId) {
        return jdbc.query("select * from sync_link where location_id = ? and target = ? and object_type = ?"
                + " and ghl_parent_id = ? and deleted = false order by id", rows(), locationId, target, type, ghlParentId);
    }

    /** Links of one app customer's tasks or notes whose app object is being created (app id not yet known). */
    List<SyncLink> reservedForAppParent(String locationId, String target, String type, String appParentId) {
        return jdbc.query("select * from sync_link where location_id = ? and target = ? and object_type = ?"
                + " and app_parent_id = ? and app_id is null and deleted = false order by id", rows(),
                locationId, target, type, appParentId);
    }

    /** Links of one HighLevel contact's tasks or notes whose HighLevel item is being created (HighLevel id not yet known). */
    List<SyncLink> reservedForGhlParent(String locationId, String target, String type, String ghlParentId) {
        return jdbc.query("select * from sync_link where location_id = ? and target = ? and object_type = ?"
                + " and ghl_parent_id = ? and ghl_id is null and deleted = false order by id", rows(),
                locationId, target, type, ghlParentId);
    }

    /** The link of a HighLevel object, made (with the app id still unknown) if there is none. */
    SyncLink reserveGhl(String locationId, String target, String type, String ghlId, String ghlParentId,
                        String appParentId) {
        return reserve("ghl_id", locationId, target, type, ghlId, ghlParentId, appParentId);
    }

    /** The link of an app object, made (with the HighLevel id still unknown) if there is none. */
    SyncLink reserveApp(String locationId, String target, String type, String appId, String ghlParentId,
                        String appParentId) {
        return reserve("app_id", locationId, target, type, appId, ghlParentId, appParentId);
    }

    /**
     * Completes a reserved link with the other side's object. When that object is already reserved from its own side
     * (both sides linking at once), the two reservations become one.
     *
     * @throws MirrorConflictException when the other object is linked to a different partner
     */
    SyncLink complete(SyncLink reserved, Side otherSide, String otherId) {
        Optional<SyncLink> other = otherSide == Side.APP
                ? byApp(reserved.locationId(), reserved.target(), reserved.objectType(), otherId)
                : byGhl(reserved.locationId(), reserved.target(), reserved.objectType(), otherId);
        SyncLink completing = reserved;
        String partner = otherId;
        Side partnerSide = otherSide;
        if (other.isPresent() && other.get().id() != reserved.id()) {
            completing = other.get();
            partnerSide = otherSide.other();
            partner = partnerSide == Side.APP ? reserved.appId() : reserved.ghlId();
            String theirs = partnerSide == Side.APP ? completing.appId() : completing.ghlId();
            if (theirs != null && !theirs.equals(partner)) {
                throw new MirrorConflictException(reserved.objectType() + " " + otherId + " is already linked to " + theirs
                        + "; " + partner + " matches it too (same email or phone). Merge the duplicates, then replay"
                        + " this dead letter.");
            }
            discard(reserved);
        }
        attach(partnerSide == Side.APP ? "app_id" : "ghl_id", completing, partner);
        SyncLink completed = byId(completing.id());
        if (!partner.equals(partnerSide == Side.APP ? completed.appId() : completed.ghlId())) {
            throw new MirrorConflictException("link " + completed.id() + " was completed with another partner meanwhile");
        }
        return completed;
    }

    /** Saves the link's state over the version it was read at (another writer in between → retried by the flow). */
    SyncLink save(SyncLink link) {
        Instant now = clock.instant();
        int updated = jdbc.update("update sync_link set base_state = ?, ghl_hash = ?, app_hash = ?, ghl_parent_id = ?,"
                + " app_parent_id = ?, version = version + 1, updated_at = ? where id = ? and version = ?",
                link.state().toJson().toString(), CanonicalJson.sha256(link.state().values(Side.GHL)),
                CanonicalJson.sha256(link.state().values(Side.APP)), link.ghlParentId(), link.appParentId(),
                now.atOffset(ZoneOffset.UTC), link.id(), link.version());
        if (updated != 1) {
            throw new OptimisticLockingFailureException("sync_link " + link.id() + " changed while it was being synced");
        }
        return byId(link.id());
    }

    void markDeleted(SyncLink link) {
        jdbc.update("update sync_link set deleted = true, version = version + 1, updated_at = ? where id = ?",
                clock.instant().atOffset(ZoneOffset.UTC), link.id());
    }

    /** Drops a reservation that another link made redundant (only a link with one id missing can be dropped). */
    void discard(SyncLink reserved) {
        jdbc.update("delete from sync_link where id = ? and (ghl_id is null or app_id is null)", reserved.id());
    }

    SyncLink byId(long id) {
        return jdbc.query("select * from sync_link where id = ?", rows(), id).get(0);
    }

    private Optional<SyncLink> one(String column, String locationId, String target, String type, String id) {
        return jdbc.query("select * from sync_link where location_id = ? and target = ? and object_type = ? and "
                + column + " = ?", rows(), locationId, target, type, id).stream().findFirst();
    }

    private SyncLink reserve(String column, String locationId, String target, String type, String id,
                             String ghlParentId, String appParentId) {
        Optional<SyncLink> existing = one(column, locationId, target, type, id);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        try {
            jdbc.update("insert into sync_link (location_id, target, object_type, " + column + ", ghl_parent_id,"
                    + " app_parent_id, base_state, deleted, version, created_at, updated_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)", locationId, target, type, id, ghlParentId,
                    appParentId, new LinkState().toJson().toString(), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
        } catch (DuplicateKeyException reservedMeanwhile) {
            // another instance or flow reserved it first: use theirs
        }
        return one(column, locationId, target, type, id).orElseThrow();
    }

    private void attach(String column, SyncLink link, String id) {
        try {
            jdbc.update("update sync_link set " + column + " = ?, version = version + 1, updated_at = ?"
                    + " where id = ? and " + column + " is null", id, clock.instant().atOffset(ZoneOffset.UTC), link.id());
        } catch (DuplicateKeyException linkedElsewhere) {
            // another link holds that id: complete() sees the partner missing and says so
        }
    }

    private RowMapper<SyncLink> rows() {
        return (ResultSet rs, int n) -> new SyncLink(rs.getLong("id"), rs.getString("location_id"), rs.getString("target"),
                rs.getString("object_type"), rs.getString("ghl_id"), rs.getString("app_id"),
                rs.getString("ghl_parent_id"), rs.getString("app_parent_id"), state(rs), rs.getBoolean("deleted"),
                rs.getInt("version"));
    }

    private LinkState state(ResultSet rs) throws SQLException {
        String text = rs.getString("base_state");
        try {
            return LinkState.read(text == null ? null : json.readTree(text));
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("sync_link.base_state of link " + rs.getLong("id") + " is not JSON", unreadable);
        }
    }
}
