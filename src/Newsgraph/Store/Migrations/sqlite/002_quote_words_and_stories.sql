-- Schema 2: indexed word look-ups for quotes --speaker and --about, and co-mentions counted within one story of a file.
-- The speaker's name as shown (the entity's name, else the name the quote gives), stored once so it can be indexed.
ALTER TABLE quotes ADD COLUMN speaker_label TEXT;
UPDATE quotes SET speaker_label = coalesce((SELECT e.name FROM entities e WHERE e.id = quotes.speaker), speaker_name);

-- Words of each quote and of its speaker's name (rowid = the quote's rowid); Porter stems, as search and PostgreSQL's english do.
CREATE VIRTUAL TABLE quote_words USING fts5 (content, speaker, tokenize = 'porter unicode61');
INSERT INTO quote_words (rowid, content, speaker) SELECT rowid, content, coalesce(speaker_label, '') FROM quotes;

-- The stories of a file (Paragraph.Story) each entity is mentioned in. Stores of schema 1 did not keep stories: their
-- articles count as one story each, as co-mentions were counted before.
CREATE TABLE entity_stories (
    article INTEGER NOT NULL REFERENCES articles (seq),
    story INTEGER NOT NULL,
    entity INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (article, story, entity)
);
CREATE INDEX entity_stories_entity ON entity_stories (entity);
INSERT INTO entity_stories (article, story, entity) SELECT DISTINCT article, 0, entity FROM article_entities;

-- Quote listings walk articles newest first and stop at the limit, instead of sorting every quote; it serves the
-- published ranges of --since too, so the plain index on published goes.
CREATE INDEX articles_recent ON articles (published DESC, seq);
DROP INDEX articles_published;
