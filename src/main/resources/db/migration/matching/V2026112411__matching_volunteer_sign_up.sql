-- Volunteers who signed up themselves: the privacy text version they agreed to and when; they wait in status
-- PENDING until a coordinator confirms them.
alter table matching_volunteer add column consent_version varchar(20);
alter table matching_volunteer add column consent_at timestamptz;
