-- How to rebuild a dead letter's body for a replay (a class name, or list:<class>).
alter table dead_letter add column payload_type varchar(300);
create index dead_letter_flow_event on dead_letter (flow, event_key);
