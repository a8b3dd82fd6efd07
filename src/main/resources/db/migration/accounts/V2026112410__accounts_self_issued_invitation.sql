-- Public sign-ups (e.g. volunteers) are self-issued invitations: no inviter, and the version of the privacy text
-- the person agreed to when asking for the link.
alter table invitation add column self_issued boolean not null default false;
alter table invitation add column consent_version varchar(20);
