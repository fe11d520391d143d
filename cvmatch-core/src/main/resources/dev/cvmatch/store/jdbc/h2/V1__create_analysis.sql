-- cvmatch analyses (JdbcAnalysisStore), H2 2.x. Flyway-compatible name: point Flyway at
-- classpath:dev/cvmatch/store/jdbc/h2, or let JdbcAnalysisStore apply it (cvmatch_schema_history).
CREATE TABLE cvmatch_analysis (
    id              VARCHAR(255)             NOT NULL PRIMARY KEY,
    owner_id        VARCHAR(255)             NOT NULL,
    file_name       VARCHAR(1024)            NOT NULL,
    document_key    VARCHAR(1024)            NOT NULL,
    content_hash    CHAR(64)                 NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    failure_reason  CHARACTER VARYING(1000000),
    attempts        INTEGER                  NOT NULL,
    score           DOUBLE PRECISION,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    job_text        CHARACTER LARGE OBJECT NOT NULL,
    job_json        CHARACTER LARGE OBJECT,
    cv_json         CHARACTER LARGE OBJECT,
    result_json     CHARACTER LARGE OBJECT,
    embedding_space VARCHAR(255),
    embedding       BINARY VARYING(1000000)
);
-- an owner's history, newest first, is an index range scan
CREATE INDEX cvmatch_analysis_owner_created ON cvmatch_analysis (owner_id, created_at DESC, id DESC);
