-- Newsgraph store, SQLite dialect. Offsets are Unicode code points into articles.text, as in CONTRACT.md.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT UNIQUE,
    title TEXT,
    published TEXT,
    origin TEXT,
    text TEXT NOT NULL,
    minhash BLOB,
    ingested TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    latitude REAL,
    longitude REAL,
    country TEXT,
    feature_class TEXT,
    geonameid INTEGER
);
CREATE INDEX entities_name ON entities (lower(name));

CREATE TABLE article_entities (
    article INTEGER NOT NULL REFERENCES articles (seq),
    local_id TEXT NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities (id),
    name TEXT NOT NULL,
    titles TEXT,
    mention_count INTEGER NOT NULL,
    PRIMARY KEY (article, local_id)
);
CREATE INDEX article_entities_entity ON article_entities (entity);
CREATE INDEX article_entities_name ON article_entities (lower(name));

CREATE TABLE mentions (
    article INTEGER NOT NULL REFERENCES articles (seq),
    entity INTEGER REFERENCES entities (id),
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions (article);
CREATE INDEX mentions_entity ON mentions (entity);

CREATE TABLE quotes (
    article INTEGER NOT NULL REFERENCES articles (seq),
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    content TEXT NOT NULL,
    speaker INTEGER REFERENCES entities (id),
    speaker_name TEXT,
    speaker_text TEXT,
    speaker_start INTEGER,
    cue TEXT,
    cue_start INTEGER,
    channel TEXT,
    PRIMARY KEY (article, seq)
);
CREATE INDEX quotes_speaker ON quotes (speaker);

CREATE TABLE dates (
    article INTEGER NOT NULL REFERENCES articles (seq),
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    value TEXT,
    granularity TEXT
);
CREATE INDEX dates_article ON dates (article);

CREATE TABLE counts (
    article INTEGER NOT NULL REFERENCES articles (seq),
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    text TEXT NOT NULL,
    number REAL NOT NULL,
    qualifier TEXT,
    what TEXT,
    event TEXT,
    unit TEXT
);
CREATE INDEX counts_article ON counts (article);

CREATE TABLE sources (
    article INTEGER NOT NULL REFERENCES articles (seq),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    mention_count INTEGER NOT NULL,
    first_start INTEGER
);
CREATE INDEX sources_article ON sources (article);

-- Files already ingested whole, so an interrupted ingest resumes without reading them again.
CREATE TABLE inputs (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    modified INTEGER NOT NULL,
    articles INTEGER NOT NULL,
    ingested TEXT NOT NULL
);

-- Full text of articles (quote NULL) and of quotes; the Porter stemmer matches PostgreSQL's english configuration.
CREATE VIRTUAL TABLE search USING fts5 (body, article UNINDEXED, quote UNINDEXED, tokenize = 'porter unicode61');
