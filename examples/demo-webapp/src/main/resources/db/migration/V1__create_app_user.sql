-- Accounts of the demo application. cvmatch's own tables (cvmatch_analysis) are created by JdbcAnalysisStore's
-- shipped migrations, tracked separately.
CREATE TABLE app_user (
    id            VARCHAR(36)  PRIMARY KEY,
    email         VARCHAR(254) NOT NULL UNIQUE,
    password_hash VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
