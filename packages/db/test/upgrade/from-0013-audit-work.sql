--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: drizzle; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA drizzle;


--
-- Name: acceptance_request_state; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.acceptance_request_state AS ENUM (
    'open',
    'accepted',
    'closed'
);


--
-- Name: activity_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.activity_status AS ENUM (
    'open',
    'completed'
);


--
-- Name: audit_control_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_control_result AS ENUM (
    'not_tested',
    'effective',
    'exception'
);


--
-- Name: audit_exception_conclusion; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_exception_conclusion AS ENUM (
    'deviation',
    'control_not_operating',
    'isolated'
);


--
-- Name: audit_finding_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_finding_status AS ENUM (
    'open',
    'remediated',
    'closed'
);


--
-- Name: audit_remediation_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_remediation_status AS ENUM (
    'open',
    'in_progress',
    'remediated'
);


--
-- Name: audit_request_source; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_request_source AS ENUM (
    'imported',
    'generated',
    'sample'
);


--
-- Name: audit_request_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_request_status AS ENUM (
    'open',
    'submitted',
    'flagged',
    'accepted'
);


--
-- Name: background_check_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.background_check_result AS ENUM (
    'clear',
    'adjudicated',
    'exempt'
);


--
-- Name: background_check_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.background_check_status AS ENUM (
    'not_started',
    'in_progress',
    'complete'
);


--
-- Name: component_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.component_kind AS ENUM (
    'infrastructure',
    'software',
    'data',
    'people',
    'procedures',
    'vendors'
);


--
-- Name: continuity_test_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.continuity_test_kind AS ENUM (
    'backup_restore',
    'dr_failover'
);


--
-- Name: control_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.control_status AS ENUM (
    'not_started',
    'in_progress',
    'implemented'
);


--
-- Name: control_test_conclusion; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.control_test_conclusion AS ENUM (
    'not_tested',
    'no_exceptions',
    'exceptions_noted'
);


--
-- Name: engagement_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.engagement_status AS ENUM (
    'planning',
    'observation',
    'reporting',
    'completed'
);


--
-- Name: exercise_action_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.exercise_action_status AS ENUM (
    'open',
    'done'
);


--
-- Name: incident_source; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.incident_source AS ENUM (
    'internal',
    'external',
    'monitoring_alert'
);


--
-- Name: incident_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.incident_status AS ENUM (
    'new',
    'triaged',
    'contained',
    'resolved',
    'closed',
    'dismissed'
);


--
-- Name: internal_audit_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.internal_audit_status AS ENUM (
    'planned',
    'in_progress',
    'completed'
);


--
-- Name: onboarding_item; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.onboarding_item AS ENUM (
    'accept_policies',
    'security_training',
    'background_check',
    'confidentiality_agreement',
    'device_enrolled',
    'access_granted'
);


--
-- Name: pen_test_retest_result; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.pen_test_retest_result AS ENUM (
    'fixed',
    'not_fixed'
);


--
-- Name: person_source; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.person_source AS ENUM (
    'roster',
    'manual'
);


--
-- Name: person_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.person_status AS ENUM (
    'active',
    'on_leave',
    'terminated'
);


--
-- Name: policy_version_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.policy_version_status AS ENUM (
    'draft',
    'pending_approval',
    'published',
    'superseded',
    'rejected'
);


--
-- Name: report_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.report_type AS ENUM (
    'type1',
    'type2'
);


--
-- Name: risk_assessment_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.risk_assessment_status AS ENUM (
    'pending',
    'approved'
);


--
-- Name: risk_category; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.risk_category AS ENUM (
    'security',
    'availability',
    'confidentiality',
    'privacy',
    'processing_integrity',
    'fraud',
    'vendor',
    'change',
    'compliance',
    'operational',
    'people'
);


--
-- Name: risk_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.risk_status AS ENUM (
    'open',
    'treating',
    'accepted',
    'closed'
);


--
-- Name: risk_treatment; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.risk_treatment AS ENUM (
    'mitigate',
    'accept',
    'transfer',
    'avoid'
);


--
-- Name: role; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.role AS ENUM (
    'owner',
    'admin',
    'member',
    'auditor',
    'viewer',
    'employee'
);


--
-- Name: subservice_method; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.subservice_method AS ENUM (
    'carve_out',
    'inclusive'
);


--
-- Name: tabletop_scenario; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.tabletop_scenario AS ENUM (
    'breach',
    'ransomware',
    'insider',
    'phishing',
    'outage',
    'vendor_failure',
    'custom'
);


--
-- Name: token_scope; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.token_scope AS ENUM (
    'read',
    'write'
);


--
-- Name: training_audience; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.training_audience AS ENUM (
    'all_staff',
    'employees',
    'contractors',
    'department'
);


--
-- Name: training_source; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.training_source AS ENUM (
    'lms_import',
    'manual',
    'self'
);


--
-- Name: vendor_data_access; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_data_access AS ENUM (
    'none',
    'low',
    'moderate',
    'high',
    'critical'
);


--
-- Name: vendor_impact; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_impact AS ENUM (
    'low',
    'moderate',
    'high',
    'critical'
);


--
-- Name: vendor_report_kind; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_report_kind AS ENUM (
    'soc2_type1',
    'soc2_type2',
    'soc1',
    'iso27001',
    'pentest'
);


--
-- Name: vendor_report_opinion; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_report_opinion AS ENUM (
    'unqualified',
    'qualified',
    'adverse',
    'disclaimer',
    'not_applicable'
);


--
-- Name: vendor_residual_risk; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_residual_risk AS ENUM (
    'low',
    'moderate',
    'high',
    'critical'
);


--
-- Name: vendor_review_conclusion; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_review_conclusion AS ENUM (
    'approve',
    'conditional',
    'reject'
);


--
-- Name: vendor_review_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_review_status AS ENUM (
    'open',
    'completed'
);


--
-- Name: vendor_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_status AS ENUM (
    'prospective',
    'active',
    'offboarding',
    'terminated'
);


--
-- Name: vendor_tier; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vendor_tier AS ENUM (
    'low',
    'moderate',
    'high',
    'critical'
);


--
-- Name: vuln_sla_severity; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.vuln_sla_severity AS ENUM (
    'critical',
    'high',
    'medium',
    'low'
);


--
-- Name: worker_type; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.worker_type AS ENUM (
    'employee',
    'contractor'
);


--
-- Name: audit_events_refuse_change(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_events_refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
END;
$$;


--
-- Name: audit_exceptions_refuse_delete(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_exceptions_refuse_delete() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'an audit exception is never deleted (DELETE refused); record its remediation instead';
END;
$$;


--
-- Name: evidence_refuse_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.evidence_refuse_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.created_by IS NULL AND (to_jsonb(NEW) - 'created_by') = (to_jsonb(OLD) - 'created_by') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'evidence is immutable (UPDATE refused); record a correction that supersedes it';
END;
$$;


--
-- Name: readiness_snapshots_refuse_update(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.readiness_snapshots_refuse_update() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.taken_by IS NULL AND (to_jsonb(NEW) - 'taken_by') = (to_jsonb(OLD) - 'taken_by') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'a readiness snapshot is immutable (UPDATE refused); take a new assessment';
END;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: __drizzle_migrations; Type: TABLE; Schema: drizzle; Owner: -
--

CREATE TABLE drizzle.__drizzle_migrations (
    id integer NOT NULL,
    hash text NOT NULL,
    created_at bigint
);


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE; Schema: drizzle; Owner: -
--

CREATE SEQUENCE drizzle.__drizzle_migrations_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE OWNED BY; Schema: drizzle; Owner: -
--

ALTER SEQUENCE drizzle.__drizzle_migrations_id_seq OWNED BY drizzle.__drizzle_migrations.id;


--
-- Name: access_review_accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_review_accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    campaign_id uuid NOT NULL,
    system_key text NOT NULL,
    system_name text NOT NULL,
    resource_id uuid,
    account_key text NOT NULL,
    account text NOT NULL,
    display_name text,
    email text,
    roles text[] NOT NULL,
    privileged boolean NOT NULL,
    mfa boolean,
    last_login_at timestamp with time zone,
    never_logged_in boolean DEFAULT false NOT NULL,
    enabled boolean,
    person_id uuid,
    person_name text,
    owner_user_id uuid,
    flags text[] NOT NULL,
    reviewer_user_id uuid,
    decision text,
    reason text,
    decided_by uuid,
    decided_at timestamp with time zone,
    verified_at timestamp with time zone,
    verified_note text,
    overdue_alerted_at timestamp with time zone
);


--
-- Name: access_review_campaigns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_review_campaigns (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    status text NOT NULL,
    reviewer_mode text NOT NULL,
    systems jsonb NOT NULL,
    due_date date NOT NULL,
    recurrence text NOT NULL,
    remediation_days integer NOT NULL,
    snapshot_hash text,
    account_count integer DEFAULT 0 NOT NULL,
    started_at timestamp with time zone,
    started_by uuid,
    closed_at timestamp with time zone,
    closed_by uuid,
    report_csv_evidence_id uuid,
    report_pdf_evidence_id uuid,
    previous_id uuid,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: access_review_uploads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_review_uploads (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    system_name text NOT NULL,
    system_key text NOT NULL,
    file_name text NOT NULL,
    sha256 text NOT NULL,
    accounts jsonb NOT NULL,
    uploaded_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.activities (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    control_id uuid NOT NULL,
    template_id text NOT NULL,
    title text NOT NULL,
    frequency text NOT NULL,
    period_end date NOT NULL,
    due_date date NOT NULL,
    owner_id uuid,
    status public.activity_status DEFAULT 'open'::public.activity_status NOT NULL,
    completed_at timestamp with time zone,
    completed_on date,
    completed_by uuid,
    completed_by_label text,
    evidence_id uuid,
    late boolean,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_reminders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.activity_reminders (
    activity_id uuid NOT NULL,
    threshold text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: alert_channels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_channels (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    target text NOT NULL,
    secret_enc text,
    events text[] NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: alert_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.alert_outbox (
    id bigint NOT NULL,
    org_id uuid NOT NULL,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    recipient_user_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    sent_at timestamp with time zone,
    attempts integer DEFAULT 0 NOT NULL,
    last_error text,
    next_attempt_at timestamp with time zone,
    delivered_channel_ids uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL
);


--
-- Name: alert_outbox_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.alert_outbox ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.alert_outbox_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.api_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    name text NOT NULL,
    prefix text NOT NULL,
    token_hash text NOT NULL,
    scope public.token_scope NOT NULL,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    last_used_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_chain_heads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_chain_heads (
    org_id uuid NOT NULL,
    seq integer NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_events (
    id bigint NOT NULL,
    org_id uuid NOT NULL,
    seq integer NOT NULL,
    at timestamp(3) with time zone NOT NULL,
    actor_type text NOT NULL,
    actor_id text,
    actor_label text NOT NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text,
    changes jsonb NOT NULL,
    request_id text,
    ip text,
    user_agent text,
    prev_hash text NOT NULL,
    hash text NOT NULL
);


--
-- Name: audit_events_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.audit_events ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.audit_events_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: audit_exceptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_exceptions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    number bigint NOT NULL,
    control_id uuid NOT NULL,
    criterion_id text NOT NULL,
    sample_id uuid,
    item_key text,
    sample_label text DEFAULT ''::text NOT NULL,
    description text NOT NULL,
    cause text DEFAULT ''::text NOT NULL,
    conclusion public.audit_exception_conclusion DEFAULT 'deviation'::public.audit_exception_conclusion NOT NULL,
    management_response text DEFAULT ''::text NOT NULL,
    responded_by uuid,
    responded_at timestamp with time zone,
    remediation_owner_id uuid,
    remediation_date date,
    remediation_status public.audit_remediation_status DEFAULT 'open'::public.audit_remediation_status NOT NULL,
    recorded_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_populations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_populations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    source text NOT NULL,
    query text NOT NULL,
    ran_at timestamp with time zone NOT NULL,
    row_count integer NOT NULL,
    sha256 text NOT NULL,
    file_text text NOT NULL,
    created_by uuid
);


--
-- Name: audit_request_comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_request_comments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    request_id uuid NOT NULL,
    author_id uuid,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_request_evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_request_evidence (
    request_id uuid NOT NULL,
    evidence_id uuid NOT NULL,
    org_id uuid NOT NULL,
    linked_by uuid,
    linked_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_requests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    reference text NOT NULL,
    description text NOT NULL,
    control_ids uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
    criteria text[] DEFAULT ARRAY[]::text[] NOT NULL,
    due_date date,
    assignee_id uuid,
    status public.audit_request_status DEFAULT 'open'::public.audit_request_status NOT NULL,
    source public.audit_request_source NOT NULL,
    sample_id uuid,
    flag_reason text,
    submitted_at timestamp with time zone,
    accepted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_sample_results; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_sample_results (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    sample_id uuid NOT NULL,
    item_key text NOT NULL,
    result text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    recorded_by uuid,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: audit_samples; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_samples (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    population_id uuid NOT NULL,
    control_id uuid NOT NULL,
    seed text NOT NULL,
    size integer NOT NULL,
    basis text NOT NULL,
    basis_detail text NOT NULL,
    override_reason text,
    item_ids jsonb NOT NULL,
    drawn_by uuid,
    drawn_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: background_checks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.background_checks (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    person_id uuid NOT NULL,
    status public.background_check_status DEFAULT 'not_started'::public.background_check_status NOT NULL,
    checked_on date,
    provider_reference text,
    result public.background_check_result,
    justification text,
    report_file_name text,
    report_media_type text,
    report_sha256 text,
    report_size bigint,
    report_storage_key text,
    updated_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: calendar_feeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.calendar_feeds (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: change_justifications; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.change_justifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    repository text NOT NULL,
    number integer NOT NULL,
    reason text NOT NULL,
    approver text NOT NULL,
    recorded_by uuid,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: check_coverage; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.check_coverage (
    id bigint NOT NULL,
    org_id uuid NOT NULL,
    check_id text NOT NULL,
    "from" timestamp with time zone NOT NULL,
    "to" timestamp with time zone
);


--
-- Name: check_coverage_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.check_coverage ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.check_coverage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: check_intervals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.check_intervals (
    id bigint NOT NULL,
    org_id uuid NOT NULL,
    check_id text NOT NULL,
    resource_id uuid NOT NULL,
    status text NOT NULL,
    reason text NOT NULL,
    detail jsonb DEFAULT '{}'::jsonb NOT NULL,
    "from" timestamp with time zone NOT NULL,
    "to" timestamp with time zone,
    run_id uuid
);


--
-- Name: check_intervals_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.check_intervals ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.check_intervals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: connectors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.connectors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    kind text NOT NULL,
    name text NOT NULL,
    schedule_minutes integer,
    config jsonb DEFAULT '{}'::jsonb NOT NULL,
    credentials_enc text,
    enabled boolean DEFAULT true NOT NULL,
    last_run_at timestamp with time zone,
    last_success_at timestamp with time zone,
    last_status text,
    last_error text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: continuity_tests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.continuity_tests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    kind public.continuity_test_kind NOT NULL,
    performed_on date NOT NULL,
    subject text NOT NULL,
    target_rto_minutes integer,
    achieved_rto_minutes integer,
    target_rpo_minutes integer,
    achieved_rpo_minutes integer,
    participants jsonb DEFAULT '[]'::jsonb NOT NULL,
    result text DEFAULT ''::text NOT NULL,
    evidence_ids uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: control_criteria; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.control_criteria (
    control_id uuid NOT NULL,
    org_id uuid NOT NULL,
    criterion_id text NOT NULL
);


--
-- Name: control_tests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.control_tests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    engagement_id uuid NOT NULL,
    control_id uuid NOT NULL,
    attributes text[] DEFAULT ARRAY[]::text[] NOT NULL,
    procedure text DEFAULT ''::text NOT NULL,
    conclusion public.control_test_conclusion DEFAULT 'not_tested'::public.control_test_conclusion NOT NULL,
    tested_by uuid,
    tested_at timestamp with time zone,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: control_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.control_versions (
    control_id uuid NOT NULL,
    version integer NOT NULL,
    org_id uuid NOT NULL,
    snapshot jsonb NOT NULL,
    changed_fields text[] NOT NULL,
    changed_by uuid,
    changed_by_label text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: controls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.controls (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    code text NOT NULL,
    template_id text,
    title text NOT NULL,
    description text NOT NULL,
    owner_id uuid,
    owner_role text NOT NULL,
    frequency text NOT NULL,
    kind text NOT NULL,
    automatable boolean DEFAULT false NOT NULL,
    suggested_evidence text[] DEFAULT ARRAY[]::text[] NOT NULL,
    status public.control_status DEFAULT 'not_started'::public.control_status NOT NULL,
    applicable boolean DEFAULT true NOT NULL,
    na_justification text,
    notes text DEFAULT ''::text NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: custom_checks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.custom_checks (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    check_id text NOT NULL,
    spec jsonb NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: engagement_auditors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.engagement_auditors (
    engagement_id uuid NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: engagement_systems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.engagement_systems (
    engagement_id uuid NOT NULL,
    system_id uuid NOT NULL
);


--
-- Name: engagements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.engagements (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    report_type public.report_type NOT NULL,
    as_of_date date,
    window_start date,
    window_end date,
    categories text[] NOT NULL,
    status public.engagement_status DEFAULT 'planning'::public.engagement_status NOT NULL,
    audit_firm text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    sha256 text NOT NULL,
    size bigint NOT NULL,
    media_type text NOT NULL,
    file_name text NOT NULL,
    storage_key text NOT NULL,
    period_start date,
    period_end date,
    renew_by date,
    supersedes_id uuid,
    run_id uuid,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    chain_seq integer
);


--
-- Name: evidence_controls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence_controls (
    evidence_id uuid NOT NULL,
    control_id uuid NOT NULL,
    org_id uuid NOT NULL
);


--
-- Name: exercise_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.exercise_actions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    tabletop_id uuid,
    continuity_test_id uuid,
    title text NOT NULL,
    owner_id uuid,
    due_date date,
    status public.exercise_action_status DEFAULT 'open'::public.exercise_action_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: hr_access_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hr_access_grants (
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    granted_by uuid,
    granted_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: incident_empty_periods; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.incident_empty_periods (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    "from" date NOT NULL,
    "to" date NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    attested_by uuid,
    attested_by_name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: incident_follow_ups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.incident_follow_ups (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    incident_id uuid NOT NULL,
    title text NOT NULL,
    owner_id uuid,
    due_date date NOT NULL,
    done_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: incident_risks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.incident_risks (
    incident_id uuid NOT NULL,
    risk_id uuid NOT NULL
);


--
-- Name: incident_timeline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.incident_timeline (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    incident_id uuid NOT NULL,
    at timestamp with time zone NOT NULL,
    author_id uuid,
    author_name text NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: incidents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.incidents (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    severity text NOT NULL,
    source public.incident_source NOT NULL,
    status public.incident_status DEFAULT 'new'::public.incident_status NOT NULL,
    occurred_at timestamp with time zone,
    detected_at timestamp with time zone NOT NULL,
    reported_at timestamp with time zone,
    affected_system_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    affected_data text DEFAULT ''::text NOT NULL,
    customers_must_be_notified boolean DEFAULT false NOT NULL,
    customers_notify_by timestamp with time zone,
    customers_notified_at timestamp with time zone,
    authorities_must_be_notified boolean DEFAULT false NOT NULL,
    authorities_notify_by timestamp with time zone,
    authorities_notified_at timestamp with time zone,
    root_cause text,
    lessons_learned text,
    dismissal_reason text,
    significant boolean DEFAULT false NOT NULL,
    control_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    evidence_ids uuid[] DEFAULT '{}'::uuid[] NOT NULL,
    promoted_from jsonb,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone
);


--
-- Name: internal_audit_controls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.internal_audit_controls (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    audit_id uuid NOT NULL,
    control_id uuid NOT NULL,
    result public.audit_control_result DEFAULT 'not_tested'::public.audit_control_result NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    evidence_ids uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: internal_audit_findings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.internal_audit_findings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    audit_id uuid NOT NULL,
    control_id uuid,
    description text NOT NULL,
    owner_id uuid,
    due_date date,
    remediation text DEFAULT ''::text NOT NULL,
    status public.audit_finding_status DEFAULT 'open'::public.audit_finding_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: internal_audits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.internal_audits (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    planned_date date NOT NULL,
    auditor_id uuid,
    status public.internal_audit_status DEFAULT 'planned'::public.internal_audit_status NOT NULL,
    summary text DEFAULT ''::text NOT NULL,
    previous_audit_id uuid,
    completed_at timestamp with time zone,
    completed_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: invitations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.invitations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    email text NOT NULL,
    role public.role NOT NULL,
    engagement_id uuid,
    access_expires_at timestamp with time zone,
    token_hash text NOT NULL,
    invited_by uuid,
    expires_at timestamp with time zone NOT NULL,
    accepted_at timestamp with time zone,
    revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: login_failures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failures (
    email_hash text NOT NULL,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone
);


--
-- Name: memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.memberships (
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    role public.role NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: offboarding_accounts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offboarding_accounts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    offboarding_id uuid NOT NULL,
    resource_id uuid,
    system text NOT NULL,
    account text NOT NULL,
    last_seen_active_at timestamp with time zone,
    closed_at timestamp with time zone,
    attested_by uuid,
    attested_reason text,
    overdue_alerted_at timestamp with time zone
);


--
-- Name: offboardings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offboardings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    person_id uuid NOT NULL,
    end_date date NOT NULL,
    sla_business_days integer NOT NULL,
    opened_at timestamp with time zone NOT NULL
);


--
-- Name: oidc_logins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oidc_logins (
    state text NOT NULL,
    org_id uuid NOT NULL,
    nonce text NOT NULL,
    code_verifier text NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: oidc_providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.oidc_providers (
    org_id uuid NOT NULL,
    issuer text NOT NULL,
    client_id text NOT NULL,
    client_secret_enc text NOT NULL,
    default_role public.role DEFAULT 'member'::public.role NOT NULL,
    auto_provision boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: onboarding_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.onboarding_items (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    person_id uuid NOT NULL,
    item public.onboarding_item NOT NULL,
    due_date date NOT NULL,
    done_at timestamp with time zone,
    done_by uuid,
    evidence_id uuid,
    note text,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: organizations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.organizations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    slug text NOT NULL,
    categories text[] DEFAULT ARRAY['security'::text] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pen_test_findings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pen_test_findings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    pen_test_id uuid NOT NULL,
    identifier text,
    title text NOT NULL,
    severity public.vuln_sla_severity NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    vendor_status text,
    detected_at timestamp with time zone NOT NULL,
    due_at timestamp with time zone NOT NULL,
    remediated_on date,
    retest_on date,
    retest_result public.pen_test_retest_result,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pen_tests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pen_tests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    vendor text NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    scope text DEFAULT ''::text NOT NULL,
    report_evidence_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    aliases text[] DEFAULT ARRAY[]::text[] NOT NULL,
    worker_type public.worker_type DEFAULT 'employee'::public.worker_type NOT NULL,
    department text,
    title text,
    manager_id uuid,
    start_date date,
    end_date date,
    status public.person_status DEFAULT 'active'::public.person_status NOT NULL,
    in_scope boolean DEFAULT true NOT NULL,
    scope_justification text,
    source public.person_source NOT NULL,
    source_connector_id uuid,
    employee_id text,
    user_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: people_settings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people_settings (
    org_id uuid NOT NULL,
    offboarding_sla_business_days integer DEFAULT 1 NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: person_account_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.person_account_links (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    person_id uuid NOT NULL,
    resource_id uuid NOT NULL,
    linked boolean NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: policies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policies (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    template_id text,
    owner_id uuid,
    audience text NOT NULL,
    review_cadence_months integer DEFAULT 12 NOT NULL,
    approver_ids uuid[] DEFAULT ARRAY[]::uuid[] NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: policy_acceptance_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_acceptance_requests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    policy_id uuid NOT NULL,
    person_id uuid NOT NULL,
    version_id uuid NOT NULL,
    major integer NOT NULL,
    due_date date NOT NULL,
    state public.acceptance_request_state DEFAULT 'open'::public.acceptance_request_state NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone
);


--
-- Name: policy_acceptances; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_acceptances (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    policy_id uuid NOT NULL,
    version_id uuid NOT NULL,
    person_id uuid NOT NULL,
    user_id uuid,
    content_sha256 text NOT NULL,
    accepted_at timestamp with time zone DEFAULT now() NOT NULL,
    ip text,
    user_agent text
);


--
-- Name: policy_reminders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_reminders (
    request_id uuid NOT NULL,
    threshold text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: policy_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_versions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    policy_id uuid NOT NULL,
    major integer NOT NULL,
    minor integer NOT NULL,
    status public.policy_version_status DEFAULT 'draft'::public.policy_version_status NOT NULL,
    content text NOT NULL,
    changelog text DEFAULT ''::text NOT NULL,
    review_only boolean DEFAULT false NOT NULL,
    content_sha256 text,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    submitted_by uuid,
    submitted_at timestamp with time zone,
    approved_by uuid,
    approved_at timestamp with time zone,
    published_at timestamp with time zone,
    superseded_at timestamp with time zone,
    rejected_by uuid,
    rejected_at timestamp with time zone,
    rejection_reason text
);


--
-- Name: readiness_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.readiness_snapshots (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    taken_on date NOT NULL,
    content text NOT NULL,
    content_sha256 text NOT NULL,
    taken_by uuid,
    taken_by_label text NOT NULL,
    taken_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: resource_scopes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_scopes (
    org_id uuid NOT NULL,
    source text NOT NULL,
    connector_id uuid,
    type text NOT NULL,
    last_swept_at timestamp with time zone NOT NULL,
    run_id uuid
);


--
-- Name: resources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resources (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    source text NOT NULL,
    type text NOT NULL,
    external_id text NOT NULL,
    name text NOT NULL,
    attributes jsonb NOT NULL,
    attributes_hash text NOT NULL,
    first_seen timestamp with time zone NOT NULL,
    last_seen timestamp with time zone NOT NULL,
    gone_at timestamp with time zone,
    connector_id uuid,
    states_hash text
);


--
-- Name: risk_assessments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_assessments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    assessed_on date NOT NULL,
    content text NOT NULL,
    content_sha256 text NOT NULL,
    status public.risk_assessment_status DEFAULT 'pending'::public.risk_assessment_status NOT NULL,
    taken_by uuid,
    taken_by_label text NOT NULL,
    approved_by uuid,
    approved_by_label text,
    approved_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: risk_controls; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_controls (
    risk_id uuid NOT NULL,
    control_id uuid NOT NULL
);


--
-- Name: risk_evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_evidence (
    risk_id uuid NOT NULL,
    evidence_id uuid NOT NULL
);


--
-- Name: risk_matrices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_matrices (
    org_id uuid NOT NULL,
    likelihood jsonb NOT NULL,
    impact jsonb NOT NULL,
    levels jsonb NOT NULL,
    grid jsonb NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: risk_reassessment_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risk_reassessment_requests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    reason text NOT NULL,
    requested_by_label text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    closed_at timestamp with time zone,
    closed_by_assessment_id uuid
);


--
-- Name: risks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.risks (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    category public.risk_category NOT NULL,
    template_id text,
    components jsonb DEFAULT '[]'::jsonb NOT NULL,
    owner_id uuid,
    inherent_likelihood integer NOT NULL,
    inherent_impact integer NOT NULL,
    current_likelihood integer NOT NULL,
    current_impact integer NOT NULL,
    target_likelihood integer NOT NULL,
    target_impact integer NOT NULL,
    treatment public.risk_treatment DEFAULT 'mitigate'::public.risk_treatment NOT NULL,
    status public.risk_status DEFAULT 'open'::public.risk_status NOT NULL,
    accepted_by uuid,
    accepted_at timestamp with time zone,
    acceptance_justification text,
    acceptance_expires_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: runs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.runs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    connector_id uuid,
    source text NOT NULL,
    status text NOT NULL,
    error text,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone,
    resources_seen integer DEFAULT 0 NOT NULL,
    transitions integer DEFAULT 0 NOT NULL,
    evidence_id uuid,
    stats jsonb DEFAULT '{}'::jsonb NOT NULL,
    heartbeat_at timestamp with time zone
);


--
-- Name: sample_size_tables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sample_size_tables (
    org_id uuid NOT NULL,
    "table" jsonb NOT NULL,
    updated_by uuid,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    id_hash text NOT NULL,
    user_id uuid NOT NULL,
    org_id uuid,
    csrf_token text NOT NULL,
    ip text,
    user_agent text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: systems; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.systems (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    kind public.component_kind NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    owner_id uuid,
    in_scope boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tabletop_exercises; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tabletop_exercises (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    scenario public.tabletop_scenario NOT NULL,
    scenario_description text DEFAULT ''::text NOT NULL,
    held_on date NOT NULL,
    facilitator_id uuid,
    attendees jsonb DEFAULT '[]'::jsonb NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    findings text DEFAULT ''::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: training_completions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_completions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    person_id uuid NOT NULL,
    course_id uuid NOT NULL,
    cycle_start date NOT NULL,
    cycle_end date NOT NULL,
    completed_on date NOT NULL,
    score real,
    evidence_id uuid,
    source public.training_source NOT NULL,
    recorded_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: training_courses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_courses (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    key text,
    title text NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    audience public.training_audience NOT NULL,
    audience_department text,
    cadence_months integer NOT NULL,
    cycle_start date NOT NULL,
    owner_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: training_reminders; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.training_reminders (
    org_id uuid NOT NULL,
    person_id uuid NOT NULL,
    course_id uuid NOT NULL,
    cycle_start date NOT NULL,
    kind text NOT NULL,
    sent_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: user_identities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_identities (
    issuer text NOT NULL,
    subject text NOT NULL,
    user_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    password_hash text,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: vendor_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vendor_reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    vendor_id uuid NOT NULL,
    kind public.vendor_report_kind NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    issued_on date,
    auditor text DEFAULT ''::text NOT NULL,
    opinion public.vendor_report_opinion NOT NULL,
    exceptions text DEFAULT ''::text NOT NULL,
    assessment text DEFAULT ''::text NOT NULL,
    evidence_id uuid,
    file_name text,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: vendor_reviews; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vendor_reviews (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    vendor_id uuid NOT NULL,
    due_date date NOT NULL,
    reviewer_user_id uuid,
    status public.vendor_review_status DEFAULT 'open'::public.vendor_review_status NOT NULL,
    conclusion public.vendor_review_conclusion,
    residual_risk public.vendor_residual_risk,
    notes text DEFAULT ''::text NOT NULL,
    completed_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: vendors; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vendors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    name text NOT NULL,
    services text DEFAULT ''::text NOT NULL,
    data_access public.vendor_data_access NOT NULL,
    business_impact public.vendor_impact NOT NULL,
    part_of_system boolean DEFAULT false NOT NULL,
    sub_processor boolean DEFAULT false NOT NULL,
    computed_tier public.vendor_tier NOT NULL,
    tier_override public.vendor_tier,
    tier_override_reason text,
    owner_user_id uuid,
    status public.vendor_status DEFAULT 'prospective'::public.vendor_status NOT NULL,
    contract_start date,
    contract_end date,
    dpa_signed_on date,
    parent_id uuid,
    subservice_method public.subservice_method,
    csocs jsonb DEFAULT '[]'::jsonb NOT NULL,
    cuecs jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: vuln_exceptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vuln_exceptions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    resource_id uuid NOT NULL,
    requester_id uuid,
    approver_id uuid,
    approved_at timestamp with time zone,
    justification text NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: vuln_sla_policies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vuln_sla_policies (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    org_id uuid NOT NULL,
    critical_days integer NOT NULL,
    high_days integer NOT NULL,
    medium_days integer NOT NULL,
    low_days integer NOT NULL,
    effective_at timestamp with time zone NOT NULL,
    created_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: __drizzle_migrations id; Type: DEFAULT; Schema: drizzle; Owner: -
--

ALTER TABLE ONLY drizzle.__drizzle_migrations ALTER COLUMN id SET DEFAULT nextval('drizzle.__drizzle_migrations_id_seq'::regclass);


--
-- Data for Name: __drizzle_migrations; Type: TABLE DATA; Schema: drizzle; Owner: -
--

INSERT INTO drizzle.__drizzle_migrations VALUES (1, '9e756322c1d33b8c999d841beeee35df85313a6e42b16baa3910f3f7f865814d', 1795691946022);
INSERT INTO drizzle.__drizzle_migrations VALUES (2, '30d96b5d38e61eb57eb67597a70396e1935675e23e4b8759d17b72f0dd2500c4', 1795691947066);
INSERT INTO drizzle.__drizzle_migrations VALUES (3, '3798475d144f5747c438be9fd27a2047a5c049eda5ded9e29b12f214f460446c', 1795693362404);
INSERT INTO drizzle.__drizzle_migrations VALUES (4, '93c7a0f3eec876d5dd25e9c7df05296b32344cade20a7094bc422d095d2b0ded', 1795693760791);
INSERT INTO drizzle.__drizzle_migrations VALUES (5, 'fbab1e91cfc4d80bcb1e9f9fffebe90e50179ae9a814d7401f9204dc48c01294', 1795693761897);
INSERT INTO drizzle.__drizzle_migrations VALUES (6, 'e3b0146c1c591bf79a4746fb696cd19477870bddd622e66fd430af8ad96f71b3', 1795702454988);
INSERT INTO drizzle.__drizzle_migrations VALUES (7, 'd072d4b4616329e54484367fe9518b29ca025556b894b425628ecaac1c38c391', 1795714748909);
INSERT INTO drizzle.__drizzle_migrations VALUES (8, '5c6a2d52e574d8a2cec9b5dcc58d9bbfc7c46348ccf6c9bcd1d2620fbf0653ab', 1796505383712);
INSERT INTO drizzle.__drizzle_migrations VALUES (9, 'eb239126e4ab897ade17433c59974aa88b2420021f1dabff6cff0394c5d28e7b', 1796507932285);
INSERT INTO drizzle.__drizzle_migrations VALUES (10, '1573bd9174aed334c369301d3c0ddad9c7991fbb617287ca9b3610300124b61c', 1796534131122);
INSERT INTO drizzle.__drizzle_migrations VALUES (11, 'c4eb1f536235dd2da2718716deb8e25f67d016822b79f2a729a752580aa83da6', 1796559769733);
INSERT INTO drizzle.__drizzle_migrations VALUES (12, '6a92f333fc1c9df33ac7af5340ed3b1a44dcd3c0c6f002a9c563226a1db84861', 1796572858979);
INSERT INTO drizzle.__drizzle_migrations VALUES (13, '7ae2956b14b9bf4fb1913dcd8b61229a8450b7a5df69df14aecf099caa308dc1', 1796586426414);
INSERT INTO drizzle.__drizzle_migrations VALUES (14, '4ec78a16e598f6d05b79b50456e162d5d1e7b0cf9e58a9d02dc6f262fa31aa88', 1796599606048);


--
-- Data for Name: access_review_accounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: access_review_campaigns; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: access_review_uploads; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: activities; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.activities VALUES ('77f6cf11-6010-4e00-88f4-c5fa72a4100a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '3154dd87-38f6-48bc-82d4-051902cc83d2', 'board-security-briefing', 'Security briefing to the board', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('ad22696f-992f-4a0d-8a22-8497880b17f4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '8d4f2330-cf02-4c36-92a8-83e9574fcb59', 'policy-review', 'Policy review and approval', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('a05cd850-fec0-463f-8717-c6cc901769e2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'c0aea478-297c-4f7f-add1-f2ac392a4bb7', 'internal-control-assessment', 'Internal control assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('ad484994-baa2-4814-9db0-0098afe93857', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'c348aae7-c34e-4461-a419-c44d44658727', 'management-compliance-review', 'Management compliance review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('8ec113b6-f434-426a-9858-cfeaff3d50c4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '09a72e65-900a-453b-b60d-d431d73d566e', 'risk-assessment', 'Risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('79a337c2-6cba-473a-808a-a3e08569fc1d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '8fdbc36e-2f33-4e11-a0fc-65dfd85be4b6', 'fraud-risk-assessment', 'Fraud risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('9698f05a-54c9-4cd4-aa10-318bbf3acf7e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '59d12cc4-8406-491f-aa32-4ad04a803784', 'security-training-cycle', 'Security awareness training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('487151a2-8f4c-44a0-93e8-efa65e0c6343', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'b4ca309c-78f0-4ec3-9599-525305f679cb', 'role-training-cycle', 'Secure development training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('a782ef9a-0536-416c-8f96-44dbcc3732b2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '31cedad8-ba05-438f-b91d-68bbaccd0bdc', 'vendor-inventory-review', 'Vendor inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('a24e880f-96dc-4199-8c2a-b3edd1b9cc41', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '03739e3c-06b9-46f3-9b36-700d8678a336', 'critical-vendor-review', 'Critical vendor review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('b6d72347-3ea2-4154-9211-454f51ea55e8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '4296293f-6460-40cd-93e4-8e941cc1cfbc', 'user-access-review', 'User access review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('b887aba9-49df-441e-9712-22e88f47bf0c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'f4744e95-6dd9-4b15-814f-23615037fbbb', 'privileged-access-review', 'Privileged access review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('8964d68c-1571-4c27-abe7-6100df074a2b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '027ee2b6-8b93-4a31-97f7-a642f69df22d', 'physical-access-review', 'Physical access and visitor log review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('eaab6d68-87ad-466d-a56b-871bce799c9b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '5df79f40-0ff0-48de-909a-97189bc69d7c', 'asset-inventory-review', 'Asset inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('8b7a6b1f-861d-4728-9b41-ff8a3e9ed70e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '26e67da1-5740-4b56-a767-49aa93a82801', 'penetration-test', 'Penetration test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('07930f01-1929-42bd-a5fb-2476a39f5a24', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'ee3decac-a3bd-43a3-a70c-a9866543e463', 'patch-review', 'Patch and vulnerability review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('27c8e9e8-682c-48b3-b961-2f39bae30eba', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '5be015f2-3914-4130-80df-e9a29103897f', 'firewall-rule-review', 'Firewall and security group review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('ad48d7d9-ea33-4c96-b477-f08c2374985c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'eb27cb44-b456-4724-920f-8aa4cd7d8cb2', 'incident-plan-review', 'Incident response plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('98fdc032-05d4-4434-9d1b-72ace0023755', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '125350af-f0a6-4844-a7f2-8b93fdc14ce6', 'incident-tabletop', 'Incident response tabletop exercise', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('8cd3d26b-2559-4ff4-ac87-40b7fa6014ad', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '5dae5ffd-f28c-4318-b4ef-0c379372b298', 'incident-trend-review', 'Incident trend review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('d1437d48-89e3-4d6f-a543-86c6f72613cb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'e350e088-93b3-4f64-a99c-b3d3e06a92be', 'continuity-plan-review', 'Business continuity plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('9a421723-9002-4592-adad-fd64ddbf3f9e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'a570d330-28ad-4130-8131-79d5b8332e40', 'disaster-recovery-test', 'Disaster recovery test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('4800e3f2-58de-4ef6-a9a4-abdfeeed94a3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'a49eb498-93e8-4da1-b3bd-7653d0c2cfa2', 'backup-restore-test', 'Backup restore test', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('8c571d50-16a1-42d2-bbd1-9c44cd4eeb52', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'fbe957fd-2ab9-4237-b9de-2ac36503f94d', 'capacity-review', 'Capacity planning review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.activities VALUES ('9ab14c39-c657-4f32-b6bf-33dc5734b862', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '1bf59f50-43d9-4a16-8cb6-62b82f9d9858', 'privacy-compliance-review', 'Privacy compliance review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');


--
-- Data for Name: activity_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('f29e33ea-3d33-4ccc-81f2-c031fc4d9100', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.CWlwygjJwMLyL1Sn.tyC4h37VQd-2nHB2lnwSKg.4ue8Ls8DoxaJr7J4yrnes0A3VSZ2IoRgCvLJk1on7VKqFaitllgB01gtiVghmM9Mrg', '{fail,recovered,connector_error,stale,due_soon,overdue}', true, '2026-12-07 02:56:24.591073+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'fail', '{"runId": "f1ace51e-2e49-4925-a935-26956d723d2f", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "a5d84a05-be8b-4ef7-a257-7f5ef46b83ac", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-07 02:56:18.808276+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'fail', '{"runId": "f1ace51e-2e49-4925-a935-26956d723d2f", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "a5d84a05-be8b-4ef7-a257-7f5ef46b83ac", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-07 02:56:18.808276+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('a40d03bf-e70e-4094-9e4b-3b3f91db63df', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '56b708ab-c773-4abc-8768-b50535c10e65', 'fill script', 'vgl_9purnQkd', '63060ad45b418456a03815f69e82939047c1a5fa89da0914368598311a190f4b', 'write', '2027-03-07 02:56:15.361+00', NULL, '2026-12-07 02:56:23.552+00', '2026-12-07 02:56:15.361294+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 29, '4f3cbf66b6f1db554a4b0ffbbe1b1b4955b2084438320b2e6d6e4fe810d1a7d2');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 1, '2026-12-07 02:56:05.723+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', '2607cb085475a4cc7d1dfd228dd79db9272cbfc450fe2bdedc691f9276f1c332');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 2, '2026-12-07 02:56:10.509+00', 'system', NULL, 'system:cli', 'user.added', 'user', 'eef9f961-5d01-46e4-9e9c-5e4b8dd7c8e2', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, '2607cb085475a4cc7d1dfd228dd79db9272cbfc450fe2bdedc691f9276f1c332', '3c6db631416796519296ed9c57f4b87155cc0889708b04875f9109377072c0c7');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 3, '2026-12-07 02:56:15.37+00', 'system', '56b708ab-c773-4abc-8768-b50535c10e65', 'system:cli', 'token.created', 'api_token', 'a40d03bf-e70e-4094-9e4b-3b3f91db63df', '{"name": "fill script", "scope": "write", "prefix": "vgl_9purnQkd", "expiresAt": "2027-03-07T02:56:15.361Z"}', NULL, NULL, NULL, '3c6db631416796519296ed9c57f4b87155cc0889708b04875f9109377072c0c7', '21d7ead90455ce48f3b9e8150b6083e690c20084d41e5fa74b3e9bd74bfa5b57');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 4, '2026-12-07 02:56:18.88+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', 'caf33301-828d-4238-b152-19e4bb0c73ea', '{"kind": "collection", "size": 6337, "runId": "f1ace51e-2e49-4925-a935-26956d723d2f", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '21d7ead90455ce48f3b9e8150b6083e690c20084d41e5fa74b3e9bd74bfa5b57', 'b4360c4d74162a78c5d7c346eb454c2d780535d4ec2c3ee85682493cf0623939');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 5, '2026-12-07 02:56:18.891+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', 'f1ace51e-2e49-4925-a935-26956d723d2f', '{"source": "trivy", "evidenceId": "caf33301-828d-4238-b152-19e4bb0c73ea", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, 'b4360c4d74162a78c5d7c346eb454c2d780535d4ec2c3ee85682493cf0623939', '22d12a399e5cbe66309c74c81fc09624ea60af1f143500a103ca8a87369310bd');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 6, '2026-12-07 02:56:23.592+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', '1d42767c-0f2e-4f93-b28b-64c2d1840689', '127.0.0.1', 'curl/7.88.1', '22d12a399e5cbe66309c74c81fc09624ea60af1f143500a103ca8a87369310bd', 'bf01cea33a3b4cab2de5c58dfefe8a1d7ce83c246d0c4542e1057febed7e61d6');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 7, '2026-12-07 02:56:23.623+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'risk_reassessment.requested', 'risk_reassessment', 'bf610a91-4736-4e1f-8633-07eb38caf240', '{"reason": "The categories in scope changed"}', '1d42767c-0f2e-4f93-b28b-64c2d1840689', '127.0.0.1', 'curl/7.88.1', 'bf01cea33a3b4cab2de5c58dfefe8a1d7ce83c246d0c4542e1057febed7e61d6', 'f2f645b3a468450fffc6fddd15068eaa9555b9756718820ae0196dd6d6071ae4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 8, '2026-12-07 02:56:24.187+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', 'd9c93d61-7f30-40ad-9fbd-0e0b93aed336', '127.0.0.1', 'curl/7.88.1', 'f2f645b3a468450fffc6fddd15068eaa9555b9756718820ae0196dd6d6071ae4', '743010a110742179a9915aea3a7ba2c0d3647233805c5f530a423220b7ebbed3');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 9, '2026-12-07 02:56:24.208+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'activities.scheduled', 'activity', NULL, '{"added": 25, "titles": ["Security briefing to the board", "Policy review and approval", "Internal control assessment", "Management compliance review", "Risk assessment", "Fraud risk assessment", "Security awareness training cycle", "Secure development training cycle", "Vendor inventory review", "Critical vendor review", "User access review", "Privileged access review", "Physical access and visitor log review", "Asset inventory review", "Penetration test", "Patch and vulnerability review", "Firewall and security group review", "Incident response plan review", "Incident response tabletop exercise", "Incident trend review", "Business continuity plan review", "Disaster recovery test", "Backup restore test", "Capacity planning review", "Privacy compliance review"]}', 'd9c93d61-7f30-40ad-9fbd-0e0b93aed336', '127.0.0.1', 'curl/7.88.1', '743010a110742179a9915aea3a7ba2c0d3647233805c5f530a423220b7ebbed3', '63ee0158c786bc182ea42518ab2763a9794fe816d5dd46a0480a90da73ace3cb');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 10, '2026-12-07 02:56:24.319+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'system.created', 'system', '0a2963b8-cc43-463b-aa3f-83e34c27fce4', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '73f2ff11-eb92-40bc-9cb6-16c539d68216', '127.0.0.1', 'curl/7.88.1', '63ee0158c786bc182ea42518ab2763a9794fe816d5dd46a0480a90da73ace3cb', '95e96fefa3c8580c240275b357ceb1ae836b3b2dd5653129a570fbcea5e92afc');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 11, '2026-12-07 02:56:24.407+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', 'bf63caed-9b7f-4454-b0f9-f6ef7570f37e', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', '67d5b84c-3b1b-4b51-b1d2-3d94ff5799e6', '127.0.0.1', 'curl/7.88.1', '95e96fefa3c8580c240275b357ceb1ae836b3b2dd5653129a570fbcea5e92afc', '24c4cc82b676a013593d134fcacdd8e47e505e97953294d1306510bd25bbebf1');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 12, '2026-12-07 02:56:24.506+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '8b4941ae-851b-4d57-9411-c156dc0f1de9', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', 'a7396e78-a25d-40b4-8fd2-acd9bc9d48e6', '127.0.0.1', 'curl/7.88.1', '24c4cc82b676a013593d134fcacdd8e47e505e97953294d1306510bd25bbebf1', '06ea3a77c1f62d07c36ea3c2fcdad81353f55c62500162ce2a78d0d9de92b98c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 13, '2026-12-07 02:56:24.631+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', 'f29e33ea-3d33-4ccc-81f2-c031fc4d9100', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale", "due_soon", "overdue"], "target": "https://hooks.acme.test/vigil", "enabled": true}', '422302fc-5f1f-48ad-ab08-1d85d52c632c', '127.0.0.1', 'curl/7.88.1', '06ea3a77c1f62d07c36ea3c2fcdad81353f55c62500162ce2a78d0d9de92b98c', '7020ec4681f0f9b77c9833a34dd3f090e82cc5048725628fd59d6e503fe804d4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 14, '2026-12-07 02:56:24.728+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '784f7261-b543-4234-bfd3-d2700603590c', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-14T02:56:24.719Z", "engagementId": null, "accessExpiresAt": null}', 'af8ca32b-7f2c-4d04-8329-085a61e13627', '127.0.0.1', 'curl/7.88.1', '7020ec4681f0f9b77c9833a34dd3f090e82cc5048725628fd59d6e503fe804d4', 'dca3cde7763013ffcdce17f5fcef8110eaa0275613588476c7af973a0d03994d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 15, '2026-12-07 02:56:24.803+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'c03cc784-d98e-490a-bb4c-581993b778d9', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', 'b6864c8a-68f5-4fc2-89b9-fd930717acb3', '127.0.0.1', 'curl/7.88.1', 'dca3cde7763013ffcdce17f5fcef8110eaa0275613588476c7af973a0d03994d', 'e0547121309a44ae5b969d1dcd982e8d24f06eee08ff46c3f3aa65dc97c70e24');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 16, '2026-12-07 02:56:25.236+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', '5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c', '{"kind": "collection", "size": 4279, "runId": "d7295486-7e25-4b4b-9cbd-e915418dd290", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["1ecabd34-59c2-4fb8-8e14-1104c1627e27", "c0fa3525-be98-4181-b33f-e22fc8104b1b", "ee3decac-a3bd-43a3-a70c-a9866543e463"], "supersedes": null, "periodStart": null}', '8ada50d8-c0ad-4c08-9b87-ff1ced08b0e3', '127.0.0.1', 'curl/7.88.1', 'e0547121309a44ae5b969d1dcd982e8d24f06eee08ff46c3f3aa65dc97c70e24', '0a79a731045b7dcb352090de419dd3e12bccf2fc841b692e23b88de469274dc8');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 17, '2026-12-07 02:56:25.252+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', 'd7295486-7e25-4b4b-9cbd-e915418dd290', '{"source": "grype", "evidenceId": "5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c", "connectorId": "c03cc784-d98e-490a-bb4c-581993b778d9", "transitions": 6, "resourcesSeen": 3}', '8ada50d8-c0ad-4c08-9b87-ff1ced08b0e3', '127.0.0.1', 'curl/7.88.1', '0a79a731045b7dcb352090de419dd3e12bccf2fc841b692e23b88de469274dc8', 'fb99b10803153c302424a72232343895230b29eae7dfc4d15472c868d4389852');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 18, '2026-12-07 02:56:25.363+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'f4784fa7-999e-4dcc-9089-40a842b0acd9', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', '4af55643-59a5-49e1-b3dd-1a442bcdc461', '127.0.0.1', 'curl/7.88.1', 'fb99b10803153c302424a72232343895230b29eae7dfc4d15472c868d4389852', 'd25b5c3bec53e7d47b0e3c05944848e0a3e5f022629a02f5bf377d025c8b7b34');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (19, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 19, '2026-12-07 02:56:25.741+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'control.updated', 'control', '1065053a-fe84-4daf-8b74-ac94637e7a57', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', '2c9743d7-4f1c-426a-9bbb-b0c04e7a69f1', '127.0.0.1', 'curl/7.88.1', 'd25b5c3bec53e7d47b0e3c05944848e0a3e5f022629a02f5bf377d025c8b7b34', '470293d9c58c31626c17eec2e6fbd46960daa72252e3c04dcb8149729f430b05');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (20, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 20, '2026-12-07 02:56:30.859+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', 'a0290988-b621-4395-af2b-edd96103c7c5', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-07", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["dd507c57-de65-4ffd-9d3a-d919c9890f08"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '470293d9c58c31626c17eec2e6fbd46960daa72252e3c04dcb8149729f430b05', '75c77ab4202fb58939449df247f340f37194761043d75379a7e101fd939e42e6');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (21, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 21, '2026-12-07 02:56:31.086+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'person.created', 'person', 'd50f546c-c2ae-4cdf-900a-613b837f5bfb', '{"name": "Pat Doe", "email": "pat@acme.test", "status": "active", "workerType": "employee"}', '215ff5eb-3fdc-4aeb-974d-a51bbd429cc4', '127.0.0.1', 'curl/7.88.1', '75c77ab4202fb58939449df247f340f37194761043d75379a7e101fd939e42e6', '56470de86da780a63dcdceb0cabad17c38f7fda49567f56e0810a4ef7ffc4ccf');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (22, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 22, '2026-12-07 02:56:31.201+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'training.courses_adopted', 'training_course', NULL, '{"added": 2, "titles": ["Security awareness", "Secure development"]}', '9323b893-d2ca-4b7e-aea2-135554cd67c4', '127.0.0.1', 'curl/7.88.1', '56470de86da780a63dcdceb0cabad17c38f7fda49567f56e0810a4ef7ffc4ccf', '9eac31fd64fbf032a31d06cde6ef89a5fee35702f2b335db62b7258a96369c92');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (23, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 23, '2026-12-07 02:56:31.629+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'policy.created', 'policy', '7cb7e4eb-96e0-454d-a60e-1e92c5174c9f', '{"title": "Information Security Policy", "audience": "all_staff", "templateId": "information-security", "reviewCadenceMonths": 12}', '2dab0e4d-a88c-4b15-8553-b00f85f1f959', '127.0.0.1', 'curl/7.88.1', '9eac31fd64fbf032a31d06cde6ef89a5fee35702f2b335db62b7258a96369c92', 'efe9bd81ddc71ff081f2213f331e8bdb987a8e97c8073553704e96c2476c5270');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (24, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 24, '2026-12-07 02:56:31.8+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'risk.created', 'risk', '30894208-0388-49ba-8d64-fc643d4c0cf9', '{"title": "Stolen staff credentials", "category": "security", "controls": 3, "fromLibrary": "Stolen staff credentials"}', '1865dd0b-9d84-48ae-a64d-98c4a98eb148', '127.0.0.1', 'curl/7.88.1', 'efe9bd81ddc71ff081f2213f331e8bdb987a8e97c8073553704e96c2476c5270', '9219067c7c090344a6d9ee4b115a368d5e6e41602690338a4386efc895fb478c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (25, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 25, '2026-12-07 02:56:31.907+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'vendor.created', 'vendor', '905e8ede-f531-49cf-845c-8abce54938d2', '{"name": "Example Hosting", "tier": "critical"}', '24b47975-499c-4046-858c-08389e45d1a1', '127.0.0.1', 'curl/7.88.1', '9219067c7c090344a6d9ee4b115a368d5e6e41602690338a4386efc895fb478c', '37039c4dc07870e2718c8d9e976145c477560ce07d2e629add54e30f93e946af');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (26, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 26, '2026-12-07 02:56:31.914+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'risk_reassessment.requested', 'risk_reassessment', 'aa8cc9ba-af71-4288-8811-91a60392b334', '{"reason": "Example Hosting became a critical vendor"}', '24b47975-499c-4046-858c-08389e45d1a1', '127.0.0.1', 'curl/7.88.1', '37039c4dc07870e2718c8d9e976145c477560ce07d2e629add54e30f93e946af', '7fa8cf2aeedd593b019552dece92805b8b6fd28fe7d644a629e4d970b1887736');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (27, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 27, '2026-12-07 02:56:32.009+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'incident.created', 'incident', '9b1d6665-59bd-4bcf-b941-a0178889639e', '{"title": "Phishing email reported", "source": "internal", "severity": "low", "significant": false}', 'cc9bda12-49a2-4250-af52-0dadebc7016f', '127.0.0.1', 'curl/7.88.1', '7fa8cf2aeedd593b019552dece92805b8b6fd28fe7d644a629e4d970b1887736', '21771bdef749b5eebb7f347d44f184405e4e4d4ebd3fa3634e99ed8d87a82b70');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (28, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 28, '2026-12-07 02:56:32.129+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'exercise.tabletop_recorded', 'tabletop_exercise', '3ae5a970-5710-4264-8834-fe6e1fc0bddf', '{"heldOn": "2026-05-12", "actions": 0, "scenario": "ransomware"}', '75c0c1c7-98b0-462b-9db6-e42c187fb979', '127.0.0.1', 'curl/7.88.1', '21771bdef749b5eebb7f347d44f184405e4e4d4ebd3fa3634e99ed8d87a82b70', '9d2e3f3dbbb141aecd7c0ee26391e08a4a8a72a19bb135227d02ef7430a9373a');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (29, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 29, '2026-12-07 02:56:32.222+00', 'token', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', 'vulnerabilities.sla_policy_changed', 'vuln_sla_policy', '0b477a6f-4b6c-4ab3-a863-de5e238abfd1', '{"after": {"low": 180, "high": 30, "medium": 90, "critical": 10}, "before": {"low": 180, "high": 30, "medium": 90, "critical": 15}}', 'ec6e0253-a8b4-4170-83db-36193394f041', '127.0.0.1', 'curl/7.88.1', '9d2e3f3dbbb141aecd7c0ee26391e08a4a8a72a19bb135227d02ef7430a9373a', '4f3cbf66b6f1db554a4b0ffbbe1b1b4955b2084438320b2e6d6e4fe810d1a7d2');


--
-- Data for Name: audit_exceptions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_populations; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_request_comments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_request_evidence; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_sample_results; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: audit_samples; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: background_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_feeds; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: change_justifications; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: check_coverage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed', '2026-12-07 02:56:18.776+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-07 02:56:18.776+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.scan_recent', '2026-12-07 02:56:18.776+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed_older_than_15d', '72e4dd45-defe-48b2-84d4-7c650c7ec2cb', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-07 02:56:18.776+00', NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_high_unfixed_older_than_30d', '72e4dd45-defe-48b2-84d4-7c650c7ec2cb', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-07 02:56:18.776+00', NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed_older_than_15d', '1c10a938-c1fe-4ae5-b20d-3904a41afd7f', 'pass', 'CVE-2019-18224 in libidn2-0 is still open with a fix available, 0 days into the 15-day window (measured from when Vigil first saw it, 2026-12-07)', '{"actual": "0 days", "attribute": "firstSeen"}', '2026-12-07 02:56:18.776+00', NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_high_unfixed_older_than_30d', '1c10a938-c1fe-4ae5-b20d-3904a41afd7f', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-07 02:56:18.776+00', NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed', 'a5d84a05-be8b-4ef7-a257-7f5ef46b83ac', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-07 02:56:18.776+00', NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.scan_recent', 'a5d84a05-be8b-4ef7-a257-7f5ef46b83ac', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old', '{"actual": "1929 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-07 02:56:18.776+00', NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed_older_than_15d', '55475ba0-5dff-4cf3-8d02-1e13c33c641f', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-07 02:56:25.117+00', NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_high_unfixed_older_than_30d', '55475ba0-5dff-4cf3-8d02-1e13c33c641f', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-07 02:56:25.117+00', NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed_older_than_15d', '09c0c954-0d8a-4185-ab16-8b3711ffa2bb', 'error', 'missing input: fix available', '{"attribute": "fixAvailable"}', '2026-12-07 02:56:25.117+00', NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_high_unfixed_older_than_30d', '09c0c954-0d8a-4185-ab16-8b3711ffa2bb', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-07 02:56:25.117+00', NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.no_critical_unfixed', 'a0aa29ad-4bc2-4929-b3e7-fbe065256bff', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-07 02:56:25.117+00', NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'vuln.scan_recent', 'a0aa29ad-4bc2-4929-b3e7-fbe065256bff', 'error', 'missing input: scanned at', '{"attribute": "scannedAt"}', '2026-12-07 02:56:25.117+00', NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('c03cc784-d98e-490a-bb4c-581993b778d9', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-07 02:56:25.247+00', '2026-12-07 02:56:25.247+00', 'ok', NULL, '2026-12-07 02:56:24.79741+00');
INSERT INTO public.connectors VALUES ('f4784fa7-999e-4dcc-9089-40a842b0acd9', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-07 02:56:25.35853+00');


--
-- Data for Name: continuity_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('aa66d989-9740-46cf-9144-577e82d4a4bd', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('3154dd87-38f6-48bc-82d4-051902cc83d2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('3154dd87-38f6-48bc-82d4-051902cc83d2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('3154dd87-38f6-48bc-82d4-051902cc83d2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('e7ee9fe7-60a0-40ab-bd49-f24a30bebbbe', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('f7a2e591-1cba-4b51-9b57-ff55a2407853', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('eaf0c12e-4398-4849-85a2-21e468db53b0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('eaf0c12e-4398-4849-85a2-21e468db53b0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('8d4f2330-cf02-4c36-92a8-83e9574fcb59', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('8d4f2330-cf02-4c36-92a8-83e9574fcb59', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('8d4f2330-cf02-4c36-92a8-83e9574fcb59', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('b897a83a-0c85-453c-95ac-4d52598639f7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('b897a83a-0c85-453c-95ac-4d52598639f7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('6eeedbdf-8b35-4134-83a2-9a67c160b34f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('6eeedbdf-8b35-4134-83a2-9a67c160b34f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('c0aea478-297c-4f7f-add1-f2ac392a4bb7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('c0aea478-297c-4f7f-add1-f2ac392a4bb7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('71f9fc3e-ad86-42da-ac60-45243bd781e8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('653f6209-9d67-45af-990f-aa3bd97a9e5b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('653f6209-9d67-45af-990f-aa3bd97a9e5b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('15a547d0-9356-4114-b392-fa38f066dc5f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('15a547d0-9356-4114-b392-fa38f066dc5f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('15a547d0-9356-4114-b392-fa38f066dc5f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('95720528-b2fa-480b-8169-271893e0be1c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b3474058-4ab6-45bc-b252-b47f220a5f94', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b3474058-4ab6-45bc-b252-b47f220a5f94', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('c348aae7-c34e-4461-a419-c44d44658727', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('c348aae7-c34e-4461-a419-c44d44658727', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('c348aae7-c34e-4461-a419-c44d44658727', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('09a72e65-900a-453b-b60d-d431d73d566e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('09a72e65-900a-453b-b60d-d431d73d566e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('09a72e65-900a-453b-b60d-d431d73d566e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('8fdbc36e-2f33-4e11-a0fc-65dfd85be4b6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('476be937-38c0-41ce-a96b-ab6bfb7c6a3d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('476be937-38c0-41ce-a96b-ab6bfb7c6a3d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('476be937-38c0-41ce-a96b-ab6bfb7c6a3d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('a4926fc3-af92-42e8-8e6c-bf21d02c54e5', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('76189697-67bc-4675-9e2f-915ce25f8f57', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('76189697-67bc-4675-9e2f-915ce25f8f57', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('4962a5d9-b156-4251-8e54-eddfad2d51b6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('58c6c2eb-c54e-4666-9103-b1836bafcbb8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('58c6c2eb-c54e-4666-9103-b1836bafcbb8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('c24b5c63-257e-409d-92aa-11b4222ce8c7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('6d20b2ad-fccc-4580-a575-057932ee546a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('1bff08b9-7f3f-48d5-911b-d9f040e3a521', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('1bff08b9-7f3f-48d5-911b-d9f040e3a521', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('40359fe0-1de3-4481-9fff-ad9ee3d56897', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('40359fe0-1de3-4481-9fff-ad9ee3d56897', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('59d12cc4-8406-491f-aa32-4ad04a803784', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('59d12cc4-8406-491f-aa32-4ad04a803784', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('5221fe01-e331-4312-8ac2-0c680e06cdcf', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('5221fe01-e331-4312-8ac2-0c680e06cdcf', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('5221fe01-e331-4312-8ac2-0c680e06cdcf', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('ddf8d983-4bed-4879-80f5-a077c3f35d24', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('ddf8d983-4bed-4879-80f5-a077c3f35d24', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('ea584ead-7dd8-42e8-9578-93578d7b5d91', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('ea584ead-7dd8-42e8-9578-93578d7b5d91', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('50ddbd0d-017a-4d5a-a901-7082a6529ab1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('50ddbd0d-017a-4d5a-a901-7082a6529ab1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('20ba9fbd-0920-460f-b2c7-9504c6f2b707', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('20ba9fbd-0920-460f-b2c7-9504c6f2b707', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('b4ca309c-78f0-4ec3-9599-525305f679cb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('0534f091-f0d4-4e38-9aa1-2fa4d86a5b24', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('be9b1996-8665-4cea-ba33-b0fd88d1d968', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('be9b1996-8665-4cea-ba33-b0fd88d1d968', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('31cedad8-ba05-438f-b91d-68bbaccd0bdc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('31cedad8-ba05-438f-b91d-68bbaccd0bdc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('c9c8e350-8337-4a80-8e69-873532c9de99', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('c9c8e350-8337-4a80-8e69-873532c9de99', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('03739e3c-06b9-46f3-9b36-700d8678a336', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('03739e3c-06b9-46f3-9b36-700d8678a336', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('5aafdaf5-edac-4a7d-830a-94a294fd3aa0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('5aafdaf5-edac-4a7d-830a-94a294fd3aa0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('5aafdaf5-edac-4a7d-830a-94a294fd3aa0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P6.4');
INSERT INTO public.control_criteria VALUES ('5aafdaf5-edac-4a7d-830a-94a294fd3aa0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P6.5');
INSERT INTO public.control_criteria VALUES ('ba63bead-a718-4345-940f-46fff13a16b2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('ba63bead-a718-4345-940f-46fff13a16b2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.2');
INSERT INTO public.control_criteria VALUES ('ba63bead-a718-4345-940f-46fff13a16b2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('b4fc800f-2100-4a89-a032-3decce9423a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P6.5');
INSERT INTO public.control_criteria VALUES ('b4fc800f-2100-4a89-a032-3decce9423a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('1065053a-fe84-4daf-8b74-ac94637e7a57', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('1065053a-fe84-4daf-8b74-ac94637e7a57', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('dd507c57-de65-4ffd-9d3a-d919c9890f08', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('dd507c57-de65-4ffd-9d3a-d919c9890f08', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('4da953b0-b945-4dfa-a268-70a5d1dbee77', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('4da953b0-b945-4dfa-a268-70a5d1dbee77', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('69f71c77-111f-46ae-afb1-0fd9d06e8e41', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('69f71c77-111f-46ae-afb1-0fd9d06e8e41', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('4296293f-6460-40cd-93e4-8e941cc1cfbc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('4296293f-6460-40cd-93e4-8e941cc1cfbc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('4296293f-6460-40cd-93e4-8e941cc1cfbc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('ab3b09f3-5db5-4cff-9226-f40956cbe961', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('ab3b09f3-5db5-4cff-9226-f40956cbe961', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('6190e7bc-1e0d-46e2-af22-19b73323287d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('3502fe54-9637-495f-ac4a-6f1ede42279f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('3502fe54-9637-495f-ac4a-6f1ede42279f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('f4744e95-6dd9-4b15-814f-23615037fbbb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('f4744e95-6dd9-4b15-814f-23615037fbbb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('bc902433-3680-4bc3-8df1-d97c3d03c1da', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('ebe90208-192a-41c9-ad5a-b5f9e10e5da3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('ebe90208-192a-41c9-ad5a-b5f9e10e5da3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('14c6a5c8-ed6f-4638-9507-08bab04d49ea', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('965d552c-de93-4751-8641-ce1ae09d91e4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('2d5010a3-2e2c-427d-8382-af93a12b75b1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('2d5010a3-2e2c-427d-8382-af93a12b75b1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('ac2d2294-7c46-4f5d-9bee-ae87ef4da72c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('ac2d2294-7c46-4f5d-9bee-ae87ef4da72c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('ac2d2294-7c46-4f5d-9bee-ae87ef4da72c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('d1c274b3-c54c-44f4-a63f-31279560cdc7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('027ee2b6-8b93-4a31-97f7-a642f69df22d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('90367442-99d2-4ee0-861a-279cc0d63952', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('90367442-99d2-4ee0-861a-279cc0d63952', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('90367442-99d2-4ee0-861a-279cc0d63952', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('5df79f40-0ff0-48de-909a-97189bc69d7c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('5df79f40-0ff0-48de-909a-97189bc69d7c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('1ecabd34-59c2-4fb8-8e14-1104c1627e27', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('c0fa3525-be98-4181-b33f-e22fc8104b1b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('c0fa3525-be98-4181-b33f-e22fc8104b1b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('26e67da1-5740-4b56-a767-49aa93a82801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('26e67da1-5740-4b56-a767-49aa93a82801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('ee3decac-a3bd-43a3-a70c-a9866543e463', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('ee3decac-a3bd-43a3-a70c-a9866543e463', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('d5a9f4ce-13c0-4dd8-b7d1-c414bfa4b053', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('993bfc95-747d-48fc-a1b6-9af7497eefc8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('993bfc95-747d-48fc-a1b6-9af7497eefc8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('4625d934-0f4f-4911-b756-85cb71c41019', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('0494112d-1282-40d9-bf43-f1c9fbfae8c1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('0494112d-1282-40d9-bf43-f1c9fbfae8c1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('64c57c90-f505-4a46-b2bc-bb7e4a263c7d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('64c57c90-f505-4a46-b2bc-bb7e4a263c7d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('ebba9bfe-3e41-45c1-bc94-4ddc7b4a0da4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('ebba9bfe-3e41-45c1-bc94-4ddc7b4a0da4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('5be015f2-3914-4130-80df-e9a29103897f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('d45b2015-baf1-40dc-bda0-7a9978b1fa86', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('d45b2015-baf1-40dc-bda0-7a9978b1fa86', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('74534a73-0b6d-41f6-ab98-da2ec67aa261', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('74534a73-0b6d-41f6-ab98-da2ec67aa261', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('74534a73-0b6d-41f6-ab98-da2ec67aa261', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('ac4e10f7-097e-40d1-a19e-bc45e4d59aee', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('ac4e10f7-097e-40d1-a19e-bc45e4d59aee', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('fc239fd8-56bb-4529-9b96-c08a54580911', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('69092d75-a607-45f7-a64f-da69bad29819', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('69092d75-a607-45f7-a64f-da69bad29819', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('69092d75-a607-45f7-a64f-da69bad29819', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('237f4428-928c-40e3-835f-2d9420d23860', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('237f4428-928c-40e3-835f-2d9420d23860', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('a516c7fd-78d8-48b2-8b39-7c5ee1205b89', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('a516c7fd-78d8-48b2-8b39-7c5ee1205b89', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('ed89a58e-d384-4970-9c1e-4e08e0e61c76', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('ed89a58e-d384-4970-9c1e-4e08e0e61c76', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('783f8b41-4f81-43d1-8413-59d2f41ae423', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('783f8b41-4f81-43d1-8413-59d2f41ae423', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('471c0e1c-acbc-47fa-8cfb-d82c67e0202a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('471c0e1c-acbc-47fa-8cfb-d82c67e0202a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('72daa9a3-cb5b-43c6-9367-2adb52752ee4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('72daa9a3-cb5b-43c6-9367-2adb52752ee4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('307cda72-34d1-4399-957e-80660deb0866', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('307cda72-34d1-4399-957e-80660deb0866', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('31cb5107-3332-4916-9f7a-49be05e46276', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('31cb5107-3332-4916-9f7a-49be05e46276', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('31cb5107-3332-4916-9f7a-49be05e46276', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('f64cd443-95a0-4d14-9c84-27dae972dbf3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('f64cd443-95a0-4d14-9c84-27dae972dbf3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('32957ff7-141e-4ab3-9e83-79b950fc2211', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('32957ff7-141e-4ab3-9e83-79b950fc2211', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('fd183caa-072a-4271-8b58-8c0cbbef7663', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('fd183caa-072a-4271-8b58-8c0cbbef7663', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('0b79bb0f-7f49-4e32-bdcd-9a292d094bab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('0b79bb0f-7f49-4e32-bdcd-9a292d094bab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('111c6ee3-3895-4cd5-b77f-205475e00315', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('bae53745-1ad9-4d3f-a94c-5f3a5ada3b2e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('bae53745-1ad9-4d3f-a94c-5f3a5ada3b2e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('971e94e3-e419-4442-95c2-6f4b59b6ddd4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('971e94e3-e419-4442-95c2-6f4b59b6ddd4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('971e94e3-e419-4442-95c2-6f4b59b6ddd4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.1');
INSERT INTO public.control_criteria VALUES ('95a8927a-00b2-4b48-8700-622337350cef', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('95a8927a-00b2-4b48-8700-622337350cef', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('745f324e-0e62-4bfa-8c4b-88e67470de88', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('745f324e-0e62-4bfa-8c4b-88e67470de88', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('745f324e-0e62-4bfa-8c4b-88e67470de88', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('eb27cb44-b456-4724-920f-8aa4cd7d8cb2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('eb27cb44-b456-4724-920f-8aa4cd7d8cb2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('eb27cb44-b456-4724-920f-8aa4cd7d8cb2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('406282dd-47dd-4432-8c9c-88287d0f3c64', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('406282dd-47dd-4432-8c9c-88287d0f3c64', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('125350af-f0a6-4844-a7f2-8b93fdc14ce6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('125350af-f0a6-4844-a7f2-8b93fdc14ce6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('125350af-f0a6-4844-a7f2-8b93fdc14ce6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('19e81df7-6bc8-4e78-b69d-5b2fef9fc8a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('19e81df7-6bc8-4e78-b69d-5b2fef9fc8a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('19e81df7-6bc8-4e78-b69d-5b2fef9fc8a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('86a32ccf-8988-496c-8fd0-28297e90d6ff', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('86a32ccf-8988-496c-8fd0-28297e90d6ff', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('86a32ccf-8988-496c-8fd0-28297e90d6ff', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P6.6');
INSERT INTO public.control_criteria VALUES ('f9f367d1-ea67-4d4d-a426-7ade4e26f86a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('f9f367d1-ea67-4d4d-a426-7ade4e26f86a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('10b4c671-b8e9-4b03-bfef-443835bea119', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('10b4c671-b8e9-4b03-bfef-443835bea119', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P6.3');
INSERT INTO public.control_criteria VALUES ('5dae5ffd-f28c-4318-b4ef-0c379372b298', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('5dae5ffd-f28c-4318-b4ef-0c379372b298', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('4a66b23d-f233-456d-b7d6-7a442726096a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('4a66b23d-f233-456d-b7d6-7a442726096a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('e350e088-93b3-4f64-a99c-b3d3e06a92be', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('e350e088-93b3-4f64-a99c-b3d3e06a92be', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('e350e088-93b3-4f64-a99c-b3d3e06a92be', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('8a47c309-fe29-42ab-abc5-9ed7b0864400', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('8a47c309-fe29-42ab-abc5-9ed7b0864400', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('a570d330-28ad-4130-8131-79d5b8332e40', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.3');
INSERT INTO public.control_criteria VALUES ('a570d330-28ad-4130-8131-79d5b8332e40', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('a570d330-28ad-4130-8131-79d5b8332e40', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('a9108201-9fe7-4b0a-8d4f-e3cbf79b4056', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('a9108201-9fe7-4b0a-8d4f-e3cbf79b4056', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('2422663c-2694-47bf-a544-a070d5d5bba6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('738b06a2-40b3-4b96-a4ba-fa3590543cc6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('a49eb498-93e8-4da1-b3bd-7653d0c2cfa2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.3');
INSERT INTO public.control_criteria VALUES ('a49eb498-93e8-4da1-b3bd-7653d0c2cfa2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('78455c33-7fad-406e-8a2a-926a7346a572', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.2');
INSERT INTO public.control_criteria VALUES ('78455c33-7fad-406e-8a2a-926a7346a572', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('44b0f048-2a7a-4234-b5ad-b8fb43b71e17', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.1');
INSERT INTO public.control_criteria VALUES ('fbe957fd-2ab9-4237-b9de-2ac36503f94d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.1');
INSERT INTO public.control_criteria VALUES ('36fcbdea-8a2f-4b60-beed-ce37edd16d61', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.1');
INSERT INTO public.control_criteria VALUES ('e12f08af-35e8-4b71-9fdc-cc5d7ac1f687', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.1');
INSERT INTO public.control_criteria VALUES ('e12f08af-35e8-4b71-9fdc-cc5d7ac1f687', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('e76ac772-0cb0-48cb-beff-e437bddd0c30', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'A1.1');
INSERT INTO public.control_criteria VALUES ('e76ac772-0cb0-48cb-beff-e437bddd0c30', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('2b2461b9-dbfe-4f92-9ed3-4b11226d9781', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('2b2461b9-dbfe-4f92-9ed3-4b11226d9781', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('436bd50f-8f18-48d9-9170-6b779af868b5', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('436bd50f-8f18-48d9-9170-6b779af868b5', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('8de85b7c-aaf0-48fd-833a-fa6e87fd9dab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('8de85b7c-aaf0-48fd-833a-fa6e87fd9dab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.2');
INSERT INTO public.control_criteria VALUES ('8de85b7c-aaf0-48fd-833a-fa6e87fd9dab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.2');
INSERT INTO public.control_criteria VALUES ('3526c9ea-9cf9-45cb-83e4-acb40ee68434', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.2');
INSERT INTO public.control_criteria VALUES ('3526c9ea-9cf9-45cb-83e4-acb40ee68434', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.2');
INSERT INTO public.control_criteria VALUES ('3526c9ea-9cf9-45cb-83e4-acb40ee68434', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.3');
INSERT INTO public.control_criteria VALUES ('1d962a3b-6834-4fdc-96b4-47cdd01a1e37', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.2');
INSERT INTO public.control_criteria VALUES ('1d962a3b-6834-4fdc-96b4-47cdd01a1e37', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.3');
INSERT INTO public.control_criteria VALUES ('e4a2b72c-ecd9-4da2-aded-90a03af6b2d4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('e4a2b72c-ecd9-4da2-aded-90a03af6b2d4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.2');
INSERT INTO public.control_criteria VALUES ('bb849ce8-d879-4e0b-b804-e5b41951d769', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('bb849ce8-d879-4e0b-b804-e5b41951d769', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('ccd6b2ae-8019-47f9-b6f7-526b4754c801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'C1.1');
INSERT INTO public.control_criteria VALUES ('ccd6b2ae-8019-47f9-b6f7-526b4754c801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('ccd6b2ae-8019-47f9-b6f7-526b4754c801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.1');
INSERT INTO public.control_criteria VALUES ('18b03ad9-bf3f-40f6-b6b3-03267c7fa270', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('18b03ad9-bf3f-40f6-b6b3-03267c7fa270', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('ded74e33-5c3f-411c-9ffb-5f6a198a7583', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P1.1');
INSERT INTO public.control_criteria VALUES ('ded74e33-5c3f-411c-9ffb-5f6a198a7583', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('51e3fc3c-6f3e-41bc-bf41-cc4b96fda33d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.1');
INSERT INTO public.control_criteria VALUES ('51e3fc3c-6f3e-41bc-bf41-cc4b96fda33d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P2.1');
INSERT INTO public.control_criteria VALUES ('51e3fc3c-6f3e-41bc-bf41-cc4b96fda33d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('8f76caa0-5653-4a14-9146-c8ff1e7afcde', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('8f76caa0-5653-4a14-9146-c8ff1e7afcde', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('8f76caa0-5653-4a14-9146-c8ff1e7afcde', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P4.1');
INSERT INTO public.control_criteria VALUES ('1bf59f50-43d9-4a16-8cb6-62b82f9d9858', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'P8.1');
INSERT INTO public.control_criteria VALUES ('1bf59f50-43d9-4a16-8cb6-62b82f9d9858', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CC4.1');


--
-- Data for Name: control_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('aa66d989-9740-46cf-9144-577e82d4a4bd', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "aa66d989-9740-46cf-9144-577e82d4a4bd", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('3154dd87-38f6-48bc-82d4-051902cc83d2', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "3154dd87-38f6-48bc-82d4-051902cc83d2", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('e7ee9fe7-60a0-40ab-bd49-f24a30bebbbe', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "e7ee9fe7-60a0-40ab-bd49-f24a30bebbbe", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('f7a2e591-1cba-4b51-9b57-ff55a2407853', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "f7a2e591-1cba-4b51-9b57-ff55a2407853", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('eaf0c12e-4398-4849-85a2-21e468db53b0', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "eaf0c12e-4398-4849-85a2-21e468db53b0", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('8d4f2330-cf02-4c36-92a8-83e9574fcb59', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "8d4f2330-cf02-4c36-92a8-83e9574fcb59", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('b897a83a-0c85-453c-95ac-4d52598639f7', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "b897a83a-0c85-453c-95ac-4d52598639f7", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('6eeedbdf-8b35-4134-83a2-9a67c160b34f', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "6eeedbdf-8b35-4134-83a2-9a67c160b34f", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('c0aea478-297c-4f7f-add1-f2ac392a4bb7', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "c0aea478-297c-4f7f-add1-f2ac392a4bb7", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('71f9fc3e-ad86-42da-ac60-45243bd781e8', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "71f9fc3e-ad86-42da-ac60-45243bd781e8", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('653f6209-9d67-45af-990f-aa3bd97a9e5b', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "653f6209-9d67-45af-990f-aa3bd97a9e5b", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('15a547d0-9356-4114-b392-fa38f066dc5f', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "15a547d0-9356-4114-b392-fa38f066dc5f", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('95720528-b2fa-480b-8169-271893e0be1c', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "95720528-b2fa-480b-8169-271893e0be1c", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('b3474058-4ab6-45bc-b252-b47f220a5f94', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "b3474058-4ab6-45bc-b252-b47f220a5f94", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('c348aae7-c34e-4461-a419-c44d44658727', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "c348aae7-c34e-4461-a419-c44d44658727", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('09a72e65-900a-453b-b60d-d431d73d566e', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "09a72e65-900a-453b-b60d-d431d73d566e", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('8fdbc36e-2f33-4e11-a0fc-65dfd85be4b6', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "8fdbc36e-2f33-4e11-a0fc-65dfd85be4b6", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('476be937-38c0-41ce-a96b-ab6bfb7c6a3d', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "476be937-38c0-41ce-a96b-ab6bfb7c6a3d", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('a4926fc3-af92-42e8-8e6c-bf21d02c54e5', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "a4926fc3-af92-42e8-8e6c-bf21d02c54e5", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('76189697-67bc-4675-9e2f-915ce25f8f57', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "76189697-67bc-4675-9e2f-915ce25f8f57", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('4962a5d9-b156-4251-8e54-eddfad2d51b6', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "4962a5d9-b156-4251-8e54-eddfad2d51b6", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('58c6c2eb-c54e-4666-9103-b1836bafcbb8', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "58c6c2eb-c54e-4666-9103-b1836bafcbb8", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('c24b5c63-257e-409d-92aa-11b4222ce8c7', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "c24b5c63-257e-409d-92aa-11b4222ce8c7", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('6d20b2ad-fccc-4580-a575-057932ee546a', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "6d20b2ad-fccc-4580-a575-057932ee546a", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('1bff08b9-7f3f-48d5-911b-d9f040e3a521', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "1bff08b9-7f3f-48d5-911b-d9f040e3a521", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('40359fe0-1de3-4481-9fff-ad9ee3d56897', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "40359fe0-1de3-4481-9fff-ad9ee3d56897", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('59d12cc4-8406-491f-aa32-4ad04a803784', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "59d12cc4-8406-491f-aa32-4ad04a803784", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('5221fe01-e331-4312-8ac2-0c680e06cdcf', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "5221fe01-e331-4312-8ac2-0c680e06cdcf", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ddf8d983-4bed-4879-80f5-a077c3f35d24', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ddf8d983-4bed-4879-80f5-a077c3f35d24", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ea584ead-7dd8-42e8-9578-93578d7b5d91', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ea584ead-7dd8-42e8-9578-93578d7b5d91", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('50ddbd0d-017a-4d5a-a901-7082a6529ab1', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "50ddbd0d-017a-4d5a-a901-7082a6529ab1", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('20ba9fbd-0920-460f-b2c7-9504c6f2b707', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "20ba9fbd-0920-460f-b2c7-9504c6f2b707", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('b4ca309c-78f0-4ec3-9599-525305f679cb', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "b4ca309c-78f0-4ec3-9599-525305f679cb", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('0534f091-f0d4-4e38-9aa1-2fa4d86a5b24', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "0534f091-f0d4-4e38-9aa1-2fa4d86a5b24", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('be9b1996-8665-4cea-ba33-b0fd88d1d968', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "be9b1996-8665-4cea-ba33-b0fd88d1d968", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('31cedad8-ba05-438f-b91d-68bbaccd0bdc', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "31cedad8-ba05-438f-b91d-68bbaccd0bdc", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('c9c8e350-8337-4a80-8e69-873532c9de99', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "c9c8e350-8337-4a80-8e69-873532c9de99", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('03739e3c-06b9-46f3-9b36-700d8678a336', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "03739e3c-06b9-46f3-9b36-700d8678a336", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('5aafdaf5-edac-4a7d-830a-94a294fd3aa0', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "5aafdaf5-edac-4a7d-830a-94a294fd3aa0", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ba63bead-a718-4345-940f-46fff13a16b2', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ba63bead-a718-4345-940f-46fff13a16b2", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('b4fc800f-2100-4a89-a032-3decce9423a7', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "b4fc800f-2100-4a89-a032-3decce9423a7", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('1065053a-fe84-4daf-8b74-ac94637e7a57', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "1065053a-fe84-4daf-8b74-ac94637e7a57", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('dd507c57-de65-4ffd-9d3a-d919c9890f08', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "dd507c57-de65-4ffd-9d3a-d919c9890f08", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('4da953b0-b945-4dfa-a268-70a5d1dbee77', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "4da953b0-b945-4dfa-a268-70a5d1dbee77", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('69f71c77-111f-46ae-afb1-0fd9d06e8e41', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "69f71c77-111f-46ae-afb1-0fd9d06e8e41", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('4296293f-6460-40cd-93e4-8e941cc1cfbc', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "4296293f-6460-40cd-93e4-8e941cc1cfbc", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ab3b09f3-5db5-4cff-9226-f40956cbe961', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ab3b09f3-5db5-4cff-9226-f40956cbe961", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('6190e7bc-1e0d-46e2-af22-19b73323287d', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "6190e7bc-1e0d-46e2-af22-19b73323287d", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('3502fe54-9637-495f-ac4a-6f1ede42279f', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "3502fe54-9637-495f-ac4a-6f1ede42279f", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('f4744e95-6dd9-4b15-814f-23615037fbbb', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "f4744e95-6dd9-4b15-814f-23615037fbbb", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('bc902433-3680-4bc3-8df1-d97c3d03c1da', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "bc902433-3680-4bc3-8df1-d97c3d03c1da", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ebe90208-192a-41c9-ad5a-b5f9e10e5da3', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ebe90208-192a-41c9-ad5a-b5f9e10e5da3", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('14c6a5c8-ed6f-4638-9507-08bab04d49ea', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "14c6a5c8-ed6f-4638-9507-08bab04d49ea", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('965d552c-de93-4751-8641-ce1ae09d91e4', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "965d552c-de93-4751-8641-ce1ae09d91e4", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('2d5010a3-2e2c-427d-8382-af93a12b75b1', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "2d5010a3-2e2c-427d-8382-af93a12b75b1", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ac2d2294-7c46-4f5d-9bee-ae87ef4da72c', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ac2d2294-7c46-4f5d-9bee-ae87ef4da72c", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('d1c274b3-c54c-44f4-a63f-31279560cdc7', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "d1c274b3-c54c-44f4-a63f-31279560cdc7", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('027ee2b6-8b93-4a31-97f7-a642f69df22d', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "027ee2b6-8b93-4a31-97f7-a642f69df22d", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('90367442-99d2-4ee0-861a-279cc0d63952', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "90367442-99d2-4ee0-861a-279cc0d63952", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('5df79f40-0ff0-48de-909a-97189bc69d7c', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "5df79f40-0ff0-48de-909a-97189bc69d7c", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('1ecabd34-59c2-4fb8-8e14-1104c1627e27', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "1ecabd34-59c2-4fb8-8e14-1104c1627e27", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('c0fa3525-be98-4181-b33f-e22fc8104b1b', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "c0fa3525-be98-4181-b33f-e22fc8104b1b", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('26e67da1-5740-4b56-a767-49aa93a82801', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "26e67da1-5740-4b56-a767-49aa93a82801", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ee3decac-a3bd-43a3-a70c-a9866543e463', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ee3decac-a3bd-43a3-a70c-a9866543e463", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('d5a9f4ce-13c0-4dd8-b7d1-c414bfa4b053', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "d5a9f4ce-13c0-4dd8-b7d1-c414bfa4b053", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('993bfc95-747d-48fc-a1b6-9af7497eefc8', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "993bfc95-747d-48fc-a1b6-9af7497eefc8", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('4625d934-0f4f-4911-b756-85cb71c41019', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "4625d934-0f4f-4911-b756-85cb71c41019", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('0494112d-1282-40d9-bf43-f1c9fbfae8c1', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "0494112d-1282-40d9-bf43-f1c9fbfae8c1", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('64c57c90-f505-4a46-b2bc-bb7e4a263c7d', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "64c57c90-f505-4a46-b2bc-bb7e4a263c7d", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ebba9bfe-3e41-45c1-bc94-4ddc7b4a0da4', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ebba9bfe-3e41-45c1-bc94-4ddc7b4a0da4", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('5be015f2-3914-4130-80df-e9a29103897f', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "5be015f2-3914-4130-80df-e9a29103897f", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('d45b2015-baf1-40dc-bda0-7a9978b1fa86', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "d45b2015-baf1-40dc-bda0-7a9978b1fa86", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('74534a73-0b6d-41f6-ab98-da2ec67aa261', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "74534a73-0b6d-41f6-ab98-da2ec67aa261", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ac4e10f7-097e-40d1-a19e-bc45e4d59aee', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ac4e10f7-097e-40d1-a19e-bc45e4d59aee", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('fc239fd8-56bb-4529-9b96-c08a54580911', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "fc239fd8-56bb-4529-9b96-c08a54580911", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('69092d75-a607-45f7-a64f-da69bad29819', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "69092d75-a607-45f7-a64f-da69bad29819", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('237f4428-928c-40e3-835f-2d9420d23860', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "237f4428-928c-40e3-835f-2d9420d23860", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('a516c7fd-78d8-48b2-8b39-7c5ee1205b89', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "a516c7fd-78d8-48b2-8b39-7c5ee1205b89", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ed89a58e-d384-4970-9c1e-4e08e0e61c76', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ed89a58e-d384-4970-9c1e-4e08e0e61c76", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('783f8b41-4f81-43d1-8413-59d2f41ae423', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "783f8b41-4f81-43d1-8413-59d2f41ae423", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('471c0e1c-acbc-47fa-8cfb-d82c67e0202a', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "471c0e1c-acbc-47fa-8cfb-d82c67e0202a", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('72daa9a3-cb5b-43c6-9367-2adb52752ee4', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "72daa9a3-cb5b-43c6-9367-2adb52752ee4", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('307cda72-34d1-4399-957e-80660deb0866', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "307cda72-34d1-4399-957e-80660deb0866", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('31cb5107-3332-4916-9f7a-49be05e46276', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "31cb5107-3332-4916-9f7a-49be05e46276", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('f64cd443-95a0-4d14-9c84-27dae972dbf3', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "f64cd443-95a0-4d14-9c84-27dae972dbf3", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('32957ff7-141e-4ab3-9e83-79b950fc2211', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "32957ff7-141e-4ab3-9e83-79b950fc2211", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('fd183caa-072a-4271-8b58-8c0cbbef7663', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "fd183caa-072a-4271-8b58-8c0cbbef7663", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('0b79bb0f-7f49-4e32-bdcd-9a292d094bab', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "0b79bb0f-7f49-4e32-bdcd-9a292d094bab", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('111c6ee3-3895-4cd5-b77f-205475e00315', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "111c6ee3-3895-4cd5-b77f-205475e00315", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('bae53745-1ad9-4d3f-a94c-5f3a5ada3b2e', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "bae53745-1ad9-4d3f-a94c-5f3a5ada3b2e", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('971e94e3-e419-4442-95c2-6f4b59b6ddd4', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "971e94e3-e419-4442-95c2-6f4b59b6ddd4", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('95a8927a-00b2-4b48-8700-622337350cef', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "95a8927a-00b2-4b48-8700-622337350cef", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('745f324e-0e62-4bfa-8c4b-88e67470de88', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "745f324e-0e62-4bfa-8c4b-88e67470de88", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('eb27cb44-b456-4724-920f-8aa4cd7d8cb2', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "eb27cb44-b456-4724-920f-8aa4cd7d8cb2", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('406282dd-47dd-4432-8c9c-88287d0f3c64', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "406282dd-47dd-4432-8c9c-88287d0f3c64", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('125350af-f0a6-4844-a7f2-8b93fdc14ce6', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "125350af-f0a6-4844-a7f2-8b93fdc14ce6", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('19e81df7-6bc8-4e78-b69d-5b2fef9fc8a7', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "19e81df7-6bc8-4e78-b69d-5b2fef9fc8a7", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('86a32ccf-8988-496c-8fd0-28297e90d6ff', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "86a32ccf-8988-496c-8fd0-28297e90d6ff", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('f9f367d1-ea67-4d4d-a426-7ade4e26f86a', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "f9f367d1-ea67-4d4d-a426-7ade4e26f86a", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('10b4c671-b8e9-4b03-bfef-443835bea119', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "10b4c671-b8e9-4b03-bfef-443835bea119", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('5dae5ffd-f28c-4318-b4ef-0c379372b298', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "5dae5ffd-f28c-4318-b4ef-0c379372b298", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('4a66b23d-f233-456d-b7d6-7a442726096a', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "4a66b23d-f233-456d-b7d6-7a442726096a", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('e350e088-93b3-4f64-a99c-b3d3e06a92be', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "e350e088-93b3-4f64-a99c-b3d3e06a92be", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('8a47c309-fe29-42ab-abc5-9ed7b0864400', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "8a47c309-fe29-42ab-abc5-9ed7b0864400", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('a570d330-28ad-4130-8131-79d5b8332e40', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "a570d330-28ad-4130-8131-79d5b8332e40", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('a9108201-9fe7-4b0a-8d4f-e3cbf79b4056', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "a9108201-9fe7-4b0a-8d4f-e3cbf79b4056", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('2422663c-2694-47bf-a544-a070d5d5bba6', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "2422663c-2694-47bf-a544-a070d5d5bba6", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('738b06a2-40b3-4b96-a4ba-fa3590543cc6', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "738b06a2-40b3-4b96-a4ba-fa3590543cc6", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('a49eb498-93e8-4da1-b3bd-7653d0c2cfa2', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "a49eb498-93e8-4da1-b3bd-7653d0c2cfa2", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('78455c33-7fad-406e-8a2a-926a7346a572', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "78455c33-7fad-406e-8a2a-926a7346a572", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('44b0f048-2a7a-4234-b5ad-b8fb43b71e17', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "44b0f048-2a7a-4234-b5ad-b8fb43b71e17", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('fbe957fd-2ab9-4237-b9de-2ac36503f94d', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "fbe957fd-2ab9-4237-b9de-2ac36503f94d", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('36fcbdea-8a2f-4b60-beed-ce37edd16d61', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "36fcbdea-8a2f-4b60-beed-ce37edd16d61", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('e12f08af-35e8-4b71-9fdc-cc5d7ac1f687', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "e12f08af-35e8-4b71-9fdc-cc5d7ac1f687", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('e76ac772-0cb0-48cb-beff-e437bddd0c30', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "e76ac772-0cb0-48cb-beff-e437bddd0c30", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('2b2461b9-dbfe-4f92-9ed3-4b11226d9781', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "2b2461b9-dbfe-4f92-9ed3-4b11226d9781", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('436bd50f-8f18-48d9-9170-6b779af868b5', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "436bd50f-8f18-48d9-9170-6b779af868b5", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('8de85b7c-aaf0-48fd-833a-fa6e87fd9dab', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "8de85b7c-aaf0-48fd-833a-fa6e87fd9dab", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('3526c9ea-9cf9-45cb-83e4-acb40ee68434', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "3526c9ea-9cf9-45cb-83e4-acb40ee68434", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('1d962a3b-6834-4fdc-96b4-47cdd01a1e37', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "1d962a3b-6834-4fdc-96b4-47cdd01a1e37", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('e4a2b72c-ecd9-4da2-aded-90a03af6b2d4', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "e4a2b72c-ecd9-4da2-aded-90a03af6b2d4", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('bb849ce8-d879-4e0b-b804-e5b41951d769', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "bb849ce8-d879-4e0b-b804-e5b41951d769", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ccd6b2ae-8019-47f9-b6f7-526b4754c801', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ccd6b2ae-8019-47f9-b6f7-526b4754c801", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('18b03ad9-bf3f-40f6-b6b3-03267c7fa270', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "18b03ad9-bf3f-40f6-b6b3-03267c7fa270", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('ded74e33-5c3f-411c-9ffb-5f6a198a7583', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "ded74e33-5c3f-411c-9ffb-5f6a198a7583", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('51e3fc3c-6f3e-41bc-bf41-cc4b96fda33d', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "51e3fc3c-6f3e-41bc-bf41-cc4b96fda33d", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('8f76caa0-5653-4a14-9146-c8ff1e7afcde', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "8f76caa0-5653-4a14-9146-c8ff1e7afcde", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('1bf59f50-43d9-4a16-8cb6-62b82f9d9858', 1, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "1bf59f50-43d9-4a16-8cb6-62b82f9d9858", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.control_versions VALUES ('1065053a-fe84-4daf-8b74-ac94637e7a57', 2, 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '{"id": "1065053a-fe84-4daf-8b74-ac94637e7a57", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "af82194b-4b45-4db6-bc84-5d4f62df4a47", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test (token fill script)', '2026-12-07 02:56:25.721525+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('aa66d989-9740-46cf-9144-577e82d4a4bd', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('3154dd87-38f6-48bc-82d4-051902cc83d2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('e7ee9fe7-60a0-40ab-bd49-f24a30bebbbe', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('f7a2e591-1cba-4b51-9b57-ff55a2407853', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('eaf0c12e-4398-4849-85a2-21e468db53b0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('8d4f2330-cf02-4c36-92a8-83e9574fcb59', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('b897a83a-0c85-453c-95ac-4d52598639f7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('6eeedbdf-8b35-4134-83a2-9a67c160b34f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('c0aea478-297c-4f7f-add1-f2ac392a4bb7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('71f9fc3e-ad86-42da-ac60-45243bd781e8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('653f6209-9d67-45af-990f-aa3bd97a9e5b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('15a547d0-9356-4114-b392-fa38f066dc5f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('95720528-b2fa-480b-8169-271893e0be1c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('b3474058-4ab6-45bc-b252-b47f220a5f94', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('c348aae7-c34e-4461-a419-c44d44658727', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('09a72e65-900a-453b-b60d-d431d73d566e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('8fdbc36e-2f33-4e11-a0fc-65dfd85be4b6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('476be937-38c0-41ce-a96b-ab6bfb7c6a3d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('a4926fc3-af92-42e8-8e6c-bf21d02c54e5', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('76189697-67bc-4675-9e2f-915ce25f8f57', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('4962a5d9-b156-4251-8e54-eddfad2d51b6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('58c6c2eb-c54e-4666-9103-b1836bafcbb8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('c24b5c63-257e-409d-92aa-11b4222ce8c7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('6d20b2ad-fccc-4580-a575-057932ee546a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('1bff08b9-7f3f-48d5-911b-d9f040e3a521', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('40359fe0-1de3-4481-9fff-ad9ee3d56897', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('59d12cc4-8406-491f-aa32-4ad04a803784', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('5221fe01-e331-4312-8ac2-0c680e06cdcf', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ddf8d983-4bed-4879-80f5-a077c3f35d24', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ea584ead-7dd8-42e8-9578-93578d7b5d91', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('50ddbd0d-017a-4d5a-a901-7082a6529ab1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('20ba9fbd-0920-460f-b2c7-9504c6f2b707', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('b4ca309c-78f0-4ec3-9599-525305f679cb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('0534f091-f0d4-4e38-9aa1-2fa4d86a5b24', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('be9b1996-8665-4cea-ba33-b0fd88d1d968', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('31cedad8-ba05-438f-b91d-68bbaccd0bdc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('c9c8e350-8337-4a80-8e69-873532c9de99', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('fc239fd8-56bb-4529-9b96-c08a54580911', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('03739e3c-06b9-46f3-9b36-700d8678a336', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('5aafdaf5-edac-4a7d-830a-94a294fd3aa0', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ba63bead-a718-4345-940f-46fff13a16b2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('b4fc800f-2100-4a89-a032-3decce9423a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('dd507c57-de65-4ffd-9d3a-d919c9890f08', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('4da953b0-b945-4dfa-a268-70a5d1dbee77', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('69f71c77-111f-46ae-afb1-0fd9d06e8e41', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('4296293f-6460-40cd-93e4-8e941cc1cfbc', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ab3b09f3-5db5-4cff-9226-f40956cbe961', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('6190e7bc-1e0d-46e2-af22-19b73323287d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('3502fe54-9637-495f-ac4a-6f1ede42279f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('f4744e95-6dd9-4b15-814f-23615037fbbb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('bc902433-3680-4bc3-8df1-d97c3d03c1da', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ebe90208-192a-41c9-ad5a-b5f9e10e5da3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('14c6a5c8-ed6f-4638-9507-08bab04d49ea', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('965d552c-de93-4751-8641-ce1ae09d91e4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('2d5010a3-2e2c-427d-8382-af93a12b75b1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ac2d2294-7c46-4f5d-9bee-ae87ef4da72c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('d1c274b3-c54c-44f4-a63f-31279560cdc7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('027ee2b6-8b93-4a31-97f7-a642f69df22d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('90367442-99d2-4ee0-861a-279cc0d63952', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('5df79f40-0ff0-48de-909a-97189bc69d7c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('1ecabd34-59c2-4fb8-8e14-1104c1627e27', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('c0fa3525-be98-4181-b33f-e22fc8104b1b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('26e67da1-5740-4b56-a767-49aa93a82801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ee3decac-a3bd-43a3-a70c-a9866543e463', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('d5a9f4ce-13c0-4dd8-b7d1-c414bfa4b053', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('993bfc95-747d-48fc-a1b6-9af7497eefc8', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('4625d934-0f4f-4911-b756-85cb71c41019', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('0494112d-1282-40d9-bf43-f1c9fbfae8c1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('64c57c90-f505-4a46-b2bc-bb7e4a263c7d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ebba9bfe-3e41-45c1-bc94-4ddc7b4a0da4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('5be015f2-3914-4130-80df-e9a29103897f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('d45b2015-baf1-40dc-bda0-7a9978b1fa86', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('74534a73-0b6d-41f6-ab98-da2ec67aa261', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ac4e10f7-097e-40d1-a19e-bc45e4d59aee', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('69092d75-a607-45f7-a64f-da69bad29819', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('237f4428-928c-40e3-835f-2d9420d23860', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('a516c7fd-78d8-48b2-8b39-7c5ee1205b89', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ed89a58e-d384-4970-9c1e-4e08e0e61c76', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('783f8b41-4f81-43d1-8413-59d2f41ae423', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('471c0e1c-acbc-47fa-8cfb-d82c67e0202a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('72daa9a3-cb5b-43c6-9367-2adb52752ee4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('307cda72-34d1-4399-957e-80660deb0866', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('31cb5107-3332-4916-9f7a-49be05e46276', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('f64cd443-95a0-4d14-9c84-27dae972dbf3', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('32957ff7-141e-4ab3-9e83-79b950fc2211', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('fd183caa-072a-4271-8b58-8c0cbbef7663', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('0b79bb0f-7f49-4e32-bdcd-9a292d094bab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('111c6ee3-3895-4cd5-b77f-205475e00315', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('bae53745-1ad9-4d3f-a94c-5f3a5ada3b2e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('971e94e3-e419-4442-95c2-6f4b59b6ddd4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('95a8927a-00b2-4b48-8700-622337350cef', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('745f324e-0e62-4bfa-8c4b-88e67470de88', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('eb27cb44-b456-4724-920f-8aa4cd7d8cb2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('406282dd-47dd-4432-8c9c-88287d0f3c64', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('125350af-f0a6-4844-a7f2-8b93fdc14ce6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('19e81df7-6bc8-4e78-b69d-5b2fef9fc8a7', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('86a32ccf-8988-496c-8fd0-28297e90d6ff', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('f9f367d1-ea67-4d4d-a426-7ade4e26f86a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('10b4c671-b8e9-4b03-bfef-443835bea119', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('5dae5ffd-f28c-4318-b4ef-0c379372b298', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('4a66b23d-f233-456d-b7d6-7a442726096a', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('e350e088-93b3-4f64-a99c-b3d3e06a92be', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('8a47c309-fe29-42ab-abc5-9ed7b0864400', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('a570d330-28ad-4130-8131-79d5b8332e40', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('a9108201-9fe7-4b0a-8d4f-e3cbf79b4056', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('2422663c-2694-47bf-a544-a070d5d5bba6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('738b06a2-40b3-4b96-a4ba-fa3590543cc6', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('a49eb498-93e8-4da1-b3bd-7653d0c2cfa2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('78455c33-7fad-406e-8a2a-926a7346a572', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('44b0f048-2a7a-4234-b5ad-b8fb43b71e17', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('fbe957fd-2ab9-4237-b9de-2ac36503f94d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('36fcbdea-8a2f-4b60-beed-ce37edd16d61', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('e12f08af-35e8-4b71-9fdc-cc5d7ac1f687', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('e76ac772-0cb0-48cb-beff-e437bddd0c30', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('2b2461b9-dbfe-4f92-9ed3-4b11226d9781', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('436bd50f-8f18-48d9-9170-6b779af868b5', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('8de85b7c-aaf0-48fd-833a-fa6e87fd9dab', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('3526c9ea-9cf9-45cb-83e4-acb40ee68434', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('1d962a3b-6834-4fdc-96b4-47cdd01a1e37', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('e4a2b72c-ecd9-4da2-aded-90a03af6b2d4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('bb849ce8-d879-4e0b-b804-e5b41951d769', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ccd6b2ae-8019-47f9-b6f7-526b4754c801', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('18b03ad9-bf3f-40f6-b6b3-03267c7fa270', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('ded74e33-5c3f-411c-9ffb-5f6a198a7583', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('51e3fc3c-6f3e-41bc-bf41-cc4b96fda33d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('8f76caa0-5653-4a14-9146-c8ff1e7afcde', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('1bf59f50-43d9-4a16-8cb6-62b82f9d9858', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:23.721257+00');
INSERT INTO public.controls VALUES ('1065053a-fe84-4daf-8b74-ac94637e7a57', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-07 02:56:23.721257+00', '2026-12-07 02:56:25.735+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('bf63caed-9b7f-4454-b0f9-f6ef7570f37e', '0a2963b8-cc43-463b-aa3f-83e34c27fce4');
INSERT INTO public.engagement_systems VALUES ('8b4941ae-851b-4d57-9411-c156dc0f1de9', '0a2963b8-cc43-463b-aa3f-83e34c27fce4');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('bf63caed-9b7f-4454-b0f9-f6ef7570f37e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-07 02:56:24.395405+00');
INSERT INTO public.engagements VALUES ('8b4941ae-851b-4d57-9411-c156dc0f1de9', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-07 02:56:24.496598+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('caf33301-828d-4238-b152-19e4bb0c73ea', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run f1ace51e-2e49-4925-a935-26956d723d2f, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', 'af82194b-4b45-4db6-bc84-5d4f62df4a47/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, 'f1ace51e-2e49-4925-a935-26956d723d2f', NULL, '2026-12-07 02:56:18.808276+00', 4);
INSERT INTO public.evidence VALUES ('5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run d7295486-7e25-4b4b-9cbd-e915418dd290, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', 'af82194b-4b45-4db6-bc84-5d4f62df4a47/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, 'd7295486-7e25-4b4b-9cbd-e915418dd290', '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-07 02:56:25.1518+00', 16);
INSERT INTO public.evidence VALUES ('a0290988-b621-4395-af2b-edd96103c7c5', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', 'af82194b-4b45-4db6-bc84-5d4f62df4a47/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-07', NULL, NULL, NULL, '2026-12-07 02:56:30.830149+00', 20);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c', '1ecabd34-59c2-4fb8-8e14-1104c1627e27', 'af82194b-4b45-4db6-bc84-5d4f62df4a47');
INSERT INTO public.evidence_controls VALUES ('5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c', 'c0fa3525-be98-4181-b33f-e22fc8104b1b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47');
INSERT INTO public.evidence_controls VALUES ('5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c', 'ee3decac-a3bd-43a3-a70c-a9866543e463', 'af82194b-4b45-4db6-bc84-5d4f62df4a47');
INSERT INTO public.evidence_controls VALUES ('a0290988-b621-4395-af2b-edd96103c7c5', 'dd507c57-de65-4ffd-9d3a-d919c9890f08', 'af82194b-4b45-4db6-bc84-5d4f62df4a47');


--
-- Data for Name: exercise_actions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: hr_access_grants; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: incident_empty_periods; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: incident_follow_ups; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: incident_risks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: incident_timeline; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.incident_timeline VALUES ('79b9c937-bbf3-4229-8d3b-f5f47d0f500f', '9b1d6665-59bd-4bcf-b941-a0178889639e', '2026-12-07 02:56:32.003+00', '56b708ab-c773-4abc-8768-b50535c10e65', 'Ada Owner', 'Incident recorded', '2026-12-07 02:56:31.994854+00');


--
-- Data for Name: incidents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.incidents VALUES ('9b1d6665-59bd-4bcf-b941-a0178889639e', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Phishing email reported', '', 'low', 'internal', 'new', NULL, '2026-04-02 09:00:00+00', NULL, '{}', '', false, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, false, '{}', '{}', NULL, '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-07 02:56:31.994854+00', '2026-12-07 02:56:31.994854+00', NULL);


--
-- Data for Name: internal_audit_controls; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: internal_audit_findings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: internal_audits; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitations VALUES ('784f7261-b543-4234-bfd3-d2700603590c', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'new.hire@acme.test', 'member', NULL, NULL, '1f8c2159c3d02d09564ddb601033feac3071d8e1220eb44ea4bfac770479d7cf', '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-14 02:56:24.719+00', NULL, NULL, '2026-12-07 02:56:24.710637+00');


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', '56b708ab-c773-4abc-8768-b50535c10e65', 'owner', NULL, '2026-12-07 02:56:05.562991+00');
INSERT INTO public.memberships VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 'eef9f961-5d01-46e4-9e9c-5e4b8dd7c8e2', 'member', NULL, '2026-12-07 02:56:10.344456+00');


--
-- Data for Name: offboarding_accounts; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: offboardings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oidc_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oidc_providers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: onboarding_items; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organizations VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-07 02:56:05.562991+00');


--
-- Data for Name: pen_test_findings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: pen_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES ('d50f546c-c2ae-4cdf-900a-613b837f5bfb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'pat@acme.test', 'Pat Doe', '{}', 'employee', 'Engineering', NULL, NULL, '2026-02-02', NULL, 'active', true, NULL, 'manual', NULL, NULL, NULL, '2026-12-07 02:56:31.063361+00', '2026-12-07 02:56:31.063361+00');


--
-- Data for Name: people_settings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: person_account_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.policies VALUES ('7cb7e4eb-96e0-454d-a60e-1e92c5174c9f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Information Security Policy', 'information-security', '56b708ab-c773-4abc-8768-b50535c10e65', 'all_staff', 12, '{eef9f961-5d01-46e4-9e9c-5e4b8dd7c8e2}', '2026-12-07 02:56:31.619367+00', '2026-12-07 02:56:31.619367+00');


--
-- Data for Name: policy_acceptance_requests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policy_acceptances; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policy_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policy_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.policy_versions VALUES ('0d7dddc5-65fb-4fd6-8929-ff71dc0b5e10', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '7cb7e4eb-96e0-454d-a60e-1e92c5174c9f', 1, 0, 'draft', '# Information Security Policy

**Owner:** Ada Owner · **Approved by:** Eve Engineer · **Effective:** 2026-03-01 · **Reviewed:** annually

## Purpose

Acme Cloud runs a service that customers trust with their data. This policy states the company''s
commitment to protect that data and the systems that hold it, sets the objectives the security programme
works towards, and names who is accountable. Every other security policy of the company sits under this
one and follows its principles.

## Scope

This policy covers every employee, contractor and temporary worker, every system the company operates or
pays for (production, corporate applications, laptops and phones used for work), and all information the
company holds, whether it belongs to the company, its customers or its staff.

## Objectives

The security programme aims to:

- keep customer and company information confidential, accurate and available as promised to customers;
- meet the company''s contracts, laws and regulations, and the commitments in its system description;
- find and treat risks before they cause harm, within the risk tolerance set by leadership;
- detect, contain and learn from incidents quickly;
- show, with evidence, that controls operate as described.

## Roles and responsibilities

- **Leadership** sets the objectives and risk tolerance, provides the people and budget the programme
  needs, and reviews its state at least once a quarter.
- **Ada Owner** owns the security programme: maintains the policies and the control matrix, runs
  the annual risk assessment, reports to leadership and is the first point of contact for auditors.
- **Managers** make sure their teams know and follow the policies that apply to them, and that access
  and duties in their teams match each person''s role.
- **System owners** are named for every production system and business application; they approve access,
  keep the system configured securely and take part in access reviews.
- **Everyone** follows the company''s policies, completes the required training, protects the
  information they handle and reports suspected incidents to security@acme.test without delay.

## Principles

1. **Least privilege.** People and services get only the access their work needs, for as long as it needs it.
2. **Defence in depth.** No single control is relied on alone; preventive controls are backed by monitoring.
3. **Secure by default.** New systems, changes and vendors are reviewed for security before they go live.
4. **Evidence.** Controls leave records (tickets, logs, approvals, reports) that show they operated.
5. **Continuous improvement.** Incidents, audit findings and test results lead to tracked corrective actions.

## The policy set

The company maintains written policies for at least: acceptable use; code of conduct; access control;
authentication; human resources security; awareness training; asset management; data classification;
retention and disposal; encryption; secure configuration and networks; change management; secure
development; vulnerability management; logging and monitoring; incident response; business continuity;
risk management; vendor management; physical security; and policy management. Each policy has an owner
and an approver, is published where staff can read it, and is accepted by its audience when they join
and whenever a material change is published.

## Measuring the programme

Ada Owner keeps a control matrix that maps every control to the risks and criteria it addresses,
and reviews the results of control monitoring with leadership at least quarterly. Deficiencies are
recorded with an owner and a due date and tracked until closed.

## Exceptions

Where a requirement cannot be met, an exception is requested and decided under the Policy Management and
Exceptions Policy. Exceptions are written, time-limited and approved before the deviation begins.

## Enforcement

Breaking a security policy can lead to loss of access and to disciplinary action, up to and including
ending employment or a contract, and where the law is broken, to referral to the authorities.

## Review

Ada Owner reviews this policy annually, and sooner after a significant change to the
business, the system or the threats it faces. Eve Engineer approves each new version.
', 'First version, from the Information Security Policy template', false, NULL, '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-07 02:56:31.619367+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: readiness_snapshots; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 'trivy', NULL, 'vuln.finding', '2026-12-07 02:56:18.776+00', 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.resource_scopes VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 'trivy', NULL, 'vuln.target', '2026-12-07 02:56:18.776+00', 'f1ace51e-2e49-4925-a935-26956d723d2f');
INSERT INTO public.resource_scopes VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 'grype', 'c03cc784-d98e-490a-bb4c-581993b778d9', 'vuln.finding', '2026-12-07 02:56:25.117+00', 'd7295486-7e25-4b4b-9cbd-e915418dd290');
INSERT INTO public.resource_scopes VALUES ('af82194b-4b45-4db6-bc84-5d4f62df4a47', 'grype', 'c03cc784-d98e-490a-bb4c-581993b778d9', 'vuln.target', '2026-12-07 02:56:25.117+00', 'd7295486-7e25-4b4b-9cbd-e915418dd290');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('72e4dd45-defe-48b2-84d4-7c650c7ec2cb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-07 02:56:18.776+00', '2026-12-07 02:56:18.776+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('1c10a938-c1fe-4ae5-b20d-3904a41afd7f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-07 02:56:18.776+00', '2026-12-07 02:56:18.776+00', NULL, NULL, '29ezymug3ki:pn');
INSERT INTO public.resources VALUES ('a5d84a05-be8b-4ef7-a257-7f5ef46b83ac', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-07 02:56:18.776+00', '2026-12-07 02:56:18.776+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('55475ba0-5dff-4cf3-8d02-1e13c33c641f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-07 02:56:25.117+00', '2026-12-07 02:56:25.117+00', NULL, 'c03cc784-d98e-490a-bb4c-581993b778d9', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('09c0c954-0d8a-4185-ab16-8b3711ffa2bb', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-07 02:56:25.117+00', '2026-12-07 02:56:25.117+00', NULL, 'c03cc784-d98e-490a-bb4c-581993b778d9', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('a0aa29ad-4bc2-4929-b3e7-fbe065256bff', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-07 02:56:25.117+00', '2026-12-07 02:56:25.117+00', NULL, 'c03cc784-d98e-490a-bb4c-581993b778d9', 'os05izi2np:pe');


--
-- Data for Name: risk_assessments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risk_controls VALUES ('30894208-0388-49ba-8d64-fc643d4c0cf9', 'dd507c57-de65-4ffd-9d3a-d919c9890f08');
INSERT INTO public.risk_controls VALUES ('30894208-0388-49ba-8d64-fc643d4c0cf9', 'bc902433-3680-4bc3-8df1-d97c3d03c1da');
INSERT INTO public.risk_controls VALUES ('30894208-0388-49ba-8d64-fc643d4c0cf9', '1065053a-fe84-4daf-8b74-ac94637e7a57');


--
-- Data for Name: risk_evidence; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_matrices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_reassessment_requests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risk_reassessment_requests VALUES ('bf610a91-4736-4e1f-8633-07eb38caf240', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'The categories in scope changed', 'Ada Owner', '2026-12-07 02:56:23.568718+00', NULL, NULL);
INSERT INTO public.risk_reassessment_requests VALUES ('aa8cc9ba-af71-4288-8811-91a60392b334', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Example Hosting became a critical vendor', 'Ada Owner', '2026-12-07 02:56:31.897766+00', NULL, NULL);


--
-- Data for Name: risks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risks VALUES ('30894208-0388-49ba-8d64-fc643d4c0cf9', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Stolen staff credentials', 'A phished or reused password lets an outsider sign in to company tools as a member of staff.', 'security', 'R-01', '[]', 'eef9f961-5d01-46e4-9e9c-5e4b8dd7c8e2', 4, 5, 4, 5, 4, 5, 'mitigate', 'open', NULL, NULL, NULL, NULL, '2026-12-07 02:56:31.777078+00', '2026-12-07 02:56:31.777078+00');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('f1ace51e-2e49-4925-a935-26956d723d2f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', NULL, 'trivy', 'succeeded', NULL, '2026-12-07 02:56:18.776+00', '2026-12-07 02:56:18.888+00', 3, 6, 'caf33301-828d-4238-b152-19e4bb0c73ea', '{"ms": {"read": 27, "write": 79, "evaluate": 5}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 2, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 2, "pass": 1, "error": 0, "not_applicable": 3}, "unchanged": 0}', '2026-12-07 02:56:18.805782+00');
INSERT INTO public.runs VALUES ('d7295486-7e25-4b4b-9cbd-e915418dd290', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'c03cc784-d98e-490a-bb4c-581993b778d9', 'grype', 'succeeded', NULL, '2026-12-07 02:56:25.117+00', '2026-12-07 02:56:25.247+00', 3, 6, '5dbfb9d5-892a-4bc7-a74e-904b2c78ad2c', '{"ms": {"read": 30, "write": 94, "evaluate": 6}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}', '2026-12-07 02:56:25.149087+00');


--
-- Data for Name: sample_size_tables; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('0a2963b8-cc43-463b-aa3f-83e34c27fce4', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-07 02:56:24.311955+00');


--
-- Data for Name: tabletop_exercises; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tabletop_exercises VALUES ('3ae5a970-5710-4264-8834-fe6e1fc0bddf', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'ransomware', '', '2026-05-12', NULL, '[]', '', '', '2026-12-07 02:56:32.119788+00', '2026-12-07 02:56:32.119788+00');


--
-- Data for Name: training_completions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_courses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.training_courses VALUES ('76874f96-6b48-413b-b600-16120faac52f', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'security_awareness', 'Security awareness', 'Phishing, passwords and multi-factor sign-in, handling customer data, reporting incidents, and the policies everyone accepts. Everyone completes it when they join and once a year after.', 'all_staff', NULL, 12, '2026-01-01', '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-07 02:56:31.185409+00', '2026-12-07 02:56:31.185409+00');
INSERT INTO public.training_courses VALUES ('34634fc9-185a-4a5a-ae4b-36ddf392b24d', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'secure_development', 'Secure development', 'Common web application weaknesses, code review, secrets in code, dependencies and safe deployment, for everyone who writes or reviews code.', 'department', 'Engineering', 12, '2026-01-01', '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-07 02:56:31.185409+00', '2026-12-07 02:56:31.185409+00');


--
-- Data for Name: training_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('56b708ab-c773-4abc-8768-b50535c10e65', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$7zEQY5qe+un8Jk7Ho22ywQ$NPvEioBVHYdKZUs6whgBTNFcP4ho8AaE2iwQ/vCuh4s', 0, NULL, '2026-12-07 02:56:05.562991+00');
INSERT INTO public.users VALUES ('eef9f961-5d01-46e4-9e9c-5e4b8dd7c8e2', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$dHr7s9ipC2D6ljqlmS0t/A$fFLgrD134GQNi4LQeKGEm8k4GSQhz8RwTsnYwVtpFsg', 0, NULL, '2026-12-07 02:56:10.344456+00');


--
-- Data for Name: vendor_reports; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vendor_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vendor_reviews VALUES ('0bf94916-b3fb-4286-82a9-35e522b5a70b', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', '905e8ede-f531-49cf-845c-8abce54938d2', '2026-12-07', NULL, 'open', NULL, NULL, '', NULL, '2026-12-07 02:56:31.897766+00');


--
-- Data for Name: vendors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vendors VALUES ('905e8ede-f531-49cf-845c-8abce54938d2', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 'Example Hosting', '', 'high', 'high', true, false, 'critical', NULL, NULL, NULL, 'prospective', NULL, NULL, NULL, NULL, NULL, '[]', '[]', '2026-12-07 02:56:31.897766+00', '2026-12-07 02:56:31.897766+00');


--
-- Data for Name: vuln_exceptions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vuln_sla_policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vuln_sla_policies VALUES ('0b477a6f-4b6c-4ab3-a863-de5e238abfd1', 'af82194b-4b45-4db6-bc84-5d4f62df4a47', 10, 30, 90, 180, '2026-12-07 02:56:32.216+00', '56b708ab-c773-4abc-8768-b50535c10e65', '2026-12-07 02:56:32.216605+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 14, true);


--
-- Name: alert_outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alert_outbox_id_seq', 2, true);


--
-- Name: audit_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_events_id_seq', 29, true);


--
-- Name: check_coverage_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.check_coverage_id_seq', 3, true);


--
-- Name: check_intervals_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.check_intervals_id_seq', 12, true);


--
-- Name: __drizzle_migrations __drizzle_migrations_pkey; Type: CONSTRAINT; Schema: drizzle; Owner: -
--

ALTER TABLE ONLY drizzle.__drizzle_migrations
    ADD CONSTRAINT __drizzle_migrations_pkey PRIMARY KEY (id);


--
-- Name: access_review_accounts access_review_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_accounts
    ADD CONSTRAINT access_review_accounts_pkey PRIMARY KEY (id);


--
-- Name: access_review_campaigns access_review_campaigns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_campaigns
    ADD CONSTRAINT access_review_campaigns_pkey PRIMARY KEY (id);


--
-- Name: access_review_uploads access_review_uploads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_uploads
    ADD CONSTRAINT access_review_uploads_pkey PRIMARY KEY (id);


--
-- Name: activities activities_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_pkey PRIMARY KEY (id);


--
-- Name: activity_reminders activity_reminders_activity_id_threshold_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activity_reminders
    ADD CONSTRAINT activity_reminders_activity_id_threshold_pk PRIMARY KEY (activity_id, threshold);


--
-- Name: alert_channels alert_channels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_channels
    ADD CONSTRAINT alert_channels_pkey PRIMARY KEY (id);


--
-- Name: alert_outbox alert_outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_outbox
    ADD CONSTRAINT alert_outbox_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (id);


--
-- Name: api_tokens api_tokens_token_hash_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_token_hash_unique UNIQUE (token_hash);


--
-- Name: audit_chain_heads audit_chain_heads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_chain_heads
    ADD CONSTRAINT audit_chain_heads_pkey PRIMARY KEY (org_id);


--
-- Name: audit_events audit_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_events
    ADD CONSTRAINT audit_events_pkey PRIMARY KEY (id);


--
-- Name: audit_exceptions audit_exceptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_pkey PRIMARY KEY (id);


--
-- Name: audit_populations audit_populations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_populations
    ADD CONSTRAINT audit_populations_pkey PRIMARY KEY (id);


--
-- Name: audit_request_comments audit_request_comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_comments
    ADD CONSTRAINT audit_request_comments_pkey PRIMARY KEY (id);


--
-- Name: audit_request_evidence audit_request_evidence_request_id_evidence_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_evidence
    ADD CONSTRAINT audit_request_evidence_request_id_evidence_id_pk PRIMARY KEY (request_id, evidence_id);


--
-- Name: audit_requests audit_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_requests
    ADD CONSTRAINT audit_requests_pkey PRIMARY KEY (id);


--
-- Name: audit_sample_results audit_sample_results_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_sample_results
    ADD CONSTRAINT audit_sample_results_pkey PRIMARY KEY (id);


--
-- Name: audit_samples audit_samples_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_samples
    ADD CONSTRAINT audit_samples_pkey PRIMARY KEY (id);


--
-- Name: background_checks background_checks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_checks
    ADD CONSTRAINT background_checks_pkey PRIMARY KEY (id);


--
-- Name: calendar_feeds calendar_feeds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_pkey PRIMARY KEY (id);


--
-- Name: change_justifications change_justifications_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.change_justifications
    ADD CONSTRAINT change_justifications_pkey PRIMARY KEY (id);


--
-- Name: check_coverage check_coverage_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.check_coverage
    ADD CONSTRAINT check_coverage_pkey PRIMARY KEY (id);


--
-- Name: check_intervals check_intervals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.check_intervals
    ADD CONSTRAINT check_intervals_pkey PRIMARY KEY (id);


--
-- Name: connectors connectors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.connectors
    ADD CONSTRAINT connectors_pkey PRIMARY KEY (id);


--
-- Name: continuity_tests continuity_tests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.continuity_tests
    ADD CONSTRAINT continuity_tests_pkey PRIMARY KEY (id);


--
-- Name: control_criteria control_criteria_control_id_criterion_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_criteria
    ADD CONSTRAINT control_criteria_control_id_criterion_id_pk PRIMARY KEY (control_id, criterion_id);


--
-- Name: control_tests control_tests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_tests
    ADD CONSTRAINT control_tests_pkey PRIMARY KEY (id);


--
-- Name: control_versions control_versions_control_id_version_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_versions
    ADD CONSTRAINT control_versions_control_id_version_pk PRIMARY KEY (control_id, version);


--
-- Name: controls controls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.controls
    ADD CONSTRAINT controls_pkey PRIMARY KEY (id);


--
-- Name: custom_checks custom_checks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_checks
    ADD CONSTRAINT custom_checks_pkey PRIMARY KEY (id);


--
-- Name: engagement_auditors engagement_auditors_engagement_id_user_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagement_auditors
    ADD CONSTRAINT engagement_auditors_engagement_id_user_id_pk PRIMARY KEY (engagement_id, user_id);


--
-- Name: engagement_systems engagement_systems_engagement_id_system_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagement_systems
    ADD CONSTRAINT engagement_systems_engagement_id_system_id_pk PRIMARY KEY (engagement_id, system_id);


--
-- Name: engagements engagements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_pkey PRIMARY KEY (id);


--
-- Name: evidence_controls evidence_controls_evidence_id_control_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_controls
    ADD CONSTRAINT evidence_controls_evidence_id_control_id_pk PRIMARY KEY (evidence_id, control_id);


--
-- Name: evidence evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_pkey PRIMARY KEY (id);


--
-- Name: exercise_actions exercise_actions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_actions
    ADD CONSTRAINT exercise_actions_pkey PRIMARY KEY (id);


--
-- Name: hr_access_grants hr_access_grants_org_id_user_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hr_access_grants
    ADD CONSTRAINT hr_access_grants_org_id_user_id_pk PRIMARY KEY (org_id, user_id);


--
-- Name: incident_empty_periods incident_empty_periods_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_empty_periods
    ADD CONSTRAINT incident_empty_periods_pkey PRIMARY KEY (id);


--
-- Name: incident_follow_ups incident_follow_ups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_follow_ups
    ADD CONSTRAINT incident_follow_ups_pkey PRIMARY KEY (id);


--
-- Name: incident_risks incident_risks_incident_id_risk_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_risks
    ADD CONSTRAINT incident_risks_incident_id_risk_id_pk PRIMARY KEY (incident_id, risk_id);


--
-- Name: incident_timeline incident_timeline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_timeline
    ADD CONSTRAINT incident_timeline_pkey PRIMARY KEY (id);


--
-- Name: incidents incidents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incidents
    ADD CONSTRAINT incidents_pkey PRIMARY KEY (id);


--
-- Name: internal_audit_controls internal_audit_controls_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_controls
    ADD CONSTRAINT internal_audit_controls_pkey PRIMARY KEY (id);


--
-- Name: internal_audit_findings internal_audit_findings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_findings
    ADD CONSTRAINT internal_audit_findings_pkey PRIMARY KEY (id);


--
-- Name: internal_audits internal_audits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audits
    ADD CONSTRAINT internal_audits_pkey PRIMARY KEY (id);


--
-- Name: invitations invitations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_pkey PRIMARY KEY (id);


--
-- Name: invitations invitations_token_hash_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_token_hash_unique UNIQUE (token_hash);


--
-- Name: login_failures login_failures_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failures
    ADD CONSTRAINT login_failures_pkey PRIMARY KEY (email_hash);


--
-- Name: memberships memberships_org_id_user_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_org_id_user_id_pk PRIMARY KEY (org_id, user_id);


--
-- Name: offboarding_accounts offboarding_accounts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboarding_accounts
    ADD CONSTRAINT offboarding_accounts_pkey PRIMARY KEY (id);


--
-- Name: offboardings offboardings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboardings
    ADD CONSTRAINT offboardings_pkey PRIMARY KEY (id);


--
-- Name: oidc_logins oidc_logins_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oidc_logins
    ADD CONSTRAINT oidc_logins_pkey PRIMARY KEY (state);


--
-- Name: oidc_providers oidc_providers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oidc_providers
    ADD CONSTRAINT oidc_providers_pkey PRIMARY KEY (org_id);


--
-- Name: onboarding_items onboarding_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.onboarding_items
    ADD CONSTRAINT onboarding_items_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_slug_unique; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.organizations
    ADD CONSTRAINT organizations_slug_unique UNIQUE (slug);


--
-- Name: pen_test_findings pen_test_findings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pen_test_findings
    ADD CONSTRAINT pen_test_findings_pkey PRIMARY KEY (id);


--
-- Name: pen_tests pen_tests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pen_tests
    ADD CONSTRAINT pen_tests_pkey PRIMARY KEY (id);


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (id);


--
-- Name: people_settings people_settings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people_settings
    ADD CONSTRAINT people_settings_pkey PRIMARY KEY (org_id);


--
-- Name: person_account_links person_account_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_account_links
    ADD CONSTRAINT person_account_links_pkey PRIMARY KEY (id);


--
-- Name: policies policies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policies
    ADD CONSTRAINT policies_pkey PRIMARY KEY (id);


--
-- Name: policy_acceptance_requests policy_acceptance_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptance_requests
    ADD CONSTRAINT policy_acceptance_requests_pkey PRIMARY KEY (id);


--
-- Name: policy_acceptances policy_acceptances_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptances
    ADD CONSTRAINT policy_acceptances_pkey PRIMARY KEY (id);


--
-- Name: policy_reminders policy_reminders_request_id_threshold_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_reminders
    ADD CONSTRAINT policy_reminders_request_id_threshold_pk PRIMARY KEY (request_id, threshold);


--
-- Name: policy_versions policy_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_pkey PRIMARY KEY (id);


--
-- Name: readiness_snapshots readiness_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readiness_snapshots
    ADD CONSTRAINT readiness_snapshots_pkey PRIMARY KEY (id);


--
-- Name: resource_scopes resource_scopes_identity; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scopes
    ADD CONSTRAINT resource_scopes_identity UNIQUE NULLS NOT DISTINCT (org_id, source, connector_id, type);


--
-- Name: resources resources_identity; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_identity UNIQUE NULLS NOT DISTINCT (org_id, source, connector_id, type, external_id);


--
-- Name: resources resources_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_pkey PRIMARY KEY (id);


--
-- Name: risk_assessments risk_assessments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_assessments
    ADD CONSTRAINT risk_assessments_pkey PRIMARY KEY (id);


--
-- Name: risk_controls risk_controls_risk_id_control_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_controls
    ADD CONSTRAINT risk_controls_risk_id_control_id_pk PRIMARY KEY (risk_id, control_id);


--
-- Name: risk_evidence risk_evidence_risk_id_evidence_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_evidence
    ADD CONSTRAINT risk_evidence_risk_id_evidence_id_pk PRIMARY KEY (risk_id, evidence_id);


--
-- Name: risk_matrices risk_matrices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_matrices
    ADD CONSTRAINT risk_matrices_pkey PRIMARY KEY (org_id);


--
-- Name: risk_reassessment_requests risk_reassessment_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_reassessment_requests
    ADD CONSTRAINT risk_reassessment_requests_pkey PRIMARY KEY (id);


--
-- Name: risks risks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risks
    ADD CONSTRAINT risks_pkey PRIMARY KEY (id);


--
-- Name: runs runs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT runs_pkey PRIMARY KEY (id);


--
-- Name: sample_size_tables sample_size_tables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sample_size_tables
    ADD CONSTRAINT sample_size_tables_pkey PRIMARY KEY (org_id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id_hash);


--
-- Name: systems systems_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.systems
    ADD CONSTRAINT systems_pkey PRIMARY KEY (id);


--
-- Name: tabletop_exercises tabletop_exercises_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tabletop_exercises
    ADD CONSTRAINT tabletop_exercises_pkey PRIMARY KEY (id);


--
-- Name: training_completions training_completions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_completions
    ADD CONSTRAINT training_completions_pkey PRIMARY KEY (id);


--
-- Name: training_courses training_courses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_courses
    ADD CONSTRAINT training_courses_pkey PRIMARY KEY (id);


--
-- Name: training_reminders training_reminders_person_id_course_id_cycle_start_kind_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_reminders
    ADD CONSTRAINT training_reminders_person_id_course_id_cycle_start_kind_pk PRIMARY KEY (person_id, course_id, cycle_start, kind);


--
-- Name: user_identities user_identities_issuer_subject_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_issuer_subject_pk PRIMARY KEY (issuer, subject);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: vendor_reports vendor_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reports
    ADD CONSTRAINT vendor_reports_pkey PRIMARY KEY (id);


--
-- Name: vendor_reviews vendor_reviews_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reviews
    ADD CONSTRAINT vendor_reviews_pkey PRIMARY KEY (id);


--
-- Name: vendors vendors_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendors
    ADD CONSTRAINT vendors_pkey PRIMARY KEY (id);


--
-- Name: vuln_exceptions vuln_exceptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_exceptions
    ADD CONSTRAINT vuln_exceptions_pkey PRIMARY KEY (id);


--
-- Name: vuln_sla_policies vuln_sla_policies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_sla_policies
    ADD CONSTRAINT vuln_sla_policies_pkey PRIMARY KEY (id);


--
-- Name: access_review_accounts_campaign_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_review_accounts_campaign_idx ON public.access_review_accounts USING btree (campaign_id, system_key);


--
-- Name: access_review_accounts_open_remediation_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_review_accounts_open_remediation_idx ON public.access_review_accounts USING btree (org_id) WHERE ((decision = ANY (ARRAY['revoke'::text, 'modify'::text])) AND (verified_at IS NULL));


--
-- Name: access_review_accounts_reviewer_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_review_accounts_reviewer_idx ON public.access_review_accounts USING btree (org_id, reviewer_user_id) WHERE (decision IS NULL);


--
-- Name: access_review_campaigns_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_review_campaigns_org_idx ON public.access_review_campaigns USING btree (org_id, status);


--
-- Name: access_review_uploads_system_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_review_uploads_system_idx ON public.access_review_uploads USING btree (org_id, system_key, created_at);


--
-- Name: activities_org_due_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_org_due_idx ON public.activities USING btree (org_id, due_date);


--
-- Name: activities_owner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX activities_owner_idx ON public.activities USING btree (owner_id, status);


--
-- Name: activities_period_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX activities_period_idx ON public.activities USING btree (control_id, template_id, period_end);


--
-- Name: alert_outbox_pending_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX alert_outbox_pending_idx ON public.alert_outbox USING btree (org_id, created_at) WHERE (sent_at IS NULL);


--
-- Name: api_tokens_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX api_tokens_org_idx ON public.api_tokens USING btree (org_id);


--
-- Name: audit_events_org_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_events_org_at_idx ON public.audit_events USING btree (org_id, at);


--
-- Name: audit_events_org_seq_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_events_org_seq_idx ON public.audit_events USING btree (org_id, seq);


--
-- Name: audit_exceptions_engagement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_exceptions_engagement_idx ON public.audit_exceptions USING btree (engagement_id, control_id);


--
-- Name: audit_exceptions_number_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_exceptions_number_idx ON public.audit_exceptions USING btree (engagement_id, number);


--
-- Name: audit_populations_engagement_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_populations_engagement_idx ON public.audit_populations USING btree (org_id, engagement_id, ran_at);


--
-- Name: audit_request_comments_request_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_request_comments_request_idx ON public.audit_request_comments USING btree (request_id, created_at);


--
-- Name: audit_requests_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX audit_requests_org_idx ON public.audit_requests USING btree (org_id, engagement_id, status);


--
-- Name: audit_requests_reference_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_requests_reference_unique ON public.audit_requests USING btree (engagement_id, reference);


--
-- Name: audit_sample_results_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_sample_results_item_idx ON public.audit_sample_results USING btree (sample_id, item_key);


--
-- Name: audit_samples_once_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX audit_samples_once_idx ON public.audit_samples USING btree (population_id, control_id);


--
-- Name: background_checks_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX background_checks_org_idx ON public.background_checks USING btree (org_id);


--
-- Name: background_checks_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX background_checks_person_idx ON public.background_checks USING btree (person_id);


--
-- Name: calendar_feeds_token_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX calendar_feeds_token_idx ON public.calendar_feeds USING btree (token_hash);


--
-- Name: calendar_feeds_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX calendar_feeds_user_idx ON public.calendar_feeds USING btree (org_id, user_id);


--
-- Name: change_justifications_change_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX change_justifications_change_idx ON public.change_justifications USING btree (org_id, repository, number);


--
-- Name: change_justifications_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX change_justifications_org_idx ON public.change_justifications USING btree (org_id);


--
-- Name: check_coverage_check_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX check_coverage_check_idx ON public.check_coverage USING btree (org_id, check_id, "from");


--
-- Name: check_coverage_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX check_coverage_open_idx ON public.check_coverage USING btree (org_id, check_id) WHERE ("to" IS NULL);


--
-- Name: check_intervals_check_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX check_intervals_check_time_idx ON public.check_intervals USING btree (org_id, check_id, "from");


--
-- Name: check_intervals_fail_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX check_intervals_fail_idx ON public.check_intervals USING btree (org_id, check_id, "from") WHERE (status = 'fail'::text);


--
-- Name: check_intervals_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX check_intervals_open_idx ON public.check_intervals USING btree (org_id, check_id) WHERE ("to" IS NULL);


--
-- Name: check_intervals_resource_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX check_intervals_resource_idx ON public.check_intervals USING btree (resource_id);


--
-- Name: connectors_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX connectors_org_idx ON public.connectors USING btree (org_id);


--
-- Name: continuity_tests_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX continuity_tests_org_idx ON public.continuity_tests USING btree (org_id, performed_on);


--
-- Name: control_criteria_org_criterion_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX control_criteria_org_criterion_idx ON public.control_criteria USING btree (org_id, criterion_id);


--
-- Name: control_tests_engagement_control_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX control_tests_engagement_control_idx ON public.control_tests USING btree (engagement_id, control_id);


--
-- Name: controls_org_code_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX controls_org_code_idx ON public.controls USING btree (org_id, code);


--
-- Name: controls_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX controls_org_idx ON public.controls USING btree (org_id);


--
-- Name: custom_checks_org_check_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX custom_checks_org_check_idx ON public.custom_checks USING btree (org_id, check_id);


--
-- Name: engagement_auditors_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX engagement_auditors_user_idx ON public.engagement_auditors USING btree (user_id);


--
-- Name: engagements_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX engagements_org_idx ON public.engagements USING btree (org_id);


--
-- Name: evidence_controls_control_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_controls_control_idx ON public.evidence_controls USING btree (control_id);


--
-- Name: evidence_org_created_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_org_created_idx ON public.evidence USING btree (org_id, created_at);


--
-- Name: evidence_org_sha_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_org_sha_idx ON public.evidence USING btree (org_id, sha256);


--
-- Name: evidence_supersedes_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX evidence_supersedes_idx ON public.evidence USING btree (supersedes_id);


--
-- Name: exercise_actions_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX exercise_actions_org_idx ON public.exercise_actions USING btree (org_id, status);


--
-- Name: incident_follow_ups_owner_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_follow_ups_owner_idx ON public.incident_follow_ups USING btree (org_id, owner_id, due_date);


--
-- Name: incident_risks_risk_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_risks_risk_idx ON public.incident_risks USING btree (risk_id);


--
-- Name: incident_timeline_incident_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_timeline_incident_idx ON public.incident_timeline USING btree (incident_id, at);


--
-- Name: incidents_org_detected_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incidents_org_detected_idx ON public.incidents USING btree (org_id, detected_at);


--
-- Name: internal_audit_controls_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX internal_audit_controls_unique ON public.internal_audit_controls USING btree (audit_id, control_id);


--
-- Name: internal_audit_findings_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX internal_audit_findings_org_idx ON public.internal_audit_findings USING btree (org_id, status);


--
-- Name: internal_audits_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX internal_audits_org_idx ON public.internal_audits USING btree (org_id, planned_date);


--
-- Name: invitations_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX invitations_org_idx ON public.invitations USING btree (org_id);


--
-- Name: memberships_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX memberships_user_idx ON public.memberships USING btree (user_id);


--
-- Name: offboarding_accounts_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX offboarding_accounts_org_idx ON public.offboarding_accounts USING btree (org_id);


--
-- Name: offboarding_accounts_resource_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX offboarding_accounts_resource_idx ON public.offboarding_accounts USING btree (offboarding_id, resource_id);


--
-- Name: offboardings_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX offboardings_person_idx ON public.offboardings USING btree (person_id);


--
-- Name: onboarding_items_person_item_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX onboarding_items_person_item_idx ON public.onboarding_items USING btree (person_id, item);


--
-- Name: pen_test_findings_test_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pen_test_findings_test_idx ON public.pen_test_findings USING btree (org_id, pen_test_id);


--
-- Name: pen_tests_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX pen_tests_org_idx ON public.pen_tests USING btree (org_id);


--
-- Name: people_org_email_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_org_email_idx ON public.people USING btree (org_id, lower(email));


--
-- Name: people_org_status_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX people_org_status_idx ON public.people USING btree (org_id, status);


--
-- Name: people_org_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX people_org_user_idx ON public.people USING btree (org_id, user_id) WHERE (user_id IS NOT NULL);


--
-- Name: person_account_links_resource_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX person_account_links_resource_idx ON public.person_account_links USING btree (org_id, resource_id, person_id);


--
-- Name: policies_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policies_org_idx ON public.policies USING btree (org_id);


--
-- Name: policy_acceptances_once_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX policy_acceptances_once_idx ON public.policy_acceptances USING btree (version_id, person_id);


--
-- Name: policy_acceptances_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policy_acceptances_person_idx ON public.policy_acceptances USING btree (person_id);


--
-- Name: policy_acceptances_policy_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policy_acceptances_policy_idx ON public.policy_acceptances USING btree (org_id, policy_id);


--
-- Name: policy_requests_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX policy_requests_open_idx ON public.policy_acceptance_requests USING btree (policy_id, person_id) WHERE (state = 'open'::public.acceptance_request_state);


--
-- Name: policy_requests_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policy_requests_org_idx ON public.policy_acceptance_requests USING btree (org_id, state, due_date);


--
-- Name: policy_requests_person_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policy_requests_person_idx ON public.policy_acceptance_requests USING btree (person_id);


--
-- Name: policy_versions_number_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX policy_versions_number_idx ON public.policy_versions USING btree (policy_id, major, minor) WHERE (status <> 'rejected'::public.policy_version_status);


--
-- Name: policy_versions_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX policy_versions_open_idx ON public.policy_versions USING btree (policy_id) WHERE (status = ANY (ARRAY['draft'::public.policy_version_status, 'pending_approval'::public.policy_version_status]));


--
-- Name: policy_versions_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policy_versions_org_idx ON public.policy_versions USING btree (org_id, status);


--
-- Name: policy_versions_policy_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX policy_versions_policy_idx ON public.policy_versions USING btree (policy_id);


--
-- Name: readiness_snapshots_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX readiness_snapshots_org_idx ON public.readiness_snapshots USING btree (org_id, taken_at);


--
-- Name: resources_org_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resources_org_type_idx ON public.resources USING btree (org_id, type);


--
-- Name: risk_assessments_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risk_assessments_org_idx ON public.risk_assessments USING btree (org_id, assessed_on);


--
-- Name: risk_reassessment_open_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX risk_reassessment_open_idx ON public.risk_reassessment_requests USING btree (org_id, reason) WHERE (closed_at IS NULL);


--
-- Name: risks_acceptance_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risks_acceptance_idx ON public.risks USING btree (status, acceptance_expires_on);


--
-- Name: risks_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX risks_org_idx ON public.risks USING btree (org_id);


--
-- Name: runs_org_started_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX runs_org_started_idx ON public.runs USING btree (org_id, started_at);


--
-- Name: runs_running_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX runs_running_idx ON public.runs USING btree (started_at) WHERE (status = 'running'::text);


--
-- Name: sessions_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user_idx ON public.sessions USING btree (user_id);


--
-- Name: systems_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX systems_org_idx ON public.systems USING btree (org_id);


--
-- Name: tabletop_exercises_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tabletop_exercises_org_idx ON public.tabletop_exercises USING btree (org_id, held_on);


--
-- Name: training_completions_cycle_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX training_completions_cycle_idx ON public.training_completions USING btree (person_id, course_id, cycle_start);


--
-- Name: training_completions_org_course_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX training_completions_org_course_idx ON public.training_completions USING btree (org_id, course_id, cycle_start);


--
-- Name: training_courses_org_key_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX training_courses_org_key_idx ON public.training_courses USING btree (org_id, key);


--
-- Name: training_courses_org_title_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX training_courses_org_title_idx ON public.training_courses USING btree (org_id, lower(title));


--
-- Name: users_email_lower_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_email_lower_idx ON public.users USING btree (lower(email));


--
-- Name: vendor_reports_vendor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendor_reports_vendor_idx ON public.vendor_reports USING btree (vendor_id);


--
-- Name: vendor_reviews_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendor_reviews_org_idx ON public.vendor_reviews USING btree (org_id, status);


--
-- Name: vendor_reviews_vendor_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendor_reviews_vendor_idx ON public.vendor_reviews USING btree (vendor_id);


--
-- Name: vendors_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vendors_org_idx ON public.vendors USING btree (org_id, name);


--
-- Name: vuln_exceptions_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vuln_exceptions_org_idx ON public.vuln_exceptions USING btree (org_id, resource_id);


--
-- Name: vuln_sla_policies_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX vuln_sla_policies_org_idx ON public.vuln_sla_policies USING btree (org_id, effective_at);


--
-- Name: audit_events audit_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_events_append_only BEFORE DELETE OR UPDATE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION public.audit_events_refuse_change();


--
-- Name: audit_exceptions audit_exceptions_keep; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_exceptions_keep BEFORE DELETE ON public.audit_exceptions FOR EACH ROW EXECUTE FUNCTION public.audit_exceptions_refuse_delete();


--
-- Name: evidence evidence_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evidence_immutable BEFORE UPDATE ON public.evidence FOR EACH ROW EXECUTE FUNCTION public.evidence_refuse_update();


--
-- Name: readiness_snapshots readiness_snapshots_immutable; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER readiness_snapshots_immutable BEFORE UPDATE ON public.readiness_snapshots FOR EACH ROW EXECUTE FUNCTION public.readiness_snapshots_refuse_update();


--
-- Name: access_review_accounts access_review_accounts_campaign_id_access_review_campaigns_id_f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_accounts
    ADD CONSTRAINT access_review_accounts_campaign_id_access_review_campaigns_id_f FOREIGN KEY (campaign_id) REFERENCES public.access_review_campaigns(id) ON DELETE CASCADE;


--
-- Name: access_review_campaigns access_review_campaigns_closed_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_campaigns
    ADD CONSTRAINT access_review_campaigns_closed_by_users_id_fk FOREIGN KEY (closed_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: access_review_campaigns access_review_campaigns_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_campaigns
    ADD CONSTRAINT access_review_campaigns_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: access_review_campaigns access_review_campaigns_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_campaigns
    ADD CONSTRAINT access_review_campaigns_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: access_review_campaigns access_review_campaigns_started_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_campaigns
    ADD CONSTRAINT access_review_campaigns_started_by_users_id_fk FOREIGN KEY (started_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: access_review_uploads access_review_uploads_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_uploads
    ADD CONSTRAINT access_review_uploads_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: access_review_uploads access_review_uploads_uploaded_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_review_uploads
    ADD CONSTRAINT access_review_uploads_uploaded_by_users_id_fk FOREIGN KEY (uploaded_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: activities activities_completed_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_completed_by_users_id_fk FOREIGN KEY (completed_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: activities activities_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: activities activities_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE RESTRICT;


--
-- Name: activities activities_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: activities activities_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activities
    ADD CONSTRAINT activities_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: activity_reminders activity_reminders_activity_id_activities_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.activity_reminders
    ADD CONSTRAINT activity_reminders_activity_id_activities_id_fk FOREIGN KEY (activity_id) REFERENCES public.activities(id) ON DELETE CASCADE;


--
-- Name: alert_channels alert_channels_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.alert_channels
    ADD CONSTRAINT alert_channels_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: api_tokens api_tokens_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: api_tokens api_tokens_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.api_tokens
    ADD CONSTRAINT api_tokens_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: audit_exceptions audit_exceptions_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: audit_exceptions audit_exceptions_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: audit_exceptions audit_exceptions_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_exceptions audit_exceptions_recorded_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_recorded_by_users_id_fk FOREIGN KEY (recorded_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_exceptions audit_exceptions_remediation_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_remediation_owner_id_users_id_fk FOREIGN KEY (remediation_owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_exceptions audit_exceptions_responded_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_exceptions
    ADD CONSTRAINT audit_exceptions_responded_by_users_id_fk FOREIGN KEY (responded_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_populations audit_populations_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_populations
    ADD CONSTRAINT audit_populations_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_populations audit_populations_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_populations
    ADD CONSTRAINT audit_populations_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: audit_populations audit_populations_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_populations
    ADD CONSTRAINT audit_populations_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_request_comments audit_request_comments_author_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_comments
    ADD CONSTRAINT audit_request_comments_author_id_users_id_fk FOREIGN KEY (author_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_request_comments audit_request_comments_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_comments
    ADD CONSTRAINT audit_request_comments_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_request_comments audit_request_comments_request_id_audit_requests_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_comments
    ADD CONSTRAINT audit_request_comments_request_id_audit_requests_id_fk FOREIGN KEY (request_id) REFERENCES public.audit_requests(id) ON DELETE CASCADE;


--
-- Name: audit_request_evidence audit_request_evidence_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_evidence
    ADD CONSTRAINT audit_request_evidence_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE CASCADE;


--
-- Name: audit_request_evidence audit_request_evidence_linked_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_evidence
    ADD CONSTRAINT audit_request_evidence_linked_by_users_id_fk FOREIGN KEY (linked_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_request_evidence audit_request_evidence_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_evidence
    ADD CONSTRAINT audit_request_evidence_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_request_evidence audit_request_evidence_request_id_audit_requests_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_request_evidence
    ADD CONSTRAINT audit_request_evidence_request_id_audit_requests_id_fk FOREIGN KEY (request_id) REFERENCES public.audit_requests(id) ON DELETE CASCADE;


--
-- Name: audit_requests audit_requests_assignee_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_requests
    ADD CONSTRAINT audit_requests_assignee_id_users_id_fk FOREIGN KEY (assignee_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_requests audit_requests_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_requests
    ADD CONSTRAINT audit_requests_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: audit_requests audit_requests_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_requests
    ADD CONSTRAINT audit_requests_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_sample_results audit_sample_results_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_sample_results
    ADD CONSTRAINT audit_sample_results_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_sample_results audit_sample_results_recorded_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_sample_results
    ADD CONSTRAINT audit_sample_results_recorded_by_users_id_fk FOREIGN KEY (recorded_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_sample_results audit_sample_results_sample_id_audit_samples_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_sample_results
    ADD CONSTRAINT audit_sample_results_sample_id_audit_samples_id_fk FOREIGN KEY (sample_id) REFERENCES public.audit_samples(id) ON DELETE CASCADE;


--
-- Name: audit_samples audit_samples_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_samples
    ADD CONSTRAINT audit_samples_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: audit_samples audit_samples_drawn_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_samples
    ADD CONSTRAINT audit_samples_drawn_by_users_id_fk FOREIGN KEY (drawn_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: audit_samples audit_samples_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_samples
    ADD CONSTRAINT audit_samples_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: audit_samples audit_samples_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_samples
    ADD CONSTRAINT audit_samples_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: audit_samples audit_samples_population_id_audit_populations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_samples
    ADD CONSTRAINT audit_samples_population_id_audit_populations_id_fk FOREIGN KEY (population_id) REFERENCES public.audit_populations(id) ON DELETE CASCADE;


--
-- Name: background_checks background_checks_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_checks
    ADD CONSTRAINT background_checks_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: background_checks background_checks_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_checks
    ADD CONSTRAINT background_checks_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: background_checks background_checks_updated_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_checks
    ADD CONSTRAINT background_checks_updated_by_users_id_fk FOREIGN KEY (updated_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: calendar_feeds calendar_feeds_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: calendar_feeds calendar_feeds_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.calendar_feeds
    ADD CONSTRAINT calendar_feeds_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: change_justifications change_justifications_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.change_justifications
    ADD CONSTRAINT change_justifications_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: change_justifications change_justifications_recorded_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.change_justifications
    ADD CONSTRAINT change_justifications_recorded_by_users_id_fk FOREIGN KEY (recorded_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: check_coverage check_coverage_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.check_coverage
    ADD CONSTRAINT check_coverage_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: check_intervals check_intervals_resource_id_resources_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.check_intervals
    ADD CONSTRAINT check_intervals_resource_id_resources_id_fk FOREIGN KEY (resource_id) REFERENCES public.resources(id) ON DELETE CASCADE;


--
-- Name: connectors connectors_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.connectors
    ADD CONSTRAINT connectors_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: continuity_tests continuity_tests_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.continuity_tests
    ADD CONSTRAINT continuity_tests_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: control_criteria control_criteria_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_criteria
    ADD CONSTRAINT control_criteria_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: control_criteria control_criteria_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_criteria
    ADD CONSTRAINT control_criteria_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: control_tests control_tests_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_tests
    ADD CONSTRAINT control_tests_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: control_tests control_tests_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_tests
    ADD CONSTRAINT control_tests_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: control_tests control_tests_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_tests
    ADD CONSTRAINT control_tests_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: control_tests control_tests_tested_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_tests
    ADD CONSTRAINT control_tests_tested_by_users_id_fk FOREIGN KEY (tested_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: control_versions control_versions_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.control_versions
    ADD CONSTRAINT control_versions_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: controls controls_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.controls
    ADD CONSTRAINT controls_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: controls controls_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.controls
    ADD CONSTRAINT controls_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: custom_checks custom_checks_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_checks
    ADD CONSTRAINT custom_checks_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: custom_checks custom_checks_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.custom_checks
    ADD CONSTRAINT custom_checks_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: engagement_auditors engagement_auditors_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagement_auditors
    ADD CONSTRAINT engagement_auditors_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: engagement_auditors engagement_auditors_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagement_auditors
    ADD CONSTRAINT engagement_auditors_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: engagement_systems engagement_systems_engagement_id_engagements_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagement_systems
    ADD CONSTRAINT engagement_systems_engagement_id_engagements_id_fk FOREIGN KEY (engagement_id) REFERENCES public.engagements(id) ON DELETE CASCADE;


--
-- Name: engagement_systems engagement_systems_system_id_systems_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagement_systems
    ADD CONSTRAINT engagement_systems_system_id_systems_id_fk FOREIGN KEY (system_id) REFERENCES public.systems(id) ON DELETE CASCADE;


--
-- Name: engagements engagements_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.engagements
    ADD CONSTRAINT engagements_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: evidence_controls evidence_controls_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_controls
    ADD CONSTRAINT evidence_controls_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: evidence_controls evidence_controls_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_controls
    ADD CONSTRAINT evidence_controls_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE CASCADE;


--
-- Name: evidence evidence_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: evidence evidence_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: exercise_actions exercise_actions_continuity_test_id_continuity_tests_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_actions
    ADD CONSTRAINT exercise_actions_continuity_test_id_continuity_tests_id_fk FOREIGN KEY (continuity_test_id) REFERENCES public.continuity_tests(id) ON DELETE CASCADE;


--
-- Name: exercise_actions exercise_actions_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_actions
    ADD CONSTRAINT exercise_actions_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: exercise_actions exercise_actions_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_actions
    ADD CONSTRAINT exercise_actions_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: exercise_actions exercise_actions_tabletop_id_tabletop_exercises_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.exercise_actions
    ADD CONSTRAINT exercise_actions_tabletop_id_tabletop_exercises_id_fk FOREIGN KEY (tabletop_id) REFERENCES public.tabletop_exercises(id) ON DELETE CASCADE;


--
-- Name: hr_access_grants hr_access_grants_granted_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hr_access_grants
    ADD CONSTRAINT hr_access_grants_granted_by_users_id_fk FOREIGN KEY (granted_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: hr_access_grants hr_access_grants_membership_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hr_access_grants
    ADD CONSTRAINT hr_access_grants_membership_fk FOREIGN KEY (org_id, user_id) REFERENCES public.memberships(org_id, user_id) ON DELETE CASCADE;


--
-- Name: incident_empty_periods incident_empty_periods_attested_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_empty_periods
    ADD CONSTRAINT incident_empty_periods_attested_by_users_id_fk FOREIGN KEY (attested_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: incident_empty_periods incident_empty_periods_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_empty_periods
    ADD CONSTRAINT incident_empty_periods_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: incident_follow_ups incident_follow_ups_incident_id_incidents_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_follow_ups
    ADD CONSTRAINT incident_follow_ups_incident_id_incidents_id_fk FOREIGN KEY (incident_id) REFERENCES public.incidents(id) ON DELETE CASCADE;


--
-- Name: incident_follow_ups incident_follow_ups_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_follow_ups
    ADD CONSTRAINT incident_follow_ups_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: incident_follow_ups incident_follow_ups_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_follow_ups
    ADD CONSTRAINT incident_follow_ups_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: incident_risks incident_risks_incident_id_incidents_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_risks
    ADD CONSTRAINT incident_risks_incident_id_incidents_id_fk FOREIGN KEY (incident_id) REFERENCES public.incidents(id) ON DELETE CASCADE;


--
-- Name: incident_risks incident_risks_risk_id_risks_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_risks
    ADD CONSTRAINT incident_risks_risk_id_risks_id_fk FOREIGN KEY (risk_id) REFERENCES public.risks(id) ON DELETE CASCADE;


--
-- Name: incident_timeline incident_timeline_author_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_timeline
    ADD CONSTRAINT incident_timeline_author_id_users_id_fk FOREIGN KEY (author_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: incident_timeline incident_timeline_incident_id_incidents_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incident_timeline
    ADD CONSTRAINT incident_timeline_incident_id_incidents_id_fk FOREIGN KEY (incident_id) REFERENCES public.incidents(id) ON DELETE CASCADE;


--
-- Name: incidents incidents_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incidents
    ADD CONSTRAINT incidents_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: incidents incidents_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.incidents
    ADD CONSTRAINT incidents_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: internal_audit_controls internal_audit_controls_audit_id_internal_audits_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_controls
    ADD CONSTRAINT internal_audit_controls_audit_id_internal_audits_id_fk FOREIGN KEY (audit_id) REFERENCES public.internal_audits(id) ON DELETE CASCADE;


--
-- Name: internal_audit_controls internal_audit_controls_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_controls
    ADD CONSTRAINT internal_audit_controls_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: internal_audit_controls internal_audit_controls_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_controls
    ADD CONSTRAINT internal_audit_controls_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: internal_audit_findings internal_audit_findings_audit_id_internal_audits_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_findings
    ADD CONSTRAINT internal_audit_findings_audit_id_internal_audits_id_fk FOREIGN KEY (audit_id) REFERENCES public.internal_audits(id) ON DELETE CASCADE;


--
-- Name: internal_audit_findings internal_audit_findings_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_findings
    ADD CONSTRAINT internal_audit_findings_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE SET NULL;


--
-- Name: internal_audit_findings internal_audit_findings_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_findings
    ADD CONSTRAINT internal_audit_findings_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: internal_audit_findings internal_audit_findings_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audit_findings
    ADD CONSTRAINT internal_audit_findings_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: internal_audits internal_audits_auditor_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audits
    ADD CONSTRAINT internal_audits_auditor_id_users_id_fk FOREIGN KEY (auditor_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: internal_audits internal_audits_completed_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audits
    ADD CONSTRAINT internal_audits_completed_by_users_id_fk FOREIGN KEY (completed_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: internal_audits internal_audits_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.internal_audits
    ADD CONSTRAINT internal_audits_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: invitations invitations_invited_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_invited_by_users_id_fk FOREIGN KEY (invited_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: invitations invitations_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.invitations
    ADD CONSTRAINT invitations_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: memberships memberships_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: memberships memberships_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: offboarding_accounts offboarding_accounts_attested_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboarding_accounts
    ADD CONSTRAINT offboarding_accounts_attested_by_users_id_fk FOREIGN KEY (attested_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: offboarding_accounts offboarding_accounts_offboarding_id_offboardings_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboarding_accounts
    ADD CONSTRAINT offboarding_accounts_offboarding_id_offboardings_id_fk FOREIGN KEY (offboarding_id) REFERENCES public.offboardings(id) ON DELETE CASCADE;


--
-- Name: offboarding_accounts offboarding_accounts_resource_id_resources_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboarding_accounts
    ADD CONSTRAINT offboarding_accounts_resource_id_resources_id_fk FOREIGN KEY (resource_id) REFERENCES public.resources(id) ON DELETE SET NULL;


--
-- Name: offboardings offboardings_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboardings
    ADD CONSTRAINT offboardings_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: offboardings offboardings_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offboardings
    ADD CONSTRAINT offboardings_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: oidc_logins oidc_logins_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oidc_logins
    ADD CONSTRAINT oidc_logins_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: oidc_providers oidc_providers_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.oidc_providers
    ADD CONSTRAINT oidc_providers_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: onboarding_items onboarding_items_done_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.onboarding_items
    ADD CONSTRAINT onboarding_items_done_by_users_id_fk FOREIGN KEY (done_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: onboarding_items onboarding_items_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.onboarding_items
    ADD CONSTRAINT onboarding_items_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE SET NULL;


--
-- Name: onboarding_items onboarding_items_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.onboarding_items
    ADD CONSTRAINT onboarding_items_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: onboarding_items onboarding_items_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.onboarding_items
    ADD CONSTRAINT onboarding_items_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: pen_test_findings pen_test_findings_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pen_test_findings
    ADD CONSTRAINT pen_test_findings_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: pen_test_findings pen_test_findings_pen_test_id_pen_tests_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pen_test_findings
    ADD CONSTRAINT pen_test_findings_pen_test_id_pen_tests_id_fk FOREIGN KEY (pen_test_id) REFERENCES public.pen_tests(id) ON DELETE CASCADE;


--
-- Name: pen_tests pen_tests_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pen_tests
    ADD CONSTRAINT pen_tests_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: pen_tests pen_tests_report_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pen_tests
    ADD CONSTRAINT pen_tests_report_evidence_id_evidence_id_fk FOREIGN KEY (report_evidence_id) REFERENCES public.evidence(id) ON DELETE SET NULL;


--
-- Name: people people_manager_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_manager_id_people_id_fk FOREIGN KEY (manager_id) REFERENCES public.people(id) ON DELETE SET NULL;


--
-- Name: people people_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: people_settings people_settings_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people_settings
    ADD CONSTRAINT people_settings_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: people people_source_connector_id_connectors_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_source_connector_id_connectors_id_fk FOREIGN KEY (source_connector_id) REFERENCES public.connectors(id) ON DELETE SET NULL;


--
-- Name: people people_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: person_account_links person_account_links_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_account_links
    ADD CONSTRAINT person_account_links_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: person_account_links person_account_links_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_account_links
    ADD CONSTRAINT person_account_links_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: person_account_links person_account_links_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_account_links
    ADD CONSTRAINT person_account_links_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: person_account_links person_account_links_resource_id_resources_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.person_account_links
    ADD CONSTRAINT person_account_links_resource_id_resources_id_fk FOREIGN KEY (resource_id) REFERENCES public.resources(id) ON DELETE CASCADE;


--
-- Name: policies policies_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policies
    ADD CONSTRAINT policies_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: policies policies_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policies
    ADD CONSTRAINT policies_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: policy_acceptance_requests policy_acceptance_requests_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptance_requests
    ADD CONSTRAINT policy_acceptance_requests_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: policy_acceptance_requests policy_acceptance_requests_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptance_requests
    ADD CONSTRAINT policy_acceptance_requests_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: policy_acceptance_requests policy_acceptance_requests_policy_id_policies_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptance_requests
    ADD CONSTRAINT policy_acceptance_requests_policy_id_policies_id_fk FOREIGN KEY (policy_id) REFERENCES public.policies(id) ON DELETE CASCADE;


--
-- Name: policy_acceptance_requests policy_acceptance_requests_version_id_policy_versions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptance_requests
    ADD CONSTRAINT policy_acceptance_requests_version_id_policy_versions_id_fk FOREIGN KEY (version_id) REFERENCES public.policy_versions(id);


--
-- Name: policy_acceptances policy_acceptances_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptances
    ADD CONSTRAINT policy_acceptances_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: policy_acceptances policy_acceptances_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptances
    ADD CONSTRAINT policy_acceptances_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id);


--
-- Name: policy_acceptances policy_acceptances_policy_id_policies_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptances
    ADD CONSTRAINT policy_acceptances_policy_id_policies_id_fk FOREIGN KEY (policy_id) REFERENCES public.policies(id);


--
-- Name: policy_acceptances policy_acceptances_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptances
    ADD CONSTRAINT policy_acceptances_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: policy_acceptances policy_acceptances_version_id_policy_versions_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_acceptances
    ADD CONSTRAINT policy_acceptances_version_id_policy_versions_id_fk FOREIGN KEY (version_id) REFERENCES public.policy_versions(id);


--
-- Name: policy_reminders policy_reminders_request_id_policy_acceptance_requests_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_reminders
    ADD CONSTRAINT policy_reminders_request_id_policy_acceptance_requests_id_fk FOREIGN KEY (request_id) REFERENCES public.policy_acceptance_requests(id) ON DELETE CASCADE;


--
-- Name: policy_versions policy_versions_approved_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_approved_by_users_id_fk FOREIGN KEY (approved_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: policy_versions policy_versions_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: policy_versions policy_versions_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: policy_versions policy_versions_policy_id_policies_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_policy_id_policies_id_fk FOREIGN KEY (policy_id) REFERENCES public.policies(id) ON DELETE CASCADE;


--
-- Name: policy_versions policy_versions_rejected_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_rejected_by_users_id_fk FOREIGN KEY (rejected_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: policy_versions policy_versions_submitted_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_versions
    ADD CONSTRAINT policy_versions_submitted_by_users_id_fk FOREIGN KEY (submitted_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: readiness_snapshots readiness_snapshots_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readiness_snapshots
    ADD CONSTRAINT readiness_snapshots_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: readiness_snapshots readiness_snapshots_taken_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.readiness_snapshots
    ADD CONSTRAINT readiness_snapshots_taken_by_users_id_fk FOREIGN KEY (taken_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: resource_scopes resource_scopes_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scopes
    ADD CONSTRAINT resource_scopes_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: resources resources_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resources
    ADD CONSTRAINT resources_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: risk_assessments risk_assessments_approved_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_assessments
    ADD CONSTRAINT risk_assessments_approved_by_users_id_fk FOREIGN KEY (approved_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: risk_assessments risk_assessments_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_assessments
    ADD CONSTRAINT risk_assessments_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: risk_assessments risk_assessments_taken_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_assessments
    ADD CONSTRAINT risk_assessments_taken_by_users_id_fk FOREIGN KEY (taken_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: risk_controls risk_controls_control_id_controls_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_controls
    ADD CONSTRAINT risk_controls_control_id_controls_id_fk FOREIGN KEY (control_id) REFERENCES public.controls(id) ON DELETE CASCADE;


--
-- Name: risk_controls risk_controls_risk_id_risks_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_controls
    ADD CONSTRAINT risk_controls_risk_id_risks_id_fk FOREIGN KEY (risk_id) REFERENCES public.risks(id) ON DELETE CASCADE;


--
-- Name: risk_evidence risk_evidence_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_evidence
    ADD CONSTRAINT risk_evidence_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE RESTRICT;


--
-- Name: risk_evidence risk_evidence_risk_id_risks_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_evidence
    ADD CONSTRAINT risk_evidence_risk_id_risks_id_fk FOREIGN KEY (risk_id) REFERENCES public.risks(id) ON DELETE CASCADE;


--
-- Name: risk_matrices risk_matrices_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_matrices
    ADD CONSTRAINT risk_matrices_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: risk_reassessment_requests risk_reassessment_requests_closed_by_assessment_id_risk_assessm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_reassessment_requests
    ADD CONSTRAINT risk_reassessment_requests_closed_by_assessment_id_risk_assessm FOREIGN KEY (closed_by_assessment_id) REFERENCES public.risk_assessments(id) ON DELETE SET NULL;


--
-- Name: risk_reassessment_requests risk_reassessment_requests_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risk_reassessment_requests
    ADD CONSTRAINT risk_reassessment_requests_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: risks risks_accepted_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risks
    ADD CONSTRAINT risks_accepted_by_users_id_fk FOREIGN KEY (accepted_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: risks risks_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risks
    ADD CONSTRAINT risks_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: risks risks_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.risks
    ADD CONSTRAINT risks_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: runs runs_connector_id_connectors_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT runs_connector_id_connectors_id_fk FOREIGN KEY (connector_id) REFERENCES public.connectors(id) ON DELETE SET NULL;


--
-- Name: runs runs_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.runs
    ADD CONSTRAINT runs_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sample_size_tables sample_size_tables_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sample_size_tables
    ADD CONSTRAINT sample_size_tables_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sample_size_tables sample_size_tables_updated_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sample_size_tables
    ADD CONSTRAINT sample_size_tables_updated_by_users_id_fk FOREIGN KEY (updated_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: sessions sessions_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: systems systems_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.systems
    ADD CONSTRAINT systems_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: systems systems_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.systems
    ADD CONSTRAINT systems_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: tabletop_exercises tabletop_exercises_facilitator_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tabletop_exercises
    ADD CONSTRAINT tabletop_exercises_facilitator_id_users_id_fk FOREIGN KEY (facilitator_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: tabletop_exercises tabletop_exercises_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tabletop_exercises
    ADD CONSTRAINT tabletop_exercises_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: training_completions training_completions_course_id_training_courses_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_completions
    ADD CONSTRAINT training_completions_course_id_training_courses_id_fk FOREIGN KEY (course_id) REFERENCES public.training_courses(id) ON DELETE CASCADE;


--
-- Name: training_completions training_completions_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_completions
    ADD CONSTRAINT training_completions_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE SET NULL;


--
-- Name: training_completions training_completions_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_completions
    ADD CONSTRAINT training_completions_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: training_completions training_completions_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_completions
    ADD CONSTRAINT training_completions_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: training_completions training_completions_recorded_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_completions
    ADD CONSTRAINT training_completions_recorded_by_users_id_fk FOREIGN KEY (recorded_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: training_courses training_courses_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_courses
    ADD CONSTRAINT training_courses_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: training_courses training_courses_owner_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_courses
    ADD CONSTRAINT training_courses_owner_id_users_id_fk FOREIGN KEY (owner_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: training_reminders training_reminders_course_id_training_courses_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_reminders
    ADD CONSTRAINT training_reminders_course_id_training_courses_id_fk FOREIGN KEY (course_id) REFERENCES public.training_courses(id) ON DELETE CASCADE;


--
-- Name: training_reminders training_reminders_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_reminders
    ADD CONSTRAINT training_reminders_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: training_reminders training_reminders_person_id_people_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.training_reminders
    ADD CONSTRAINT training_reminders_person_id_people_id_fk FOREIGN KEY (person_id) REFERENCES public.people(id) ON DELETE CASCADE;


--
-- Name: user_identities user_identities_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: vendor_reports vendor_reports_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reports
    ADD CONSTRAINT vendor_reports_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: vendor_reports vendor_reports_evidence_id_evidence_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reports
    ADD CONSTRAINT vendor_reports_evidence_id_evidence_id_fk FOREIGN KEY (evidence_id) REFERENCES public.evidence(id) ON DELETE SET NULL;


--
-- Name: vendor_reports vendor_reports_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reports
    ADD CONSTRAINT vendor_reports_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: vendor_reports vendor_reports_vendor_id_vendors_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reports
    ADD CONSTRAINT vendor_reports_vendor_id_vendors_id_fk FOREIGN KEY (vendor_id) REFERENCES public.vendors(id) ON DELETE CASCADE;


--
-- Name: vendor_reviews vendor_reviews_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reviews
    ADD CONSTRAINT vendor_reviews_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: vendor_reviews vendor_reviews_reviewer_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reviews
    ADD CONSTRAINT vendor_reviews_reviewer_user_id_users_id_fk FOREIGN KEY (reviewer_user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: vendor_reviews vendor_reviews_vendor_id_vendors_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendor_reviews
    ADD CONSTRAINT vendor_reviews_vendor_id_vendors_id_fk FOREIGN KEY (vendor_id) REFERENCES public.vendors(id) ON DELETE CASCADE;


--
-- Name: vendors vendors_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendors
    ADD CONSTRAINT vendors_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: vendors vendors_owner_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vendors
    ADD CONSTRAINT vendors_owner_user_id_users_id_fk FOREIGN KEY (owner_user_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: vuln_exceptions vuln_exceptions_approver_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_exceptions
    ADD CONSTRAINT vuln_exceptions_approver_id_users_id_fk FOREIGN KEY (approver_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: vuln_exceptions vuln_exceptions_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_exceptions
    ADD CONSTRAINT vuln_exceptions_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- Name: vuln_exceptions vuln_exceptions_requester_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_exceptions
    ADD CONSTRAINT vuln_exceptions_requester_id_users_id_fk FOREIGN KEY (requester_id) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: vuln_exceptions vuln_exceptions_resource_id_resources_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_exceptions
    ADD CONSTRAINT vuln_exceptions_resource_id_resources_id_fk FOREIGN KEY (resource_id) REFERENCES public.resources(id) ON DELETE CASCADE;


--
-- Name: vuln_sla_policies vuln_sla_policies_created_by_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_sla_policies
    ADD CONSTRAINT vuln_sla_policies_created_by_users_id_fk FOREIGN KEY (created_by) REFERENCES public.users(id) ON DELETE SET NULL;


--
-- Name: vuln_sla_policies vuln_sla_policies_org_id_organizations_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vuln_sla_policies
    ADD CONSTRAINT vuln_sla_policies_org_id_organizations_id_fk FOREIGN KEY (org_id) REFERENCES public.organizations(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


