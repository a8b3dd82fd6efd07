-- An uploaded directory import (HSDS JSON or CSV of organisations / offers) between preview and import: the raw
-- text is kept here and checked again on import, so nothing the browser posts back is trusted.
create table directory_import_upload (
    id          uuid          primary key,
    tenant_id   bigint        not null,
    user_id     bigint,
    format      varchar(30)   not null,
    filename    varchar(200)  not null,
    content     text          not null,
    created_at  timestamptz   not null default now(),
    imported_at timestamptz
);
create index directory_import_upload_created_idx on directory_import_upload (created_at);
