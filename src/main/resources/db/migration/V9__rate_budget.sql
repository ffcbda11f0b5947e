-- HighLevel's budget (100 requests per 10 s per location) belongs to the location, not to an instance: every
-- instance on this database paces its calls through the location's one row (io.ghlsync.ratelimit.SharedRateBudget).
-- Times are epoch nanoseconds. Portable SQL: runs on H2 and PostgreSQL.
create table rate_budget (
    location_id    varchar(100)     not null primary key,
    tokens         double precision not null,
    updated_at     bigint           not null,
    blocked_until  bigint           not null,
    max_requests   bigint           not null,
    interval_nanos bigint           not null
);
