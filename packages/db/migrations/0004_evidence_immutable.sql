-- Evidence is immutable: a correction is a new item that supersedes the old one, so the application
-- never updates a row and this trigger makes an accidental UPDATE fail loudly. Two changes stay
-- possible: deleting an organization removes its evidence, and deleting a user clears created_by
-- (ON DELETE SET NULL). The audit chain still records every item, so `vigil verify` notices an item
-- that disappeared or whose hash was changed behind Vigil's back.
CREATE FUNCTION evidence_refuse_update() RETURNS trigger AS $$
BEGIN
  IF NEW.created_by IS NULL AND (to_jsonb(NEW) - 'created_by') = (to_jsonb(OLD) - 'created_by') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'evidence is immutable (UPDATE refused); record a correction that supersedes it';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER evidence_immutable
  BEFORE UPDATE ON evidence
  FOR EACH ROW EXECUTE FUNCTION evidence_refuse_update();
