-- Review comments addressed to one section of the version reviewed: its writers (a partner authority,
-- say) read those and no other. A review's own `comments` are addressed to the report as a whole.
CREATE TABLE review_comment (
    id                uuid          PRIMARY KEY,
    review_id         uuid          NOT NULL REFERENCES submission_review (id),
    section_key       varchar(80)   NOT NULL,
    contributor       varchar(60)   NOT NULL,
    organisation_gss  varchar(9),
    comments          varchar(4000) NOT NULL,
    position          integer       NOT NULL,
    UNIQUE (review_id, section_key)
);
