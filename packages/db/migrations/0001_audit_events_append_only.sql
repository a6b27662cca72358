-- The audit trail is append-only: the application never updates or deletes an event, and this
-- trigger makes an accidental UPDATE or DELETE fail loudly. Deliberate tampering by a superuser is
-- still possible, which is what the hash chain (vigil verify) exists to detect.
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
