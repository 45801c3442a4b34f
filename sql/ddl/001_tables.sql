-- Tables of the warehouse. Idempotent: applied at every connection that writes.
-- Amounts are exact DECIMAL in 万元 (10^4 yuan); the text as published and its unit sit beside them.

-- Every attempt to fetch a publication (a log: grows with every run).
CREATE TABLE IF NOT EXISTS fetch_log (
    flow_run_id   VARCHAR,
    source_id     VARCHAR NOT NULL,
    location      VARCHAR NOT NULL,
    fetched_at    TIMESTAMPTZ NOT NULL,
    status        VARCHAR NOT NULL,      -- fetched | not_modified (a 304) | failed
    http_status   INTEGER,
    bytes         BIGINT,
    sha256        VARCHAR,
    archive_path  VARCHAR,
    error         VARCHAR,
    attempts      INTEGER,
    etag          VARCHAR,               -- validators for the next conditional GET
    last_modified VARCHAR
);

-- Every loaded version of each publication. A version is in force from valid_from until valid_to
-- (NULL: in force now). The first version of a list counts from its publication date; a later version
-- (new content seen at a later fetch) from the moment it was fetched. Nothing is overwritten: a new
-- version closes the previous one. Re-processing the same bytes (force, backfill) rebuilds that
-- version in place.
CREATE TABLE IF NOT EXISTS publications (
    source_id         VARCHAR NOT NULL,
    version           INTEGER NOT NULL,  -- 1, 2, … per source
    valid_from        TIMESTAMPTZ NOT NULL,
    valid_to          TIMESTAMPTZ,
    title             VARCHAR NOT NULL,
    publisher         VARCHAR NOT NULL,
    list_kind         VARCHAR NOT NULL,  -- provincial_plan | city_plan | groundbreaking | signing
    city_code         VARCHAR NOT NULL,  -- '44' for the province, else one of the 21 city codes
    year              INTEGER NOT NULL,
    published         DATE NOT NULL,
    location          VARCHAR NOT NULL,
    format            VARCHAR NOT NULL,
    is_sample         BOOLEAN NOT NULL,
    sha256            VARCHAR NOT NULL,
    fetched_at        TIMESTAMPTZ NOT NULL,
    loaded_at         TIMESTAMPTZ NOT NULL,
    flow_run_id       VARCHAR,
    rows_read         INTEGER NOT NULL,
    projects          INTEGER NOT NULL,
    quarantined       INTEGER NOT NULL,
    non_project_rows  INTEGER NOT NULL,
    column_map        JSON,              -- header as published → canonical column
    unmapped_headers  JSON,
    build_fingerprint VARCHAR,           -- code, SQL, rules, libraries, settings, catalog entry it was built with
    PRIMARY KEY (source_id, version)
);
-- Warehouses created before build_fingerprint existed.
ALTER TABLE publications ADD COLUMN IF NOT EXISTS build_fingerprint VARCHAR;

-- Project rows of every loaded version of each publication (current ones: view current_projects).
CREATE TABLE IF NOT EXISTS projects (
    source_id               VARCHAR NOT NULL,
    version                 INTEGER NOT NULL,
    row_number              INTEGER NOT NULL,  -- row in the source file (line, sheet row, record index)
    seq                     VARCHAR,
    project_name            VARCHAR NOT NULL,
    project_key             VARCHAR NOT NULL,  -- name|place: identity within a publication
    place_kind              VARCHAR NOT NULL,  -- city | multi_city | unassigned | province
    city_code               VARCHAR,
    city_name               VARCHAR,
    city_pinyin             VARCHAR,
    place_raw               VARCHAR,
    district                VARCHAR,
    section                 VARCHAR,           -- the top heading the project sits under (一、基础设施工程), if any
    subsection              VARCHAR,           -- the deepest heading below the top one (-1 国铁干线项目), if any
    heading_path            VARCHAR[],         -- every heading above the project, top first (empty: none)
    category                VARCHAR,           -- category column, else the section
    cluster                 VARCHAR,
    stage                   VARCHAR,
    funding                 VARCHAR,
    owner                   VARCHAR,
    content                 VARCHAR,
    remark                  VARCHAR,
    start_year              INTEGER,
    end_year                INTEGER,
    period_raw              VARCHAR,
    event_date              DATE,              -- a signing or groundbreaking date the list gives per project
    total_investment_wan    DECIMAL(20, 4),
    total_investment_raw    VARCHAR,
    total_investment_unit   VARCHAR,
    annual_plan_wan         DECIMAL(20, 4),
    annual_plan_raw         VARCHAR,
    annual_plan_unit        VARCHAR,
    raw                     JSON NOT NULL,
    -- provenance
    location                VARCHAR NOT NULL,
    sha256                  VARCHAR NOT NULL,
    fetched_at              TIMESTAMPTZ NOT NULL,
    flow_run_id             VARCHAR,
    PRIMARY KEY (source_id, version, row_number)
);

-- Rows held back from the loaded version: unreadable, or failing a Great Expectations rule.
CREATE TABLE IF NOT EXISTS quarantine (
    source_id     VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    row_number    INTEGER NOT NULL,
    project_name  VARCHAR,
    reasons       VARCHAR[] NOT NULL,
    raw           JSON NOT NULL,
    sha256        VARCHAR NOT NULL,
    flow_run_id   VARCHAR,
    PRIMARY KEY (source_id, version, row_number)
);

-- Rows that are not projects: totals, category and sub-category headings, city groups, notes, blanks.
CREATE TABLE IF NOT EXISTS non_project_rows (
    source_id       VARCHAR NOT NULL,
    version       INTEGER NOT NULL,
    row_number      INTEGER NOT NULL,
    kind            VARCHAR NOT NULL,  -- total | category | subcategory | city_group | note | blank | duplicate
    label           VARCHAR,
    declared_count  INTEGER,           -- "（17个）" on a heading
    declared_total_investment_wan  DECIMAL(20, 4),  -- amounts printed on a total or heading row
    declared_annual_plan_wan       DECIMAL(20, 4),
    context         VARCHAR,           -- the top heading the row sits under
    heading_path    VARCHAR[],         -- the headings above the row (a heading: up to itself), top first
    heading_level   INTEGER,           -- a heading's depth: 1 = top (category), 2, 3 … (subcategory)
    duplicate_of    INTEGER,           -- kind duplicate: the row of the copy that loaded
    raw             JSON NOT NULL,
    sha256          VARCHAR NOT NULL,
    PRIMARY KEY (source_id, version, row_number)
);

-- Warehouses created before heading paths, dates and duplicates were kept.
ALTER TABLE projects ADD COLUMN IF NOT EXISTS heading_path VARCHAR[];
ALTER TABLE projects ADD COLUMN IF NOT EXISTS event_date DATE;
ALTER TABLE non_project_rows ADD COLUMN IF NOT EXISTS heading_path VARCHAR[];
ALTER TABLE non_project_rows ADD COLUMN IF NOT EXISTS heading_level INTEGER;
ALTER TABLE non_project_rows ADD COLUMN IF NOT EXISTS duplicate_of INTEGER;

-- Outcome of every publication a run looked at (a log).
CREATE TABLE IF NOT EXISTS publication_runs (
    flow_run_id       VARCHAR,
    source_id         VARCHAR NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    status            VARCHAR NOT NULL,  -- loaded | unchanged | rejected | failed
    sha256            VARCHAR,
    rows_read         INTEGER,
    projects          INTEGER,
    quarantined       INTEGER,
    non_project_rows  INTEGER,
    message           VARCHAR,
    schema_drift      JSON               -- columns that disappeared or appeared since the loaded version
);

-- Every expectation evaluated on a publication (a log).
CREATE TABLE IF NOT EXISTS validation_results (
    flow_run_id       VARCHAR,
    source_id         VARCHAR NOT NULL,
    sha256            VARCHAR NOT NULL,
    validated_at      TIMESTAMPTZ NOT NULL,
    suite             VARCHAR NOT NULL,
    expectation       VARCHAR NOT NULL,
    success           BOOLEAN NOT NULL,
    unexpected_count  INTEGER NOT NULL,
    sample            JSON
);

-- Loaded rows checked against what the publisher announced (a log).
CREATE TABLE IF NOT EXISTS reconciliation (
    flow_run_id    VARCHAR,
    source_id      VARCHAR NOT NULL,
    sha256         VARCHAR NOT NULL,
    checked_at     TIMESTAMPTZ NOT NULL,
    check_kind     VARCHAR NOT NULL,   -- headline (gates) | announced (read by rules) | in_file | conflict
    figure         VARCHAR NOT NULL,   -- projects | total_yi | annual_yi; in_file:<scope>:<figure>
    declared       DECIMAL(20, 4),
    actual         DECIMAL(20, 4),
    tolerance      DECIMAL(20, 4),
    qualifier      VARCHAR NOT NULL,   -- exact | about | over | nearly
    ok             BOOLEAN NOT NULL,
    figure_source  VARCHAR,
    message        VARCHAR NOT NULL
);
