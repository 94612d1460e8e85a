-- Where each kommun's released series of quarterly märk-DNA hand-outs begins: the first quarter of
-- its first promise period, fixed the first time it is known and never moved after. The public
-- side releases one stock (the kits before it) and the quarters from it on; were it to move (a
-- period added before the first, a start edited, the first deleted), the stock published before
-- and the quarters released after would subtract into a hidden quarter (server/privacy/).
ALTER TABLE kommuner ADD COLUMN kit_series_from TEXT
  CHECK (kit_series_from IS NULL OR date(kit_series_from) IS kit_series_from);

-- The first day of the quarter `d` (a YYYY-MM-DD) falls in.
UPDATE kommuner SET kit_series_from = (
  SELECT date(min(p.starts_on), 'start of month',
              printf('-%d months', (CAST(strftime('%m', min(p.starts_on)) AS INTEGER) - 1) % 3))
  FROM promise_periods p WHERE p.kommun = kommuner.code AND p.deleted_at IS NULL
);

CREATE TRIGGER kommuner_kit_series AFTER INSERT ON promise_periods
BEGIN
  UPDATE kommuner SET kit_series_from =
    date(NEW.starts_on, 'start of month',
         printf('-%d months', (CAST(strftime('%m', NEW.starts_on) AS INTEGER) - 1) % 3))
  WHERE code = NEW.kommun AND kit_series_from IS NULL;
END;
