-- Schema 2: indexed word look-ups for quotes --speaker and --about, and co-mentions counted within one story of a file.
-- The speaker's name as shown (the entity's name, else the name the quote gives), stored once so it can be indexed.
ALTER TABLE quotes ADD COLUMN speaker_label TEXT;
UPDATE quotes q SET speaker_label = coalesce((SELECT e.name FROM entities e WHERE e.id = q.speaker), q.speaker_name);
-- Words of the speaker's name; quote content has its own tsv (schema 1) for --about.
ALTER TABLE quotes ADD COLUMN speaker_tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce(speaker_label, ''))) STORED;
CREATE INDEX quotes_speaker_tsv ON quotes USING GIN (speaker_tsv);

-- The stories of a file (Paragraph.Story) each entity is mentioned in. Stores of schema 1 did not keep stories: their
-- articles count as one story each, as co-mentions were counted before.
CREATE TABLE entity_stories (
    article BIGINT NOT NULL REFERENCES articles (seq),
    story INTEGER NOT NULL,
    entity BIGINT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (article, story, entity)
);
CREATE INDEX entity_stories_entity ON entity_stories (entity);
INSERT INTO entity_stories (article, story, entity) SELECT DISTINCT article, 0, entity FROM article_entities;

-- Quote listings walk articles newest first and stop at the limit, instead of sorting every quote; it serves the
-- published ranges of --since too, so the plain index on published goes.
CREATE INDEX articles_recent ON articles (published DESC NULLS LAST, seq);
DROP INDEX articles_published;
