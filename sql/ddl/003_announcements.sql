-- Announcements: news releases whose prose states figures about a batch (etl/announcements/). Versions as
-- for publications: a new sha256 is a new version; valid_to NULL = in force. Idempotent.

CREATE TABLE IF NOT EXISTS announcements (
    source_id          VARCHAR NOT NULL,
    version            INTEGER NOT NULL,
    valid_from         TIMESTAMPTZ NOT NULL,
    valid_to           TIMESTAMPTZ,
    title              VARCHAR NOT NULL,
    publisher          VARCHAR NOT NULL,
    list_kind          VARCHAR NOT NULL,  -- the kind of list it announces (groundbreaking, signing …)
    city_code          VARCHAR NOT NULL,  -- '44' for a province-wide release
    year               INTEGER NOT NULL,
    published          DATE NOT NULL,
    location           VARCHAR NOT NULL,
    is_sample          BOOLEAN NOT NULL,
    announces          VARCHAR[] NOT NULL, -- catalog ids of the lists it announces
    article_title      VARCHAR,
    language           VARCHAR,           -- zh | en
    article_chars      INTEGER,
    figures            INTEGER NOT NULL,  -- figures read
    ambiguous          INTEGER NOT NULL,  -- sentences with numbers the rules could not read with confidence
    sha256             VARCHAR NOT NULL,
    fetched_at         TIMESTAMPTZ NOT NULL,
    loaded_at          TIMESTAMPTZ NOT NULL,
    flow_run_id        VARCHAR,
    build_fingerprint  VARCHAR,
    PRIMARY KEY (source_id, version)
);

-- Every figure of an announcement, traceable to its sentence: the article text is that of the version.
CREATE TABLE IF NOT EXISTS announced_figures (
    source_id       VARCHAR NOT NULL,
    version         INTEGER NOT NULL,
    figure_no       INTEGER NOT NULL,  -- order in the article
    status          VARCHAR NOT NULL,  -- ok | ambiguous (a sentence the rules could not read: never guessed)
    scope_kind      VARCHAR NOT NULL,  -- batch | funding | district | sector | size_band | province | ambiguous
    scope_label     VARCHAR,           -- 政府投资 / 龙岗区 / 产业 / ≥50亿元; NULL for batch and province
    figure          VARCHAR,           -- projects | total_investment | annual_plan | share
    value           DECIMAL(20, 4),    -- a count, an amount in 万元, or a share in % (0-100)
    unit            VARCHAR,           -- 个 | 万元 | %
    share_of        VARCHAR,           -- for a share: total_investment | annual_plan | projects
    qualifier       VARCHAR,           -- exact | about | over | nearly: about/over/nearly make it a bound
    event           VARCHAR,           -- groundbreaking | signing | groundbreaking_and_signing | production
    text            VARCHAR NOT NULL,  -- the figure's own words (the sentence, when ambiguous)
    start_offset    INTEGER NOT NULL,  -- character offsets of text in the article
    end_offset      INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    reason          VARCHAR,           -- why a sentence is ambiguous
    sha256          VARCHAR NOT NULL,
    fetched_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_id, version, figure_no)
);

-- rules: read from the prose by etl/announcements | reviewed: confirmed, corrected or set by a reviewer
-- (catalog/reviews/); only reviewed figures gate the lists they announce.
ALTER TABLE announced_figures ADD COLUMN IF NOT EXISTS provenance VARCHAR;
-- sha256 of the reviewed file applied to the version (catalog/reviews/<source_id>.yaml), NULL without one:
-- a changed review makes the next run read the release again.
ALTER TABLE announcements ADD COLUMN IF NOT EXISTS review_digest VARCHAR;

-- Breakdowns of a batch (all its districts, funding sources or sectors) checked against the whole.
CREATE TABLE IF NOT EXISTS announced_consistency (
    source_id    VARCHAR NOT NULL,
    version      INTEGER NOT NULL,
    scope_kind   VARCHAR NOT NULL,
    figure       VARCHAR NOT NULL,
    parts        INTEGER NOT NULL,
    parts_value  DECIMAL(20, 4) NOT NULL,
    whole        DECIMAL(20, 4) NOT NULL,
    tolerance    DECIMAL(20, 4) NOT NULL,
    ok           BOOLEAN NOT NULL,
    message      VARCHAR NOT NULL
);

COMMENT ON TABLE announcements IS 'Every loaded version of each announcement (a news release stating figures about a batch), with what it announces and how many figures were read from it.';
COMMENT ON TABLE announced_figures IS 'Every figure read from an announcement''s prose, with its scope, qualifier, sentence and character offsets in the article; sentences the rules could not read with confidence are kept as ambiguous, never guessed.';
COMMENT ON TABLE announced_consistency IS 'Complete breakdowns of an announced batch (districts, funding sources, sectors) checked against the batch''s own figures.';
