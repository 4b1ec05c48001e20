-- Head office (issue 15): every counter's events as they arrived through the hub stream, the projector's position,
-- each counter's chain head, chain alarms, and per-site daily and monthly counts. Applied by electron/services/hq/migrate.ts.

create table hq_sites (
  site text primary key,
  time_zone text not null default 'Asia/Shanghai',
  first_event_at bigint,
  last_event_at bigint
);

-- One row per hub stream: the last stream sequence projected, written in the same transaction as its rows.
create table hq_position (
  stream text primary key,
  last_seq bigint not null
);

create table hq_events (
  event_id text primary key,
  stream_seq bigint not null unique,
  site text not null references hq_sites (site),
  counter integer not null,
  counter_seq bigint not null,
  module text not null,
  entity text not null,
  entity_id text not null,
  action text not null,
  base_version integer,
  data jsonb not null,
  changes text not null,
  note text,
  row_hash text,
  clerk_id text,
  shift_id text,
  at bigint not null,
  prev_hash text not null,
  hash text not null,
  app_version text not null,
  received_at timestamptz not null default now()
);
create index hq_events_chain on hq_events (site, counter, counter_seq);
create index hq_events_entity on hq_events (site, entity, entity_id);
create index hq_events_site_at on hq_events (site, at);

-- The newest link of each counter's chain as verified here.
create table hq_chain_heads (
  site text not null,
  counter integer not null,
  last_seq bigint not null,
  last_hash text not null,
  event_count bigint not null,
  primary key (site, counter)
);

-- A chain that does not verify: kind is 'altered' (hash does not match the content), 'broken' (prevHash is not the
-- previous link), 'gap' (sequence numbers missing) or 'fork' (a second, different event with a sequence already seen).
create table hq_alarms (
  id bigserial primary key,
  site text not null,
  counter integer not null,
  counter_seq bigint not null,
  kind text not null check (kind in ('altered', 'broken', 'gap', 'fork')),
  event_id text not null,
  other_event_id text,
  expected text,
  found text,
  stream_seq bigint not null,
  raised_at timestamptz not null default now(),
  acknowledged_at timestamptz,
  acknowledged_by text,
  acknowledged_note text
);
create index hq_alarms_open on hq_alarms (site) where acknowledged_at is null;

-- Counts per site, site-local day, module and entity: records created, changed (edits and status moves), created
-- that day and voided since (counted on the day the record was created, as the desk's own reports leave voided
-- records out), and all events.
create table hq_daily (
  site text not null,
  day date not null,
  module text not null,
  entity text not null,
  created integer not null default 0,
  changed integer not null default 0,
  voided integer not null default 0,
  events integer not null default 0,
  primary key (site, day, module, entity)
);

create table hq_monthly (
  site text not null,
  month text not null,
  module text not null,
  entity text not null,
  created integer not null default 0,
  changed integer not null default 0,
  voided integer not null default 0,
  events integer not null default 0,
  primary key (site, month, module, entity)
);

-- A message on the hub stream that is not a valid event (it is kept, never dropped in silence).
create table hq_rejected (
  stream_seq bigint primary key,
  reason text not null,
  body text not null,
  received_at timestamptz not null default now()
);
