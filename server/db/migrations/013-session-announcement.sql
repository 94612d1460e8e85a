-- What a resident needs to know of a public information session, announced on the public map and
-- in the calendar feed: its time (local, 'HH:MM'), the venue (a public place: a square, a school's
-- hall) and how to sign up or ask (a web address, a phone number or an e-mail of the organiser).
-- Used for information sessions only; published as written.
ALTER TABLE visits ADD COLUMN start_time TEXT
  CHECK (start_time IS NULL OR (length(start_time) = 5 AND time(start_time || ':00') IS start_time || ':00'));
ALTER TABLE visits ADD COLUMN end_time TEXT
  CHECK (end_time IS NULL OR (length(end_time) = 5 AND time(end_time || ':00') IS end_time || ':00'));
ALTER TABLE visits ADD COLUMN venue TEXT NOT NULL DEFAULT '';
ALTER TABLE visits ADD COLUMN signup TEXT NOT NULL DEFAULT '';
