package io.ghlsync.webhook;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.ghlsync.ConditionalOnSync;

/**
 * Claims groups of inbox events for one instance, so that several instances on one database share the work while
 * a group is only ever worked on by one of them at a time. One transaction:
 * <ol>
 * <li>lock up to {@code n} group heads with {@code FOR UPDATE SKIP LOCKED}. A head is a ready row (NEW and due and
 * older than the coalescing delay, or CLAIMED with an expired lease — its instance died) with no older unfinished
 * (NEW or CLAIMED) row in its group. Rows locked by another instance's claim in progress are skipped; the other
 * rows of those groups are not heads, since an older unfinished row exists;</li>
 * <li>for each head, lock the rest of its group's NEW or expired rows (the burst that came in meanwhile);</li>
 * <li>mark them CLAIMED by this instance until {@code now + lease}.</li>
 * </ol>
 * After the commit, every other row of a claimed group still has an older CLAIMED row, so no other instance can
 * start on the group until it is DONE, released, or its lease runs out. Both H2 2.3 and PostgreSQL 15 skip locked
 * rows before applying FETCH FIRST and lock rows only of the outer table (see {@code InboxClaimsTest}).
 */
@Component
@ConditionalOnSync
class InboxClaims {

    private static final String HEADS = """
            select e.id, e.source, e.group_key from inbox_event e
             where e.source in (:sources)
               and ((e.status = 'NEW' and e.next_attempt_at <= :now and e.received_at <= :settled)
                    or (e.status = 'CLAIMED' and e.lease_until < :now))
               and not exists (select 1 from inbox_event o
                                where o.group_key = e.group_key and o.source = e.source
                                  and o.status in ('NEW', 'CLAIMED') and o.id < e.id)
             order by e.next_attempt_at, e.id
             fetch first :limit rows only
             for update skip locked""";

    private static final String GROUP = """
            select id, event_key, event_type, location_id, event_time, received_at, attempts, payload
              from inbox_event
             where source = :source and group_key = :group
               and (status = 'NEW' or (status = 'CLAIMED' and lease_until < :now))
             order by id
             fetch first :limit rows only
             for update skip locked""";

    private static final String CLAIM = "update inbox_event set status = 'CLAIMED', claimed_by = :instance,"
            + " lease_until = :until where id in (:ids)";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final InboxProperties properties;
    private final Clock clock = Clock.systemUTC();

    InboxClaims(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, InboxProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
    }

    /** Claims up to {@code maxGroups} groups of the given sources for {@code instance}. */
    List<ClaimedGroup> claim(String instance, Set<String> sources, int maxGroups) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return transaction.execute(status -> {
            List<Map<String, Object>> heads = jdbc.queryForList(HEADS, new MapSqlParameterSource()
                    .addValue("sources", sources).addValue("now", now)
                    .addValue("settled", now.minus(properties.coalesceDelay())).addValue("limit", maxGroups));
            List<ClaimedGroup> groups = new ArrayList<>(heads.size());
            List<Long> ids = new ArrayList<>();
            for (Map<String, Object> head : heads) {
                ClaimedGroup group = lockGroup((String) head.get("source"), (String) head.get("group_key"), now);
                groups.add(group);
                ids.addAll(group.ids());
            }
            if (!ids.isEmpty()) {
                jdbc.update(CLAIM, new MapSqlParameterSource().addValue("instance", instance)
                        .addValue("until", now.plus(properties.lease())).addValue("ids", ids));
            }
            return groups;
        });
    }

    private ClaimedGroup lockGroup(String source, String groupKey, OffsetDateTime now) {
        List<ClaimedGroup.Row> rows = jdbc.query(GROUP, new MapSqlParameterSource().addValue("source", source)
                .addValue("group", groupKey).addValue("now", now).addValue("limit", properties.maxGroupEvents()),
                (rs, n) -> {
                    Instant receivedAt = rs.getObject("received_at", OffsetDateTime.class).toInstant();
                    OffsetDateTime eventTime = rs.getObject("event_time", OffsetDateTime.class); // nullable column
                    return new ClaimedGroup.Row(rs.getLong("id"), rs.getString("event_key"),
                            rs.getString("event_type"), rs.getString("location_id"),
                            eventTime == null ? receivedAt : eventTime.toInstant(), receivedAt, rs.getInt("attempts"),
                            rs.getString("payload"));
                });
        return new ClaimedGroup(source, groupKey, rows);
    }
}
