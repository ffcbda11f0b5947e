-- Sync core: polling with requested full resyncs, and the mirror's link bookkeeping.
-- Portable SQL: runs on H2 and PostgreSQL.

-- A location polled for the first time has no watermark yet (everything is new); a requested full resync
-- is recorded here so that whichever instance runs the location's next poll carries it out, and a crash
-- midway repeats it rather than forgetting it.
alter table poll_watermark alter column watermark drop not null;
alter table poll_watermark add column resync_requested_at timestamp with time zone;

-- Tasks and notes live under a parent on each side: a HighLevel contact, an app customer. HighLevel's task
-- and note operations need the contact id, the app's lists need the customer id.
alter table sync_link add column ghl_parent_id varchar(100);
alter table sync_link add column app_parent_id varchar(100);
create index sync_link_app_parent on sync_link (location_id, target, object_type, app_parent_id);
create index sync_link_ghl_parent on sync_link (location_id, target, object_type, ghl_parent_id);
