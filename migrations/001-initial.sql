-- Installations of the app, one per workspace (or per Enterprise Grid organisation for an org-wide install).
-- `details` is Bolt's installation record with every token taken out; the tokens are in `secrets`,
-- encrypted with AES-256-GCM (see src/store/secrets.ts), so a dump of this table shows no token.
create table installations (
  id text primary key,
  details jsonb not null,
  secrets text not null,
  installed_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- What the installer set on the Home tab: the organisation's contacts, who else may edit them, the language.
create table workspace_settings (
  installation_id text primary key references installations (id) on delete cascade,
  organisation jsonb,
  editors jsonb not null default '[]',
  default_lang text,
  updated_at timestamptz not null default now()
);

-- Ids that may be acted on once across every instance (Slack's event ids, used OAuth states), until they expire.
create table seen_ids (
  id text primary key,
  expires_at timestamptz not null
);
create index seen_ids_expires_at on seen_ids (expires_at);
