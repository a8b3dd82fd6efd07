-- An event's picture, apart from the event row so that lists of events never load it.
create table event_image (
    event_id     bigint       primary key references event (id) on delete cascade,
    tenant_id    bigint       not null,
    content_type varchar(50)  not null,
    alt_text     varchar(300) not null default '',
    data         bytea        not null
);
