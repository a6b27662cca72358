--> statement-breakpoint
-- An exception found in an audit is kept for good: remediation is recorded beside it, never by
-- removing it, and this trigger makes an accidental DELETE fail loudly. A delete cascading from the
-- engagement or organization (a nested trigger, depth > 1) still goes through.
CREATE FUNCTION audit_exceptions_refuse_delete() RETURNS trigger AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'an audit exception is never deleted (DELETE refused); record its remediation instead';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_exceptions_keep
  BEFORE DELETE ON audit_exceptions
  FOR EACH ROW EXECUTE FUNCTION audit_exceptions_refuse_delete();
