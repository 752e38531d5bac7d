-- Opt-in anonymous counts for the annual report: off until the installer or an editor switches them on.
-- `confidant` is the Slack user id of the vertrouwenspersoon, who may read the counts.
alter table workspace_settings add column count_topics boolean not null default false;
alter table workspace_settings add column confidant text;

-- Per workspace, calendar quarter ('2026Q4') and topic (a flow id): how often a conversation started
-- ('started') and how often an answer of each verdict was reached (the verdict's name). Nothing else:
-- no person, channel, day or answer path. Instances add their batches with `n = n + excluded.n`.
create table topic_counts (
  installation_id text not null references installations (id) on delete cascade,
  quarter text not null check (quarter ~ '^[0-9]{4}Q[1-4]$'),
  topic text not null,
  measure text not null,
  n bigint not null check (n >= 0),
  primary key (installation_id, quarter, topic, measure)
);
