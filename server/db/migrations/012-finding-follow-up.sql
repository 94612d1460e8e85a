-- A safety walk's findings are followed up until they are closed: each gets a due date, and when
-- it is closed, the date and a note saying what was done. A closed finding has status 'done'.
-- (The table already has its *_bump triggers, from 003.)
ALTER TABLE walk_findings ADD COLUMN due_on TEXT CHECK (due_on IS NULL OR date(due_on) IS due_on);
ALTER TABLE walk_findings ADD COLUMN closed_on TEXT
  CHECK (closed_on IS NULL OR date(closed_on) IS closed_on);
ALTER TABLE walk_findings ADD COLUMN closed_note TEXT NOT NULL DEFAULT '';

-- The follow-up list reads the open findings by due date.
CREATE INDEX walk_findings_follow_up ON walk_findings (status, due_on) WHERE deleted_at IS NULL;
