-- Prefix searches at 1,000,000 persons (issue 17, ADR 0301): name and pinyin-initials searches read the person
-- ids of one page from a covering index (column, ID) in index order - a bounded range scan that stops after the
-- page - and only then join the registrations of those persons. The (column, ID) indexes replace the
-- single-column ones (same leading column, so every other use of them is still served).
CREATE INDEX PERSON_NAME_ID ON PERSON (NAME, ID);
CREATE INDEX PERSON_INITIALS_ID ON PERSON (NAME_INITIALS, ID);
DROP INDEX PERSON_NAME;
DROP INDEX PERSON_NAME_INITIALS;
