-- A council's current rating is its latest published inspection (CouncilService.rating): this index
-- answers "council = ? and status = 'PUBLISHED' and published_on <= ? order by published_on desc,
-- created_at desc limit 1" by reading one entry, however long the council's history.
CREATE INDEX ofsted_inspection_latest_published
    ON ofsted_inspection (council_id, status, published_on DESC, created_at DESC);
