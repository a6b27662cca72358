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
-- Name: audit_finding_status; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.audit_finding_status AS ENUM (
    'open',
    'remediated',
    'closed'
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

INSERT INTO public.activities VALUES ('99e77d43-3e2d-49f2-b996-dd5b03c00c1f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '55f3e855-992d-4af0-b7d5-ea068f213e5a', 'board-security-briefing', 'Security briefing to the board', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('6d9d7f78-6f4b-41eb-be95-e98ae0e65aa7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '18cc2160-63ab-4776-8950-c8fd4f110ceb', 'policy-review', 'Policy review and approval', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('7c219a3c-6076-4b88-8718-ea9c9d6661d5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'c03649ee-8c09-465e-af98-69242d810e1d', 'internal-control-assessment', 'Internal control assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('a9e3d498-1abb-4589-a7ca-ed7ac6635115', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'd981066b-2049-409c-9b1e-2fee321caa2a', 'management-compliance-review', 'Management compliance review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('a82fda7f-f75c-4cd2-a206-92efabd297b0', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'c100601c-1e50-42bc-a7f6-848605b7c7a3', 'risk-assessment', 'Risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('ad4c6315-7c10-42fc-8d4b-e37a9efde34e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'e6e6d168-c1ac-4ea2-9ad2-115cef00972e', 'fraud-risk-assessment', 'Fraud risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('f48c4040-85f2-43de-83f8-2bdc77a71f71', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'e7874091-f86e-40c2-a294-54a82008b948', 'security-training-cycle', 'Security awareness training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('80ad2fb2-a593-4836-87bd-dbd739fcf74a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '7c90b618-53ec-4542-812f-f4d5af09f71c', 'role-training-cycle', 'Secure development training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('ca94870c-00ed-46f2-87b1-ae520d388f05', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'b1e333f0-3b20-45b7-9db9-7291f585e172', 'vendor-inventory-review', 'Vendor inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('c191ffa8-73f3-4d56-b3ba-f36d91e061ef', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '1ae59766-8884-4f2a-ad56-db3bb059d889', 'critical-vendor-review', 'Critical vendor review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('2a9ef712-82e3-4d0e-87d5-5f508b1cf6b7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '4df549db-37c9-414a-b36b-53a890edd30f', 'user-access-review', 'User access review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('b37a1c6b-50d7-4b95-8a2c-c90b2f845e2c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'a9d1485b-3daa-4a98-9a58-1af8e35f34ee', 'privileged-access-review', 'Privileged access review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('4e63f6e4-760c-4958-b0ff-daff120712c1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '503e16bd-6a7d-420f-92cc-518687d1b99e', 'physical-access-review', 'Physical access and visitor log review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('5082b74c-6d5e-4eb2-b9f3-30735e9da46d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'a66a4e3d-1101-4d6e-ad02-53c60dcbf1c4', 'asset-inventory-review', 'Asset inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('2687c30d-33a0-433a-ba4a-497eba566e01', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'f1b80255-df97-4e67-a80c-36b7f1844517', 'penetration-test', 'Penetration test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('2447ae17-edc0-4e6d-b5fe-ae5db0b06057', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '72a4ecbd-6c78-41df-a6db-14f6f2b5b857', 'patch-review', 'Patch and vulnerability review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('610d3ed9-9b37-47a6-a9b0-74ef423349cf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'ccd5835f-e71c-43d0-b8c5-fc65a543100f', 'firewall-rule-review', 'Firewall and security group review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('62fdcbe9-6eb8-43ac-a294-fef165d99757', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'd04466fb-28b7-4ef0-bb26-7080c8e17fe7', 'incident-plan-review', 'Incident response plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('959618f7-9ae1-43dd-8f3c-008efab98327', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '9f91d52c-c254-4f21-b52c-9aca7a3dfe6d', 'incident-tabletop', 'Incident response tabletop exercise', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('4b4a48a3-fd4c-4584-a785-ed9d69fb3770', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '9660b2ef-1f4a-490a-929e-f7089d10985e', 'incident-trend-review', 'Incident trend review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('9e1cc1bb-b19d-4b5c-aadd-e812d294483f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'f8024bef-770c-4b49-bc6f-84c1c132235e', 'continuity-plan-review', 'Business continuity plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('2f2a35ad-b3f4-4f87-8338-b96de172ed7c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'b60b5391-bd0f-4d7b-b9c7-79473f16c0b4', 'disaster-recovery-test', 'Disaster recovery test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('5131913f-6f7b-4413-9431-0beba9ace77f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'eaa30a74-8749-4ffa-80e0-56bc8c9791b5', 'backup-restore-test', 'Backup restore test', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('08145d8a-6f3f-459a-85b3-230d8dbc2dd0', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'b2f5e608-1d7f-4ac8-b924-6cd95e89055d', 'capacity-review', 'Capacity planning review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.activities VALUES ('830f1d44-57f7-4f88-a07a-6d907f6e4243', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '29f5e0b1-597a-4c31-8c27-fac0faaafae2', 'privacy-compliance-review', 'Privacy compliance review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');


--
-- Data for Name: activity_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('51ca44e1-18d9-469c-8429-1bb859f11017', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.Iy-7XE1z9HDbg7O8._skKPQ2c5khtToCuqOFI_A.m6_iaOFTgOCHKV8w_6CXHftRjND8v3lgwx7ugtDmFtr0ILq5Md4BtKSVvTBLHRvdzg', '{fail,recovered,connector_error,stale,due_soon,overdue}', true, '2026-12-06 23:56:03.780704+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'fail', '{"runId": "8ec05919-3caf-4f92-b58f-c9832b31542b", "reason": "CVE-2019-18224 in libidn2-0 has been open for 2603 days with a fix available", "checkId": "vuln.no_critical_unfixed_older_than_15d", "severity": "critical", "checkTitle": "Fixable critical vulnerabilities are not left open beyond 15 days", "controlIds": [], "resourceId": "c0aa6370-5526-4043-bf31-8a803422c8bb", "connectorId": null, "resourceKey": "trivy|vuln.finding|testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224", "resourceName": "CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)"}', NULL, '2026-12-06 23:55:59.128197+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'fail', '{"runId": "8ec05919-3caf-4f92-b58f-c9832b31542b", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "1795a9a4-0c14-4e39-81e2-9c6e3f665f7c", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 23:55:59.128197+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (3, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'fail', '{"runId": "8ec05919-3caf-4f92-b58f-c9832b31542b", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "1795a9a4-0c14-4e39-81e2-9c6e3f665f7c", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 23:55:59.128197+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('bbb8e34e-affc-4ecb-9d3a-994a032cc5fe', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'fill script', 'vgl_5OUlcgS3', 'de8acbe3d6103f8055289d8e64363d71cda16207f465f7f1ce255c0e877af9c3', 'write', '2027-03-06 23:55:55.69+00', NULL, '2026-12-06 23:56:03.376+00', '2026-12-06 23:55:55.689843+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 29, 'ad74dbfd4418233da8c708a0fd721eee408852a2468b49211982a3cb3a3303b1');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 1, '2026-12-06 23:55:49.67+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', '8e38462411b4c98e6f8961ebecd8cb7a970e41191d7aecacaaee7d25c20979ae');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 2, '2026-12-06 23:55:52.839+00', 'system', NULL, 'system:cli', 'user.added', 'user', '4a3c72e9-ae2c-4ce1-ac83-551668341739', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, '8e38462411b4c98e6f8961ebecd8cb7a970e41191d7aecacaaee7d25c20979ae', '010ae91c9a5e676339d8a1d993402c1659537efd3c04958aa354134b0226e1fe');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 3, '2026-12-06 23:55:55.694+00', 'system', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'system:cli', 'token.created', 'api_token', 'bbb8e34e-affc-4ecb-9d3a-994a032cc5fe', '{"name": "fill script", "scope": "write", "prefix": "vgl_5OUlcgS3", "expiresAt": "2027-03-06T23:55:55.690Z"}', NULL, NULL, NULL, '010ae91c9a5e676339d8a1d993402c1659537efd3c04958aa354134b0226e1fe', 'f8b7f3b89bc73d03f8760522692bf422e25c87b51ec90ca16a200f1d58435b95');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 4, '2026-12-06 23:55:59.173+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '7a0480ec-63e2-4cad-8285-222124f82c37', '{"kind": "collection", "size": 6337, "runId": "8ec05919-3caf-4f92-b58f-c9832b31542b", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, 'f8b7f3b89bc73d03f8760522692bf422e25c87b51ec90ca16a200f1d58435b95', '872e5b3a8902a3a9ae3a461100be2018e71edfe803b222e10a4d326c9ebfc8e4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 5, '2026-12-06 23:55:59.178+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', '8ec05919-3caf-4f92-b58f-c9832b31542b', '{"source": "trivy", "evidenceId": "7a0480ec-63e2-4cad-8285-222124f82c37", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, '872e5b3a8902a3a9ae3a461100be2018e71edfe803b222e10a4d326c9ebfc8e4', '074577507d426678959a5e260b6e95458569edafe1bca09245389f19351faaa1');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 6, '2026-12-06 23:56:03.384+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', 'd106a12a-751a-4540-bccb-68ec89da2b51', '127.0.0.1', 'curl/7.88.1', '074577507d426678959a5e260b6e95458569edafe1bca09245389f19351faaa1', '39457decf1403f93eb2ed779589cdbad5a7dba7f288e280bdf2153fd93a0d7f3');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 7, '2026-12-06 23:56:03.4+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'risk_reassessment.requested', 'risk_reassessment', '4defd4fd-d9fc-4b42-aea4-77183a2a8b53', '{"reason": "The categories in scope changed"}', 'd106a12a-751a-4540-bccb-68ec89da2b51', '127.0.0.1', 'curl/7.88.1', '39457decf1403f93eb2ed779589cdbad5a7dba7f288e280bdf2153fd93a0d7f3', '636c0af48222a647c6883bd99c6e499e3a14281d4c75d05ed5e45ebf69b6b20d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 8, '2026-12-06 23:56:03.638+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', '82408120-cbbf-416e-bd7a-34310def6e00', '127.0.0.1', 'curl/7.88.1', '636c0af48222a647c6883bd99c6e499e3a14281d4c75d05ed5e45ebf69b6b20d', 'c4b5474263c702005212b38804b0abb31cd8b19a8fed446c26bcfd6652b3770e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 9, '2026-12-06 23:56:03.649+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'activities.scheduled', 'activity', NULL, '{"added": 25, "titles": ["Security briefing to the board", "Policy review and approval", "Internal control assessment", "Management compliance review", "Risk assessment", "Fraud risk assessment", "Security awareness training cycle", "Secure development training cycle", "Vendor inventory review", "Critical vendor review", "User access review", "Privileged access review", "Physical access and visitor log review", "Asset inventory review", "Penetration test", "Patch and vulnerability review", "Firewall and security group review", "Incident response plan review", "Incident response tabletop exercise", "Incident trend review", "Business continuity plan review", "Disaster recovery test", "Backup restore test", "Capacity planning review", "Privacy compliance review"]}', '82408120-cbbf-416e-bd7a-34310def6e00', '127.0.0.1', 'curl/7.88.1', 'c4b5474263c702005212b38804b0abb31cd8b19a8fed446c26bcfd6652b3770e', '58153b3f49208dd4b756bc9fb2809088e0b013ef502d307289af77d3aca84fce');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 10, '2026-12-06 23:56:03.668+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'system.created', 'system', 'b09ffa45-93da-41a8-92e8-c10de7012fcc', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '963370b1-6053-43fc-bc4c-1b2c472d702a', '127.0.0.1', 'curl/7.88.1', '58153b3f49208dd4b756bc9fb2809088e0b013ef502d307289af77d3aca84fce', '85f716d9a080c3f8eee9138953be365845dd85ff076b5e2e1718330bd55bb5f1');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 11, '2026-12-06 23:56:03.713+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '25df418b-fb16-4ebd-a3c5-42e757518112', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', 'c26b10c7-dd35-4405-a589-30bac593d6ab', '127.0.0.1', 'curl/7.88.1', '85f716d9a080c3f8eee9138953be365845dd85ff076b5e2e1718330bd55bb5f1', '7cfe6642cf23c7b6e2ce9d3bd0f77ca0941828630b87f34579a5b43f520d37a6');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 12, '2026-12-06 23:56:03.741+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '4d2b2b11-138e-461f-b381-1e95369bba60', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', '5d668846-0614-4a95-ad70-a311f1c24686', '127.0.0.1', 'curl/7.88.1', '7cfe6642cf23c7b6e2ce9d3bd0f77ca0941828630b87f34579a5b43f520d37a6', '65577a596e08d022c46ef8e4ed897d50ca2c8cdca040986f35c4784608742ff4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 13, '2026-12-06 23:56:03.795+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', '51ca44e1-18d9-469c-8429-1bb859f11017', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale", "due_soon", "overdue"], "target": "https://hooks.acme.test/vigil", "enabled": true}', '90601784-165b-4e82-992e-4a73e7b123ca', '127.0.0.1', 'curl/7.88.1', '65577a596e08d022c46ef8e4ed897d50ca2c8cdca040986f35c4784608742ff4', '8353d7b07d056e1331bd98b66561aa0b427ba9b33f15c2aa13ccf9ff16447ede');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 14, '2026-12-06 23:56:03.862+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '99b12c3d-1b83-4920-814b-7dd14b67c7a0', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-13T23:56:03.859Z", "engagementId": null, "accessExpiresAt": null}', '8f701888-5137-4723-804d-5c49a241c82e', '127.0.0.1', 'curl/7.88.1', '8353d7b07d056e1331bd98b66561aa0b427ba9b33f15c2aa13ccf9ff16447ede', 'bed0552abbaa5effba1c142deaada315256bd5ebdd627b1f4638a1ac2e3367f5');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 15, '2026-12-06 23:56:03.896+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'connector.created', 'connector', '3bca607f-04bc-467f-9644-453cbf116e4d', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', '6cc80728-cc19-40ea-9ce5-7fa039caf193', '127.0.0.1', 'curl/7.88.1', 'bed0552abbaa5effba1c142deaada315256bd5ebdd627b1f4638a1ac2e3367f5', 'c5ee54b348a687cf245be022d3254a5cc5190994dd1b1ba379082fd5957d794d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 16, '2026-12-06 23:56:04.137+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', '15f5f3ec-4f9a-4cd8-86b5-404a20d59751', '{"kind": "collection", "size": 4279, "runId": "12d8c73e-d45f-45e8-8a2b-60f6692a55da", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["16e22cf7-a724-416c-9158-fb5a00fa11dd", "6247fd5f-9636-479d-8a90-09806b49894b", "72a4ecbd-6c78-41df-a6db-14f6f2b5b857"], "supersedes": null, "periodStart": null}', 'b4d30091-553d-45f2-a38e-5860ff96c3d8', '127.0.0.1', 'curl/7.88.1', 'c5ee54b348a687cf245be022d3254a5cc5190994dd1b1ba379082fd5957d794d', '35599f29649da9ffd4981772fece291faf0671e83f07973536cae4ce71b1b007');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 17, '2026-12-06 23:56:04.148+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', '12d8c73e-d45f-45e8-8a2b-60f6692a55da', '{"source": "grype", "evidenceId": "15f5f3ec-4f9a-4cd8-86b5-404a20d59751", "connectorId": "3bca607f-04bc-467f-9644-453cbf116e4d", "transitions": 6, "resourcesSeen": 3}', 'b4d30091-553d-45f2-a38e-5860ff96c3d8', '127.0.0.1', 'curl/7.88.1', '35599f29649da9ffd4981772fece291faf0671e83f07973536cae4ce71b1b007', 'aa1ff8d7992a68ab0e9a22034c8aa02bf3faa5804d34a0a0493ba138532f1af4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 18, '2026-12-06 23:56:04.211+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'd3261790-0612-4fc5-a018-291780f49b0a', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', '2a2e2e89-1037-4d27-bd19-eedc3d0413e3', '127.0.0.1', 'curl/7.88.1', 'aa1ff8d7992a68ab0e9a22034c8aa02bf3faa5804d34a0a0493ba138532f1af4', 'f448684958a1164887bbacf29ca419061663a6e0274858c57ca4ca8a79b6b20d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (19, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 19, '2026-12-06 23:56:04.368+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'control.updated', 'control', '81fcec1b-a142-405c-9879-1f68d17a0402', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', '74e16ae5-caf7-4a71-b04e-d6eb98a5683e', '127.0.0.1', 'curl/7.88.1', 'f448684958a1164887bbacf29ca419061663a6e0274858c57ca4ca8a79b6b20d', '95a9532429c3139c4540bc2848eb262d58761d511d218b1c08e94c27dd429720');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (20, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 20, '2026-12-06 23:56:07.303+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '9bdf82e1-25b1-48ef-b330-c84799b9c657', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-06", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["6c73cbb2-8508-42d2-8094-53c74805be74"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '95a9532429c3139c4540bc2848eb262d58761d511d218b1c08e94c27dd429720', 'e2e5407c03e3f33bc8f505c0073cf734d9cef8f1a67ba96197fd4fab2382076b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (21, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 21, '2026-12-06 23:56:07.392+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'person.created', 'person', 'cd283a85-0b1e-4b9e-999e-ad1added1c6f', '{"name": "Pat Doe", "email": "pat@acme.test", "status": "active", "workerType": "employee"}', '5e5417ea-a5c3-4a47-88c0-c4cb4a99c3b2', '127.0.0.1', 'curl/7.88.1', 'e2e5407c03e3f33bc8f505c0073cf734d9cef8f1a67ba96197fd4fab2382076b', 'ce29766999b5351281f0a69a1459ea89c9769b4c7430f0ab363ecc3aecd5a621');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (22, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 22, '2026-12-06 23:56:07.42+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'training.courses_adopted', 'training_course', NULL, '{"added": 2, "titles": ["Security awareness", "Secure development"]}', '64ca0b38-2358-488f-9c7b-2312cdbcf5c6', '127.0.0.1', 'curl/7.88.1', 'ce29766999b5351281f0a69a1459ea89c9769b4c7430f0ab363ecc3aecd5a621', 'ec2a039b101d1bca29d9d32657bbb38250e78a5512ffd32fe2ae7921ead9c77c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (23, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 23, '2026-12-06 23:56:07.657+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'policy.created', 'policy', 'b95e9b48-0686-40bc-851f-e2c7dcd3ff29', '{"title": "Information Security Policy", "audience": "all_staff", "templateId": "information-security", "reviewCadenceMonths": 12}', '2cab3f0a-3d82-4674-8ebe-93fdc56d5786', '127.0.0.1', 'curl/7.88.1', 'ec2a039b101d1bca29d9d32657bbb38250e78a5512ffd32fe2ae7921ead9c77c', 'ba99b41586dae7d3398c9f9e4073354b6a60d4da9fd4be754c79b48cc30319a0');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (24, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 24, '2026-12-06 23:56:07.723+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'risk.created', 'risk', 'c90a02d6-6222-4fea-b5c8-2697d9446df0', '{"title": "Stolen staff credentials", "category": "security", "controls": 3, "fromLibrary": "Stolen staff credentials"}', 'dd75d503-0337-49b3-a50b-579bbbcd7ecf', '127.0.0.1', 'curl/7.88.1', 'ba99b41586dae7d3398c9f9e4073354b6a60d4da9fd4be754c79b48cc30319a0', 'cafdaf5a3f8eebdb72b2620d4afeb6f1a58e44b4daf0836b27699c370071d5a9');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (25, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 25, '2026-12-06 23:56:07.746+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'vendor.created', 'vendor', '0d8d398f-5b3e-4cd0-8b8f-ebffd5e29de8', '{"name": "Example Hosting", "tier": "critical"}', '390621bd-0aea-4b41-b9be-2a2769970a65', '127.0.0.1', 'curl/7.88.1', 'cafdaf5a3f8eebdb72b2620d4afeb6f1a58e44b4daf0836b27699c370071d5a9', '7312bcb6231d6af0cb661aa4da3518de7f28e9241bcc2a9506cddefb8b89b10c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (26, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 26, '2026-12-06 23:56:07.754+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'risk_reassessment.requested', 'risk_reassessment', 'b09bf179-b585-4b05-8f1c-f1a483336464', '{"reason": "Example Hosting became a critical vendor"}', '390621bd-0aea-4b41-b9be-2a2769970a65', '127.0.0.1', 'curl/7.88.1', '7312bcb6231d6af0cb661aa4da3518de7f28e9241bcc2a9506cddefb8b89b10c', 'b9e49a765cfaca757e6547dff94ec991115570a6d8d58c53b273bad8c20ce602');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (27, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 27, '2026-12-06 23:56:07.797+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'incident.created', 'incident', '52e335bf-8fb1-43f3-a787-291698e86381', '{"title": "Phishing email reported", "source": "internal", "severity": "low", "significant": false}', 'e357083c-b7ca-4a8b-977c-5de1d2ffbc28', '127.0.0.1', 'curl/7.88.1', 'b9e49a765cfaca757e6547dff94ec991115570a6d8d58c53b273bad8c20ce602', '9c8bc1ebc77c586d80cbed0e0e27bed52bcde873be78a285930d6bd13fe1fd66');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (28, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 28, '2026-12-06 23:56:07.838+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'exercise.tabletop_recorded', 'tabletop_exercise', '17ada64e-554e-4f4c-a2ad-18faf1aa6c2b', '{"heldOn": "2026-05-12", "actions": 0, "scenario": "ransomware"}', '28ac5787-a6d6-4aa2-81af-c2556c9b9efb', '127.0.0.1', 'curl/7.88.1', '9c8bc1ebc77c586d80cbed0e0e27bed52bcde873be78a285930d6bd13fe1fd66', '5146f22dc7d05b816dd8fec49b1ee35faa74958eb9e47e2306a4c6f38ec395ae');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (29, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 29, '2026-12-06 23:56:07.882+00', 'token', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', 'vulnerabilities.sla_policy_changed', 'vuln_sla_policy', '639596c2-b4b8-4885-a873-947379ecf743', '{"after": {"low": 180, "high": 30, "medium": 90, "critical": 10}, "before": {"low": 180, "high": 30, "medium": 90, "critical": 15}}', 'd827ea5a-dc39-4c0d-93bb-7596547b9b30', '127.0.0.1', 'curl/7.88.1', '5146f22dc7d05b816dd8fec49b1ee35faa74958eb9e47e2306a4c6f38ec395ae', 'ad74dbfd4418233da8c708a0fd721eee408852a2468b49211982a3cb3a3303b1');


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

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed', '2026-12-06 23:55:59.099+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-06 23:55:59.099+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.scan_recent', '2026-12-06 23:55:59.099+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed_older_than_15d', '9a6d21af-39bc-43f8-8bd1-e27ea2dcb84c', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 23:55:59.099+00', NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_high_unfixed_older_than_30d', '9a6d21af-39bc-43f8-8bd1-e27ea2dcb84c', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 23:55:59.099+00', NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed_older_than_15d', 'c0aa6370-5526-4043-bf31-8a803422c8bb', 'fail', 'CVE-2019-18224 in libidn2-0 has been open for 2603 days with a fix available', '{"actual": "2603 days", "expected": "≤ 15 days", "attribute": "publishedAt"}', '2026-12-06 23:55:59.099+00', NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_high_unfixed_older_than_30d', 'c0aa6370-5526-4043-bf31-8a803422c8bb', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 23:55:59.099+00', NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed', '1795a9a4-0c14-4e39-81e2-9c6e3f665f7c', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 23:55:59.099+00', NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.scan_recent', '1795a9a4-0c14-4e39-81e2-9c6e3f665f7c', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old', '{"actual": "1929 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-06 23:55:59.099+00', NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed_older_than_15d', '030882e5-d020-4135-ac2d-0f5e14954b67', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 23:56:04.061+00', NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_high_unfixed_older_than_30d', '030882e5-d020-4135-ac2d-0f5e14954b67', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 23:56:04.061+00', NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed_older_than_15d', 'd85cbea1-a6eb-456b-b1be-0c9b1c11b474', 'error', 'missing input: fix available', '{"attribute": "fixAvailable"}', '2026-12-06 23:56:04.061+00', NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_high_unfixed_older_than_30d', 'd85cbea1-a6eb-456b-b1be-0c9b1c11b474', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 23:56:04.061+00', NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.no_critical_unfixed', 'a7900acf-1f31-4884-b109-1ba78a9c5901', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 23:56:04.061+00', NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'vuln.scan_recent', 'a7900acf-1f31-4884-b109-1ba78a9c5901', 'error', 'missing input: scanned at', '{"attribute": "scannedAt"}', '2026-12-06 23:56:04.061+00', NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('3bca607f-04bc-467f-9644-453cbf116e4d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-06 23:56:04.146+00', '2026-12-06 23:56:04.146+00', 'ok', NULL, '2026-12-06 23:56:03.890905+00');
INSERT INTO public.connectors VALUES ('d3261790-0612-4fc5-a018-291780f49b0a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-06 23:56:04.186126+00');


--
-- Data for Name: continuity_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('3ccde059-a7e2-4fef-90ec-72b91fe947f3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('55f3e855-992d-4af0-b7d5-ea068f213e5a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('55f3e855-992d-4af0-b7d5-ea068f213e5a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('55f3e855-992d-4af0-b7d5-ea068f213e5a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('c8468feb-8847-4c79-a689-307f0bd00af9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('3a55397e-6b2c-4fd1-93d1-a17dd7ad5d17', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('13b86fcd-8e03-4b8b-913e-4be3fd09264e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('13b86fcd-8e03-4b8b-913e-4be3fd09264e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('18cc2160-63ab-4776-8950-c8fd4f110ceb', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('18cc2160-63ab-4776-8950-c8fd4f110ceb', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('18cc2160-63ab-4776-8950-c8fd4f110ceb', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('98fa9398-8d9b-483f-9dc1-afd38935b373', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('98fa9398-8d9b-483f-9dc1-afd38935b373', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('090a05fc-3c6c-4a32-a301-d3bee52ea722', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('090a05fc-3c6c-4a32-a301-d3bee52ea722', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('c03649ee-8c09-465e-af98-69242d810e1d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('c03649ee-8c09-465e-af98-69242d810e1d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('a1647382-12c6-4a5f-ac27-34619415b0de', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('d9a25a49-f446-4f5f-9857-aa0c8436a901', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('d9a25a49-f446-4f5f-9857-aa0c8436a901', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('57607257-89bd-4147-800b-ba092ace14e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('57607257-89bd-4147-800b-ba092ace14e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('57607257-89bd-4147-800b-ba092ace14e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('f388a555-0228-4f34-842e-545d15e665cf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('6d5e7a6a-addc-473d-ad13-3ebc5389981b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('6d5e7a6a-addc-473d-ad13-3ebc5389981b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('d981066b-2049-409c-9b1e-2fee321caa2a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('d981066b-2049-409c-9b1e-2fee321caa2a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('d981066b-2049-409c-9b1e-2fee321caa2a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('c100601c-1e50-42bc-a7f6-848605b7c7a3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('c100601c-1e50-42bc-a7f6-848605b7c7a3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('c100601c-1e50-42bc-a7f6-848605b7c7a3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('e6e6d168-c1ac-4ea2-9ad2-115cef00972e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('192f3342-e39c-421c-b7bd-834565cf3fd6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('192f3342-e39c-421c-b7bd-834565cf3fd6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('192f3342-e39c-421c-b7bd-834565cf3fd6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('1bf3ac75-1c38-44d2-b066-e8bdcb3663b9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('07c3ac5b-b823-4198-a68f-ad9403c85842', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('07c3ac5b-b823-4198-a68f-ad9403c85842', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('faa22d5c-2b3d-4e47-a63c-47ab14b74c88', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('80e3fe67-8717-4db6-a4b3-1d803374e0ff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('80e3fe67-8717-4db6-a4b3-1d803374e0ff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('cd47add1-2cc9-4e20-91d6-364991255945', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('ea8bfe14-c102-43be-b1d2-901db64bd0be', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('5eead6f6-3418-443a-83a9-f167911f986c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('5eead6f6-3418-443a-83a9-f167911f986c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('5b130d11-cee2-4ef4-aabe-1ad234c09721', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('5b130d11-cee2-4ef4-aabe-1ad234c09721', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('e7874091-f86e-40c2-a294-54a82008b948', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('e7874091-f86e-40c2-a294-54a82008b948', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('7b0d58bc-3487-4f64-989f-45f965d78b95', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('7b0d58bc-3487-4f64-989f-45f965d78b95', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('7b0d58bc-3487-4f64-989f-45f965d78b95', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('f22fec8b-ea4b-4b66-a851-96ea9cd96d70', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('f22fec8b-ea4b-4b66-a851-96ea9cd96d70', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('23d4a4f5-6209-4b6a-9377-cf67982d5136', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('23d4a4f5-6209-4b6a-9377-cf67982d5136', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('e60e0494-6dd1-44f4-9100-428b095c6836', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('e60e0494-6dd1-44f4-9100-428b095c6836', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('7105ef21-fd6f-4ac3-a57a-8672b61edd48', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('7105ef21-fd6f-4ac3-a57a-8672b61edd48', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('7c90b618-53ec-4542-812f-f4d5af09f71c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('a1621b90-05e3-4b1a-9fab-ead556edfbf1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('762724b2-b008-466c-8f24-773170b1a27a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('762724b2-b008-466c-8f24-773170b1a27a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('b1e333f0-3b20-45b7-9db9-7291f585e172', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('b1e333f0-3b20-45b7-9db9-7291f585e172', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('27889ecf-4e41-439b-bc42-7ea48b406fe4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('27889ecf-4e41-439b-bc42-7ea48b406fe4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('1ae59766-8884-4f2a-ad56-db3bb059d889', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('1ae59766-8884-4f2a-ad56-db3bb059d889', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('319589b8-fda3-460e-81c8-8aa1f070df52', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('319589b8-fda3-460e-81c8-8aa1f070df52', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('319589b8-fda3-460e-81c8-8aa1f070df52', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P6.4');
INSERT INTO public.control_criteria VALUES ('319589b8-fda3-460e-81c8-8aa1f070df52', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P6.5');
INSERT INTO public.control_criteria VALUES ('55b1942d-68af-4ed7-bc9a-e7c08ac72079', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('55b1942d-68af-4ed7-bc9a-e7c08ac72079', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.2');
INSERT INTO public.control_criteria VALUES ('55b1942d-68af-4ed7-bc9a-e7c08ac72079', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('b0cd1fce-e5a1-4c82-ac28-219ca6ef802e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P6.5');
INSERT INTO public.control_criteria VALUES ('b0cd1fce-e5a1-4c82-ac28-219ca6ef802e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('81fcec1b-a142-405c-9879-1f68d17a0402', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('81fcec1b-a142-405c-9879-1f68d17a0402', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('6c73cbb2-8508-42d2-8094-53c74805be74', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('6c73cbb2-8508-42d2-8094-53c74805be74', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('84379aeb-8b1c-4633-bd70-11040467b287', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('84379aeb-8b1c-4633-bd70-11040467b287', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('57b4d975-2d5e-4101-b477-6c456bc40e84', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('57b4d975-2d5e-4101-b477-6c456bc40e84', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('4df549db-37c9-414a-b36b-53a890edd30f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('4df549db-37c9-414a-b36b-53a890edd30f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('4df549db-37c9-414a-b36b-53a890edd30f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('76757683-63b9-4730-945d-306572e46a8a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('76757683-63b9-4730-945d-306572e46a8a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('7d5512bb-3b5e-452a-ba42-71c0bd7fa1c7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('74a4e2de-e38e-4bdd-bfcb-5ac3b18e45b6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('74a4e2de-e38e-4bdd-bfcb-5ac3b18e45b6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('a9d1485b-3daa-4a98-9a58-1af8e35f34ee', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('a9d1485b-3daa-4a98-9a58-1af8e35f34ee', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('9ffa4df4-afdd-4724-bc67-3f1789a2de1f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('e34d1385-5995-44cd-98d9-989ce6aaf117', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('e34d1385-5995-44cd-98d9-989ce6aaf117', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('3330148c-0c0e-42f8-b3d4-bc651543a17a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('e9cb920b-9d16-4d68-832b-7e6b922cc5ec', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('3ef390e4-3c31-4684-ac4a-dc268a364fa4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('3ef390e4-3c31-4684-ac4a-dc268a364fa4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('212e2be1-ff48-43cf-a505-b73a6712b0b9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('212e2be1-ff48-43cf-a505-b73a6712b0b9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('212e2be1-ff48-43cf-a505-b73a6712b0b9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b56267e2-d447-45d7-ba83-e0d9f9bdec88', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('503e16bd-6a7d-420f-92cc-518687d1b99e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('2e32bf97-24fe-4252-b227-55d099734c73', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('2e32bf97-24fe-4252-b227-55d099734c73', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('2e32bf97-24fe-4252-b227-55d099734c73', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('a66a4e3d-1101-4d6e-ad02-53c60dcbf1c4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('a66a4e3d-1101-4d6e-ad02-53c60dcbf1c4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('16e22cf7-a724-416c-9158-fb5a00fa11dd', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('6247fd5f-9636-479d-8a90-09806b49894b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('6247fd5f-9636-479d-8a90-09806b49894b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('f1b80255-df97-4e67-a80c-36b7f1844517', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('f1b80255-df97-4e67-a80c-36b7f1844517', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('72a4ecbd-6c78-41df-a6db-14f6f2b5b857', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('72a4ecbd-6c78-41df-a6db-14f6f2b5b857', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('3c521198-5ebb-475f-82d4-82270aad421e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('affb58e5-417c-4530-86c9-330df9b5fa1d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('affb58e5-417c-4530-86c9-330df9b5fa1d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('56d3fa1b-6c9d-4540-ae41-259e470733d9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('fc2347a4-3101-4a7a-bb06-3063683ac0cf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('fc2347a4-3101-4a7a-bb06-3063683ac0cf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('092a4e9a-0751-4e69-9077-dd735c181003', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('092a4e9a-0751-4e69-9077-dd735c181003', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('143baa54-19c4-4de9-90a1-db32866f08ed', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('143baa54-19c4-4de9-90a1-db32866f08ed', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('ccd5835f-e71c-43d0-b8c5-fc65a543100f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('8370d979-8ab7-4763-a5bb-51214c058bc5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('8370d979-8ab7-4763-a5bb-51214c058bc5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('54333293-4599-4326-99ed-1dfdd9101abf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('54333293-4599-4326-99ed-1dfdd9101abf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('54333293-4599-4326-99ed-1dfdd9101abf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('2bb5668e-aa45-4da4-9dd8-00784e44289f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('2bb5668e-aa45-4da4-9dd8-00784e44289f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('64e9c4fe-bd34-41fd-8c14-10c7ef3d23fe', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('fa1861e5-0f46-4a68-bc8b-c31c3e38dff6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('fa1861e5-0f46-4a68-bc8b-c31c3e38dff6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('fa1861e5-0f46-4a68-bc8b-c31c3e38dff6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('9086877d-7d05-48a8-890b-ebc24affaeb6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('9086877d-7d05-48a8-890b-ebc24affaeb6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('97ff1b22-de51-451f-b728-a985c3e77518', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('97ff1b22-de51-451f-b728-a985c3e77518', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('c1dfbc2a-d165-4198-ace2-5b547963db7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('c1dfbc2a-d165-4198-ace2-5b547963db7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('89ebbde3-9a11-4470-877b-49e68a2878e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('89ebbde3-9a11-4470-877b-49e68a2878e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('1d1684f2-24ac-4c29-8538-45c6d882a06c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('1d1684f2-24ac-4c29-8538-45c6d882a06c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('ef9250ce-3476-4394-a93f-7f173a481751', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('ef9250ce-3476-4394-a93f-7f173a481751', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('6c331824-fb08-48c3-8505-51c3d37f7d24', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('6c331824-fb08-48c3-8505-51c3d37f7d24', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('84d871c3-454f-4b5a-83a0-dbd254f0bf9f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('84d871c3-454f-4b5a-83a0-dbd254f0bf9f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('84d871c3-454f-4b5a-83a0-dbd254f0bf9f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('9625c834-2682-4828-ac81-84a80d51ee03', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('9625c834-2682-4828-ac81-84a80d51ee03', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('d204370e-359b-408d-a258-fe1e69ee1f93', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('d204370e-359b-408d-a258-fe1e69ee1f93', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('0c25bd43-d241-4b73-9b45-2dcaea8d6b11', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('0c25bd43-d241-4b73-9b45-2dcaea8d6b11', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('19033316-345c-4e18-8ccf-87e4b724ff22', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('19033316-345c-4e18-8ccf-87e4b724ff22', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('bb72ca27-bd58-4aa0-bc52-89b4e71eafc3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('60fe2282-e43a-4899-b084-ff4c74120300', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('60fe2282-e43a-4899-b084-ff4c74120300', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('3bfea4dc-488a-49dc-91dc-8591c02c6b0a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('3bfea4dc-488a-49dc-91dc-8591c02c6b0a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('3bfea4dc-488a-49dc-91dc-8591c02c6b0a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.1');
INSERT INTO public.control_criteria VALUES ('34866ada-01d8-4a99-b6e0-e742e4228c06', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('34866ada-01d8-4a99-b6e0-e742e4228c06', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('04713708-9b43-4615-9242-1f85297dd2ae', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('04713708-9b43-4615-9242-1f85297dd2ae', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('04713708-9b43-4615-9242-1f85297dd2ae', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('d04466fb-28b7-4ef0-bb26-7080c8e17fe7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('d04466fb-28b7-4ef0-bb26-7080c8e17fe7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('d04466fb-28b7-4ef0-bb26-7080c8e17fe7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('1f39b6ab-27c7-44df-9388-82f7310df361', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('1f39b6ab-27c7-44df-9388-82f7310df361', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('9f91d52c-c254-4f21-b52c-9aca7a3dfe6d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('9f91d52c-c254-4f21-b52c-9aca7a3dfe6d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('9f91d52c-c254-4f21-b52c-9aca7a3dfe6d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('faddc9f9-45fa-46c2-836f-d3f47c70da61', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('faddc9f9-45fa-46c2-836f-d3f47c70da61', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('faddc9f9-45fa-46c2-836f-d3f47c70da61', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('b522dbda-5ced-4b8d-9b5e-ee962355ab3a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('b522dbda-5ced-4b8d-9b5e-ee962355ab3a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b522dbda-5ced-4b8d-9b5e-ee962355ab3a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P6.6');
INSERT INTO public.control_criteria VALUES ('9ebec908-9ea2-4e3a-a46f-62f54a2335c7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('9ebec908-9ea2-4e3a-a46f-62f54a2335c7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('4dc28960-73e5-431a-8a01-518f82892d34', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('4dc28960-73e5-431a-8a01-518f82892d34', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P6.3');
INSERT INTO public.control_criteria VALUES ('9660b2ef-1f4a-490a-929e-f7089d10985e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('9660b2ef-1f4a-490a-929e-f7089d10985e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('c3d9af04-0b58-4441-a4aa-9a456ac96f4c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('c3d9af04-0b58-4441-a4aa-9a456ac96f4c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('f8024bef-770c-4b49-bc6f-84c1c132235e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('f8024bef-770c-4b49-bc6f-84c1c132235e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('f8024bef-770c-4b49-bc6f-84c1c132235e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('676dea4f-a1be-4498-aef1-4bf96cc174ce', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('676dea4f-a1be-4498-aef1-4bf96cc174ce', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('b60b5391-bd0f-4d7b-b9c7-79473f16c0b4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.3');
INSERT INTO public.control_criteria VALUES ('b60b5391-bd0f-4d7b-b9c7-79473f16c0b4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('b60b5391-bd0f-4d7b-b9c7-79473f16c0b4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('de5660e7-74ff-44cf-8a48-58d3303922aa', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('de5660e7-74ff-44cf-8a48-58d3303922aa', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('5b843318-bfb7-4675-894b-b4a5685b142c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('7cd3744a-0f6c-4e8c-bc7a-ec8bdd0e5622', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('eaa30a74-8749-4ffa-80e0-56bc8c9791b5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.3');
INSERT INTO public.control_criteria VALUES ('eaa30a74-8749-4ffa-80e0-56bc8c9791b5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('05bf31c9-4ee7-4b31-abe3-527dc5aa92b2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.2');
INSERT INTO public.control_criteria VALUES ('05bf31c9-4ee7-4b31-abe3-527dc5aa92b2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('fae5842f-73c8-4add-b0c8-713d335f9df0', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.1');
INSERT INTO public.control_criteria VALUES ('b2f5e608-1d7f-4ac8-b924-6cd95e89055d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.1');
INSERT INTO public.control_criteria VALUES ('64241114-d71b-4e2a-b934-e34e56a5e33d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.1');
INSERT INTO public.control_criteria VALUES ('81b227b1-e611-4eec-91f3-4bc5696cfd06', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.1');
INSERT INTO public.control_criteria VALUES ('81b227b1-e611-4eec-91f3-4bc5696cfd06', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('214832ed-75e0-4440-870d-5e6138a70653', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'A1.1');
INSERT INTO public.control_criteria VALUES ('214832ed-75e0-4440-870d-5e6138a70653', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('01684e85-254b-41e6-8392-62174a2895ad', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('01684e85-254b-41e6-8392-62174a2895ad', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('1786ea2e-f114-4c43-9037-af49af40f88f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('1786ea2e-f114-4c43-9037-af49af40f88f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('13e53ff5-dddd-4640-a194-3ef068303d5b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('13e53ff5-dddd-4640-a194-3ef068303d5b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.2');
INSERT INTO public.control_criteria VALUES ('13e53ff5-dddd-4640-a194-3ef068303d5b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.2');
INSERT INTO public.control_criteria VALUES ('f7fef5fe-5f4b-45c1-995b-3dac6508de46', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.2');
INSERT INTO public.control_criteria VALUES ('f7fef5fe-5f4b-45c1-995b-3dac6508de46', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.2');
INSERT INTO public.control_criteria VALUES ('f7fef5fe-5f4b-45c1-995b-3dac6508de46', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.3');
INSERT INTO public.control_criteria VALUES ('522e77db-9a05-4417-bbc5-289d1fbe8cf6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.2');
INSERT INTO public.control_criteria VALUES ('522e77db-9a05-4417-bbc5-289d1fbe8cf6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.3');
INSERT INTO public.control_criteria VALUES ('ad1969e6-893d-4272-b834-b2169b7b0259', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('ad1969e6-893d-4272-b834-b2169b7b0259', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.2');
INSERT INTO public.control_criteria VALUES ('0ccc48b0-f528-4914-b4dd-e11e42e754a1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('0ccc48b0-f528-4914-b4dd-e11e42e754a1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b5be3ab4-baa9-4ecf-9cd5-dfc1f89eb0a8', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'C1.1');
INSERT INTO public.control_criteria VALUES ('b5be3ab4-baa9-4ecf-9cd5-dfc1f89eb0a8', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('b5be3ab4-baa9-4ecf-9cd5-dfc1f89eb0a8', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.1');
INSERT INTO public.control_criteria VALUES ('2f33de78-4d96-4da7-9abd-a25426f9939f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('2f33de78-4d96-4da7-9abd-a25426f9939f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('f8edcfcb-a3c2-4376-81a2-5616ffc53bff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P1.1');
INSERT INTO public.control_criteria VALUES ('f8edcfcb-a3c2-4376-81a2-5616ffc53bff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('5a63a1e9-e545-4eed-bc00-054dcd5f2655', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.1');
INSERT INTO public.control_criteria VALUES ('5a63a1e9-e545-4eed-bc00-054dcd5f2655', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P2.1');
INSERT INTO public.control_criteria VALUES ('5a63a1e9-e545-4eed-bc00-054dcd5f2655', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('a9badcfb-4b05-4f1c-96d8-e6335dadac7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('a9badcfb-4b05-4f1c-96d8-e6335dadac7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('a9badcfb-4b05-4f1c-96d8-e6335dadac7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P4.1');
INSERT INTO public.control_criteria VALUES ('29f5e0b1-597a-4c31-8c27-fac0faaafae2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'P8.1');
INSERT INTO public.control_criteria VALUES ('29f5e0b1-597a-4c31-8c27-fac0faaafae2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CC4.1');


--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('3ccde059-a7e2-4fef-90ec-72b91fe947f3', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "3ccde059-a7e2-4fef-90ec-72b91fe947f3", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('55f3e855-992d-4af0-b7d5-ea068f213e5a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "55f3e855-992d-4af0-b7d5-ea068f213e5a", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('c8468feb-8847-4c79-a689-307f0bd00af9', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "c8468feb-8847-4c79-a689-307f0bd00af9", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('3a55397e-6b2c-4fd1-93d1-a17dd7ad5d17', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "3a55397e-6b2c-4fd1-93d1-a17dd7ad5d17", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('13b86fcd-8e03-4b8b-913e-4be3fd09264e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "13b86fcd-8e03-4b8b-913e-4be3fd09264e", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('18cc2160-63ab-4776-8950-c8fd4f110ceb', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "18cc2160-63ab-4776-8950-c8fd4f110ceb", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('98fa9398-8d9b-483f-9dc1-afd38935b373', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "98fa9398-8d9b-483f-9dc1-afd38935b373", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('090a05fc-3c6c-4a32-a301-d3bee52ea722', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "090a05fc-3c6c-4a32-a301-d3bee52ea722", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('c03649ee-8c09-465e-af98-69242d810e1d', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "c03649ee-8c09-465e-af98-69242d810e1d", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('a1647382-12c6-4a5f-ac27-34619415b0de', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "a1647382-12c6-4a5f-ac27-34619415b0de", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('d9a25a49-f446-4f5f-9857-aa0c8436a901', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "d9a25a49-f446-4f5f-9857-aa0c8436a901", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('57607257-89bd-4147-800b-ba092ace14e1', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "57607257-89bd-4147-800b-ba092ace14e1", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('f388a555-0228-4f34-842e-545d15e665cf', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "f388a555-0228-4f34-842e-545d15e665cf", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('6d5e7a6a-addc-473d-ad13-3ebc5389981b', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "6d5e7a6a-addc-473d-ad13-3ebc5389981b", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('d981066b-2049-409c-9b1e-2fee321caa2a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "d981066b-2049-409c-9b1e-2fee321caa2a", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('c100601c-1e50-42bc-a7f6-848605b7c7a3', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "c100601c-1e50-42bc-a7f6-848605b7c7a3", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('e6e6d168-c1ac-4ea2-9ad2-115cef00972e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "e6e6d168-c1ac-4ea2-9ad2-115cef00972e", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('192f3342-e39c-421c-b7bd-834565cf3fd6', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "192f3342-e39c-421c-b7bd-834565cf3fd6", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('1bf3ac75-1c38-44d2-b066-e8bdcb3663b9', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "1bf3ac75-1c38-44d2-b066-e8bdcb3663b9", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('07c3ac5b-b823-4198-a68f-ad9403c85842', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "07c3ac5b-b823-4198-a68f-ad9403c85842", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('faa22d5c-2b3d-4e47-a63c-47ab14b74c88', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "faa22d5c-2b3d-4e47-a63c-47ab14b74c88", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('80e3fe67-8717-4db6-a4b3-1d803374e0ff', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "80e3fe67-8717-4db6-a4b3-1d803374e0ff", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('cd47add1-2cc9-4e20-91d6-364991255945', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "cd47add1-2cc9-4e20-91d6-364991255945", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('ea8bfe14-c102-43be-b1d2-901db64bd0be', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "ea8bfe14-c102-43be-b1d2-901db64bd0be", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('5eead6f6-3418-443a-83a9-f167911f986c', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "5eead6f6-3418-443a-83a9-f167911f986c", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('5b130d11-cee2-4ef4-aabe-1ad234c09721', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "5b130d11-cee2-4ef4-aabe-1ad234c09721", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('e7874091-f86e-40c2-a294-54a82008b948', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "e7874091-f86e-40c2-a294-54a82008b948", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('7b0d58bc-3487-4f64-989f-45f965d78b95', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "7b0d58bc-3487-4f64-989f-45f965d78b95", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('f22fec8b-ea4b-4b66-a851-96ea9cd96d70', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "f22fec8b-ea4b-4b66-a851-96ea9cd96d70", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('23d4a4f5-6209-4b6a-9377-cf67982d5136', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "23d4a4f5-6209-4b6a-9377-cf67982d5136", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('e60e0494-6dd1-44f4-9100-428b095c6836', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "e60e0494-6dd1-44f4-9100-428b095c6836", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('7105ef21-fd6f-4ac3-a57a-8672b61edd48', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "7105ef21-fd6f-4ac3-a57a-8672b61edd48", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('7c90b618-53ec-4542-812f-f4d5af09f71c', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "7c90b618-53ec-4542-812f-f4d5af09f71c", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('a1621b90-05e3-4b1a-9fab-ead556edfbf1', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "a1621b90-05e3-4b1a-9fab-ead556edfbf1", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('762724b2-b008-466c-8f24-773170b1a27a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "762724b2-b008-466c-8f24-773170b1a27a", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b1e333f0-3b20-45b7-9db9-7291f585e172', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b1e333f0-3b20-45b7-9db9-7291f585e172", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('27889ecf-4e41-439b-bc42-7ea48b406fe4', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "27889ecf-4e41-439b-bc42-7ea48b406fe4", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('1ae59766-8884-4f2a-ad56-db3bb059d889', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "1ae59766-8884-4f2a-ad56-db3bb059d889", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('319589b8-fda3-460e-81c8-8aa1f070df52', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "319589b8-fda3-460e-81c8-8aa1f070df52", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('55b1942d-68af-4ed7-bc9a-e7c08ac72079', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "55b1942d-68af-4ed7-bc9a-e7c08ac72079", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b0cd1fce-e5a1-4c82-ac28-219ca6ef802e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b0cd1fce-e5a1-4c82-ac28-219ca6ef802e", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('81fcec1b-a142-405c-9879-1f68d17a0402', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "81fcec1b-a142-405c-9879-1f68d17a0402", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('6c73cbb2-8508-42d2-8094-53c74805be74', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "6c73cbb2-8508-42d2-8094-53c74805be74", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('84379aeb-8b1c-4633-bd70-11040467b287', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "84379aeb-8b1c-4633-bd70-11040467b287", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('57b4d975-2d5e-4101-b477-6c456bc40e84', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "57b4d975-2d5e-4101-b477-6c456bc40e84", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('4df549db-37c9-414a-b36b-53a890edd30f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "4df549db-37c9-414a-b36b-53a890edd30f", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('76757683-63b9-4730-945d-306572e46a8a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "76757683-63b9-4730-945d-306572e46a8a", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('7d5512bb-3b5e-452a-ba42-71c0bd7fa1c7', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "7d5512bb-3b5e-452a-ba42-71c0bd7fa1c7", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('74a4e2de-e38e-4bdd-bfcb-5ac3b18e45b6', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "74a4e2de-e38e-4bdd-bfcb-5ac3b18e45b6", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('a9d1485b-3daa-4a98-9a58-1af8e35f34ee', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "a9d1485b-3daa-4a98-9a58-1af8e35f34ee", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('9ffa4df4-afdd-4724-bc67-3f1789a2de1f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "9ffa4df4-afdd-4724-bc67-3f1789a2de1f", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('e34d1385-5995-44cd-98d9-989ce6aaf117', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "e34d1385-5995-44cd-98d9-989ce6aaf117", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('3330148c-0c0e-42f8-b3d4-bc651543a17a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "3330148c-0c0e-42f8-b3d4-bc651543a17a", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('e9cb920b-9d16-4d68-832b-7e6b922cc5ec', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "e9cb920b-9d16-4d68-832b-7e6b922cc5ec", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('3ef390e4-3c31-4684-ac4a-dc268a364fa4', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "3ef390e4-3c31-4684-ac4a-dc268a364fa4", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('212e2be1-ff48-43cf-a505-b73a6712b0b9', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "212e2be1-ff48-43cf-a505-b73a6712b0b9", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b56267e2-d447-45d7-ba83-e0d9f9bdec88', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b56267e2-d447-45d7-ba83-e0d9f9bdec88", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('503e16bd-6a7d-420f-92cc-518687d1b99e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "503e16bd-6a7d-420f-92cc-518687d1b99e", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('2e32bf97-24fe-4252-b227-55d099734c73', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "2e32bf97-24fe-4252-b227-55d099734c73", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('a66a4e3d-1101-4d6e-ad02-53c60dcbf1c4', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "a66a4e3d-1101-4d6e-ad02-53c60dcbf1c4", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('16e22cf7-a724-416c-9158-fb5a00fa11dd', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "16e22cf7-a724-416c-9158-fb5a00fa11dd", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('6247fd5f-9636-479d-8a90-09806b49894b', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "6247fd5f-9636-479d-8a90-09806b49894b", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('f1b80255-df97-4e67-a80c-36b7f1844517', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "f1b80255-df97-4e67-a80c-36b7f1844517", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('72a4ecbd-6c78-41df-a6db-14f6f2b5b857', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "72a4ecbd-6c78-41df-a6db-14f6f2b5b857", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('3c521198-5ebb-475f-82d4-82270aad421e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "3c521198-5ebb-475f-82d4-82270aad421e", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('affb58e5-417c-4530-86c9-330df9b5fa1d', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "affb58e5-417c-4530-86c9-330df9b5fa1d", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('56d3fa1b-6c9d-4540-ae41-259e470733d9', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "56d3fa1b-6c9d-4540-ae41-259e470733d9", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('fc2347a4-3101-4a7a-bb06-3063683ac0cf', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "fc2347a4-3101-4a7a-bb06-3063683ac0cf", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('092a4e9a-0751-4e69-9077-dd735c181003', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "092a4e9a-0751-4e69-9077-dd735c181003", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('143baa54-19c4-4de9-90a1-db32866f08ed', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "143baa54-19c4-4de9-90a1-db32866f08ed", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('ccd5835f-e71c-43d0-b8c5-fc65a543100f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "ccd5835f-e71c-43d0-b8c5-fc65a543100f", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('8370d979-8ab7-4763-a5bb-51214c058bc5', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "8370d979-8ab7-4763-a5bb-51214c058bc5", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('54333293-4599-4326-99ed-1dfdd9101abf', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "54333293-4599-4326-99ed-1dfdd9101abf", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('2bb5668e-aa45-4da4-9dd8-00784e44289f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "2bb5668e-aa45-4da4-9dd8-00784e44289f", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('64e9c4fe-bd34-41fd-8c14-10c7ef3d23fe', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "64e9c4fe-bd34-41fd-8c14-10c7ef3d23fe", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('fa1861e5-0f46-4a68-bc8b-c31c3e38dff6', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "fa1861e5-0f46-4a68-bc8b-c31c3e38dff6", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('9086877d-7d05-48a8-890b-ebc24affaeb6', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "9086877d-7d05-48a8-890b-ebc24affaeb6", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('97ff1b22-de51-451f-b728-a985c3e77518', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "97ff1b22-de51-451f-b728-a985c3e77518", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('c1dfbc2a-d165-4198-ace2-5b547963db7a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "c1dfbc2a-d165-4198-ace2-5b547963db7a", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('89ebbde3-9a11-4470-877b-49e68a2878e1', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "89ebbde3-9a11-4470-877b-49e68a2878e1", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('1d1684f2-24ac-4c29-8538-45c6d882a06c', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "1d1684f2-24ac-4c29-8538-45c6d882a06c", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('ef9250ce-3476-4394-a93f-7f173a481751', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "ef9250ce-3476-4394-a93f-7f173a481751", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('6c331824-fb08-48c3-8505-51c3d37f7d24', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "6c331824-fb08-48c3-8505-51c3d37f7d24", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('84d871c3-454f-4b5a-83a0-dbd254f0bf9f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "84d871c3-454f-4b5a-83a0-dbd254f0bf9f", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('9625c834-2682-4828-ac81-84a80d51ee03', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "9625c834-2682-4828-ac81-84a80d51ee03", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('d204370e-359b-408d-a258-fe1e69ee1f93', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "d204370e-359b-408d-a258-fe1e69ee1f93", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('0c25bd43-d241-4b73-9b45-2dcaea8d6b11', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "0c25bd43-d241-4b73-9b45-2dcaea8d6b11", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('19033316-345c-4e18-8ccf-87e4b724ff22', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "19033316-345c-4e18-8ccf-87e4b724ff22", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('bb72ca27-bd58-4aa0-bc52-89b4e71eafc3', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "bb72ca27-bd58-4aa0-bc52-89b4e71eafc3", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('60fe2282-e43a-4899-b084-ff4c74120300', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "60fe2282-e43a-4899-b084-ff4c74120300", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('3bfea4dc-488a-49dc-91dc-8591c02c6b0a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "3bfea4dc-488a-49dc-91dc-8591c02c6b0a", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('34866ada-01d8-4a99-b6e0-e742e4228c06', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "34866ada-01d8-4a99-b6e0-e742e4228c06", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('04713708-9b43-4615-9242-1f85297dd2ae', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "04713708-9b43-4615-9242-1f85297dd2ae", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('d04466fb-28b7-4ef0-bb26-7080c8e17fe7', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "d04466fb-28b7-4ef0-bb26-7080c8e17fe7", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('1f39b6ab-27c7-44df-9388-82f7310df361', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "1f39b6ab-27c7-44df-9388-82f7310df361", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('9f91d52c-c254-4f21-b52c-9aca7a3dfe6d', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "9f91d52c-c254-4f21-b52c-9aca7a3dfe6d", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('faddc9f9-45fa-46c2-836f-d3f47c70da61', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "faddc9f9-45fa-46c2-836f-d3f47c70da61", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b522dbda-5ced-4b8d-9b5e-ee962355ab3a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b522dbda-5ced-4b8d-9b5e-ee962355ab3a", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('9ebec908-9ea2-4e3a-a46f-62f54a2335c7', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "9ebec908-9ea2-4e3a-a46f-62f54a2335c7", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('4dc28960-73e5-431a-8a01-518f82892d34', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "4dc28960-73e5-431a-8a01-518f82892d34", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('9660b2ef-1f4a-490a-929e-f7089d10985e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "9660b2ef-1f4a-490a-929e-f7089d10985e", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('c3d9af04-0b58-4441-a4aa-9a456ac96f4c', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "c3d9af04-0b58-4441-a4aa-9a456ac96f4c", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('f8024bef-770c-4b49-bc6f-84c1c132235e', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "f8024bef-770c-4b49-bc6f-84c1c132235e", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('676dea4f-a1be-4498-aef1-4bf96cc174ce', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "676dea4f-a1be-4498-aef1-4bf96cc174ce", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b60b5391-bd0f-4d7b-b9c7-79473f16c0b4', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b60b5391-bd0f-4d7b-b9c7-79473f16c0b4", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('de5660e7-74ff-44cf-8a48-58d3303922aa', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "de5660e7-74ff-44cf-8a48-58d3303922aa", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('5b843318-bfb7-4675-894b-b4a5685b142c', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "5b843318-bfb7-4675-894b-b4a5685b142c", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('7cd3744a-0f6c-4e8c-bc7a-ec8bdd0e5622', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "7cd3744a-0f6c-4e8c-bc7a-ec8bdd0e5622", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('eaa30a74-8749-4ffa-80e0-56bc8c9791b5', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "eaa30a74-8749-4ffa-80e0-56bc8c9791b5", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('05bf31c9-4ee7-4b31-abe3-527dc5aa92b2', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "05bf31c9-4ee7-4b31-abe3-527dc5aa92b2", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('fae5842f-73c8-4add-b0c8-713d335f9df0', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "fae5842f-73c8-4add-b0c8-713d335f9df0", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b2f5e608-1d7f-4ac8-b924-6cd95e89055d', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b2f5e608-1d7f-4ac8-b924-6cd95e89055d", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('64241114-d71b-4e2a-b934-e34e56a5e33d', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "64241114-d71b-4e2a-b934-e34e56a5e33d", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('81b227b1-e611-4eec-91f3-4bc5696cfd06', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "81b227b1-e611-4eec-91f3-4bc5696cfd06", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('214832ed-75e0-4440-870d-5e6138a70653', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "214832ed-75e0-4440-870d-5e6138a70653", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('01684e85-254b-41e6-8392-62174a2895ad', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "01684e85-254b-41e6-8392-62174a2895ad", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('1786ea2e-f114-4c43-9037-af49af40f88f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "1786ea2e-f114-4c43-9037-af49af40f88f", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('13e53ff5-dddd-4640-a194-3ef068303d5b', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "13e53ff5-dddd-4640-a194-3ef068303d5b", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('f7fef5fe-5f4b-45c1-995b-3dac6508de46', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "f7fef5fe-5f4b-45c1-995b-3dac6508de46", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('522e77db-9a05-4417-bbc5-289d1fbe8cf6', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "522e77db-9a05-4417-bbc5-289d1fbe8cf6", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('ad1969e6-893d-4272-b834-b2169b7b0259', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "ad1969e6-893d-4272-b834-b2169b7b0259", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('0ccc48b0-f528-4914-b4dd-e11e42e754a1', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "0ccc48b0-f528-4914-b4dd-e11e42e754a1", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('b5be3ab4-baa9-4ecf-9cd5-dfc1f89eb0a8', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "b5be3ab4-baa9-4ecf-9cd5-dfc1f89eb0a8", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('2f33de78-4d96-4da7-9abd-a25426f9939f', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "2f33de78-4d96-4da7-9abd-a25426f9939f", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('f8edcfcb-a3c2-4376-81a2-5616ffc53bff', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "f8edcfcb-a3c2-4376-81a2-5616ffc53bff", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('5a63a1e9-e545-4eed-bc00-054dcd5f2655', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "5a63a1e9-e545-4eed-bc00-054dcd5f2655", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('a9badcfb-4b05-4f1c-96d8-e6335dadac7a', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "a9badcfb-4b05-4f1c-96d8-e6335dadac7a", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('29f5e0b1-597a-4c31-8c27-fac0faaafae2', 1, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "29f5e0b1-597a-4c31-8c27-fac0faaafae2", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.control_versions VALUES ('81fcec1b-a142-405c-9879-1f68d17a0402', 2, '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '{"id": "81fcec1b-a142-405c-9879-1f68d17a0402", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "2d3b63c3-26fa-4738-8bc6-8c6fde663a30", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test (token fill script)', '2026-12-06 23:56:04.362803+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('3ccde059-a7e2-4fef-90ec-72b91fe947f3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('55f3e855-992d-4af0-b7d5-ea068f213e5a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('c8468feb-8847-4c79-a689-307f0bd00af9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('3a55397e-6b2c-4fd1-93d1-a17dd7ad5d17', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('13b86fcd-8e03-4b8b-913e-4be3fd09264e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('18cc2160-63ab-4776-8950-c8fd4f110ceb', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('98fa9398-8d9b-483f-9dc1-afd38935b373', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('090a05fc-3c6c-4a32-a301-d3bee52ea722', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('c03649ee-8c09-465e-af98-69242d810e1d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('a1647382-12c6-4a5f-ac27-34619415b0de', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('d9a25a49-f446-4f5f-9857-aa0c8436a901', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('57607257-89bd-4147-800b-ba092ace14e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('f388a555-0228-4f34-842e-545d15e665cf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('6d5e7a6a-addc-473d-ad13-3ebc5389981b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('d981066b-2049-409c-9b1e-2fee321caa2a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('c100601c-1e50-42bc-a7f6-848605b7c7a3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('e6e6d168-c1ac-4ea2-9ad2-115cef00972e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('192f3342-e39c-421c-b7bd-834565cf3fd6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('1bf3ac75-1c38-44d2-b066-e8bdcb3663b9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('07c3ac5b-b823-4198-a68f-ad9403c85842', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('faa22d5c-2b3d-4e47-a63c-47ab14b74c88', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('80e3fe67-8717-4db6-a4b3-1d803374e0ff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('cd47add1-2cc9-4e20-91d6-364991255945', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('ea8bfe14-c102-43be-b1d2-901db64bd0be', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('5eead6f6-3418-443a-83a9-f167911f986c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('5b130d11-cee2-4ef4-aabe-1ad234c09721', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('e7874091-f86e-40c2-a294-54a82008b948', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('7b0d58bc-3487-4f64-989f-45f965d78b95', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('f22fec8b-ea4b-4b66-a851-96ea9cd96d70', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('23d4a4f5-6209-4b6a-9377-cf67982d5136', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('e60e0494-6dd1-44f4-9100-428b095c6836', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('7105ef21-fd6f-4ac3-a57a-8672b61edd48', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('7c90b618-53ec-4542-812f-f4d5af09f71c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('a1621b90-05e3-4b1a-9fab-ead556edfbf1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('762724b2-b008-466c-8f24-773170b1a27a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b1e333f0-3b20-45b7-9db9-7291f585e172', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('27889ecf-4e41-439b-bc42-7ea48b406fe4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('64e9c4fe-bd34-41fd-8c14-10c7ef3d23fe', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('1ae59766-8884-4f2a-ad56-db3bb059d889', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('319589b8-fda3-460e-81c8-8aa1f070df52', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('55b1942d-68af-4ed7-bc9a-e7c08ac72079', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b0cd1fce-e5a1-4c82-ac28-219ca6ef802e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('6c73cbb2-8508-42d2-8094-53c74805be74', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('84379aeb-8b1c-4633-bd70-11040467b287', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('57b4d975-2d5e-4101-b477-6c456bc40e84', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('4df549db-37c9-414a-b36b-53a890edd30f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('76757683-63b9-4730-945d-306572e46a8a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('7d5512bb-3b5e-452a-ba42-71c0bd7fa1c7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('74a4e2de-e38e-4bdd-bfcb-5ac3b18e45b6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('a9d1485b-3daa-4a98-9a58-1af8e35f34ee', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('9ffa4df4-afdd-4724-bc67-3f1789a2de1f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('e34d1385-5995-44cd-98d9-989ce6aaf117', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('3330148c-0c0e-42f8-b3d4-bc651543a17a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('e9cb920b-9d16-4d68-832b-7e6b922cc5ec', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('3ef390e4-3c31-4684-ac4a-dc268a364fa4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('212e2be1-ff48-43cf-a505-b73a6712b0b9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b56267e2-d447-45d7-ba83-e0d9f9bdec88', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('503e16bd-6a7d-420f-92cc-518687d1b99e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('2e32bf97-24fe-4252-b227-55d099734c73', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('a66a4e3d-1101-4d6e-ad02-53c60dcbf1c4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('16e22cf7-a724-416c-9158-fb5a00fa11dd', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('6247fd5f-9636-479d-8a90-09806b49894b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('f1b80255-df97-4e67-a80c-36b7f1844517', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('72a4ecbd-6c78-41df-a6db-14f6f2b5b857', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('3c521198-5ebb-475f-82d4-82270aad421e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('affb58e5-417c-4530-86c9-330df9b5fa1d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('56d3fa1b-6c9d-4540-ae41-259e470733d9', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('fc2347a4-3101-4a7a-bb06-3063683ac0cf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('092a4e9a-0751-4e69-9077-dd735c181003', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('143baa54-19c4-4de9-90a1-db32866f08ed', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('ccd5835f-e71c-43d0-b8c5-fc65a543100f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('8370d979-8ab7-4763-a5bb-51214c058bc5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('54333293-4599-4326-99ed-1dfdd9101abf', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('2bb5668e-aa45-4da4-9dd8-00784e44289f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('fa1861e5-0f46-4a68-bc8b-c31c3e38dff6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('9086877d-7d05-48a8-890b-ebc24affaeb6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('97ff1b22-de51-451f-b728-a985c3e77518', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('c1dfbc2a-d165-4198-ace2-5b547963db7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('89ebbde3-9a11-4470-877b-49e68a2878e1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('1d1684f2-24ac-4c29-8538-45c6d882a06c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('ef9250ce-3476-4394-a93f-7f173a481751', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('6c331824-fb08-48c3-8505-51c3d37f7d24', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('84d871c3-454f-4b5a-83a0-dbd254f0bf9f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('9625c834-2682-4828-ac81-84a80d51ee03', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('d204370e-359b-408d-a258-fe1e69ee1f93', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('0c25bd43-d241-4b73-9b45-2dcaea8d6b11', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('19033316-345c-4e18-8ccf-87e4b724ff22', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('bb72ca27-bd58-4aa0-bc52-89b4e71eafc3', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('60fe2282-e43a-4899-b084-ff4c74120300', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('3bfea4dc-488a-49dc-91dc-8591c02c6b0a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('34866ada-01d8-4a99-b6e0-e742e4228c06', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('04713708-9b43-4615-9242-1f85297dd2ae', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('d04466fb-28b7-4ef0-bb26-7080c8e17fe7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('1f39b6ab-27c7-44df-9388-82f7310df361', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('9f91d52c-c254-4f21-b52c-9aca7a3dfe6d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('faddc9f9-45fa-46c2-836f-d3f47c70da61', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b522dbda-5ced-4b8d-9b5e-ee962355ab3a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('9ebec908-9ea2-4e3a-a46f-62f54a2335c7', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('4dc28960-73e5-431a-8a01-518f82892d34', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('9660b2ef-1f4a-490a-929e-f7089d10985e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('c3d9af04-0b58-4441-a4aa-9a456ac96f4c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('f8024bef-770c-4b49-bc6f-84c1c132235e', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('676dea4f-a1be-4498-aef1-4bf96cc174ce', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b60b5391-bd0f-4d7b-b9c7-79473f16c0b4', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('de5660e7-74ff-44cf-8a48-58d3303922aa', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('5b843318-bfb7-4675-894b-b4a5685b142c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('7cd3744a-0f6c-4e8c-bc7a-ec8bdd0e5622', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('eaa30a74-8749-4ffa-80e0-56bc8c9791b5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('05bf31c9-4ee7-4b31-abe3-527dc5aa92b2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('fae5842f-73c8-4add-b0c8-713d335f9df0', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b2f5e608-1d7f-4ac8-b924-6cd95e89055d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('64241114-d71b-4e2a-b934-e34e56a5e33d', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('81b227b1-e611-4eec-91f3-4bc5696cfd06', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('214832ed-75e0-4440-870d-5e6138a70653', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('01684e85-254b-41e6-8392-62174a2895ad', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('1786ea2e-f114-4c43-9037-af49af40f88f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('13e53ff5-dddd-4640-a194-3ef068303d5b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('f7fef5fe-5f4b-45c1-995b-3dac6508de46', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('522e77db-9a05-4417-bbc5-289d1fbe8cf6', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('ad1969e6-893d-4272-b834-b2169b7b0259', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('0ccc48b0-f528-4914-b4dd-e11e42e754a1', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('b5be3ab4-baa9-4ecf-9cd5-dfc1f89eb0a8', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('2f33de78-4d96-4da7-9abd-a25426f9939f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('f8edcfcb-a3c2-4376-81a2-5616ffc53bff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('5a63a1e9-e545-4eed-bc00-054dcd5f2655', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('a9badcfb-4b05-4f1c-96d8-e6335dadac7a', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('29f5e0b1-597a-4c31-8c27-fac0faaafae2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:03.427052+00');
INSERT INTO public.controls VALUES ('81fcec1b-a142-405c-9879-1f68d17a0402', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-06 23:56:03.427052+00', '2026-12-06 23:56:04.365+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('25df418b-fb16-4ebd-a3c5-42e757518112', 'b09ffa45-93da-41a8-92e8-c10de7012fcc');
INSERT INTO public.engagement_systems VALUES ('4d2b2b11-138e-461f-b381-1e95369bba60', 'b09ffa45-93da-41a8-92e8-c10de7012fcc');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('25df418b-fb16-4ebd-a3c5-42e757518112', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-06 23:56:03.703411+00');
INSERT INTO public.engagements VALUES ('4d2b2b11-138e-461f-b381-1e95369bba60', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-06 23:56:03.738164+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('7a0480ec-63e2-4cad-8285-222124f82c37', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run 8ec05919-3caf-4f92-b58f-c9832b31542b, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, '8ec05919-3caf-4f92-b58f-c9832b31542b', NULL, '2026-12-06 23:55:59.128197+00', 4);
INSERT INTO public.evidence VALUES ('15f5f3ec-4f9a-4cd8-86b5-404a20d59751', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run 12d8c73e-d45f-45e8-8a2b-60f6692a55da, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, '12d8c73e-d45f-45e8-8a2b-60f6692a55da', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-06 23:56:04.092049+00', 16);
INSERT INTO public.evidence VALUES ('9bdf82e1-25b1-48ef-b330-c84799b9c657', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-06', NULL, NULL, NULL, '2026-12-06 23:56:07.290422+00', 20);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('15f5f3ec-4f9a-4cd8-86b5-404a20d59751', '16e22cf7-a724-416c-9158-fb5a00fa11dd', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30');
INSERT INTO public.evidence_controls VALUES ('15f5f3ec-4f9a-4cd8-86b5-404a20d59751', '6247fd5f-9636-479d-8a90-09806b49894b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30');
INSERT INTO public.evidence_controls VALUES ('15f5f3ec-4f9a-4cd8-86b5-404a20d59751', '72a4ecbd-6c78-41df-a6db-14f6f2b5b857', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30');
INSERT INTO public.evidence_controls VALUES ('9bdf82e1-25b1-48ef-b330-c84799b9c657', '6c73cbb2-8508-42d2-8094-53c74805be74', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30');


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

INSERT INTO public.incident_timeline VALUES ('c8d6a7df-bcb1-40e0-9f03-cf9adb687637', '52e335bf-8fb1-43f3-a787-291698e86381', '2026-12-06 23:56:07.795+00', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'Ada Owner', 'Incident recorded', '2026-12-06 23:56:07.793057+00');


--
-- Data for Name: incidents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.incidents VALUES ('52e335bf-8fb1-43f3-a787-291698e86381', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Phishing email reported', '', 'low', 'internal', 'new', NULL, '2026-04-02 09:00:00+00', NULL, '{}', '', false, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, false, '{}', '{}', NULL, 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-06 23:56:07.793057+00', '2026-12-06 23:56:07.793057+00', NULL);


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

INSERT INTO public.invitations VALUES ('99b12c3d-1b83-4920-814b-7dd14b67c7a0', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'new.hire@acme.test', 'member', NULL, NULL, '250df0717309197188585c2588a4bab5b77c0bd3b9e769fbbedd4d7db2f15481', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-13 23:56:03.859+00', NULL, NULL, '2026-12-06 23:56:03.841529+00');


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner', NULL, '2026-12-06 23:55:49.600231+00');
INSERT INTO public.memberships VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '4a3c72e9-ae2c-4ce1-ac83-551668341739', 'member', NULL, '2026-12-06 23:55:52.767212+00');


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

INSERT INTO public.organizations VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-06 23:55:49.600231+00');


--
-- Data for Name: pen_test_findings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: pen_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES ('cd283a85-0b1e-4b9e-999e-ad1added1c6f', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'pat@acme.test', 'Pat Doe', '{}', 'employee', 'Engineering', NULL, NULL, '2026-02-02', NULL, 'active', true, NULL, 'manual', NULL, NULL, NULL, '2026-12-06 23:56:07.386802+00', '2026-12-06 23:56:07.386802+00');


--
-- Data for Name: people_settings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: person_account_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.policies VALUES ('b95e9b48-0686-40bc-851f-e2c7dcd3ff29', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Information Security Policy', 'information-security', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', 'all_staff', 12, '{4a3c72e9-ae2c-4ce1-ac83-551668341739}', '2026-12-06 23:56:07.630531+00', '2026-12-06 23:56:07.630531+00');


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

INSERT INTO public.policy_versions VALUES ('4dd5afea-5260-4d45-8d39-7256cdc0fab2', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'b95e9b48-0686-40bc-851f-e2c7dcd3ff29', 1, 0, 'draft', '# Information Security Policy

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
', 'First version, from the Information Security Policy template', false, NULL, 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-06 23:56:07.630531+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: readiness_snapshots; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'trivy', NULL, 'vuln.finding', '2026-12-06 23:55:59.099+00', '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.resource_scopes VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'trivy', NULL, 'vuln.target', '2026-12-06 23:55:59.099+00', '8ec05919-3caf-4f92-b58f-c9832b31542b');
INSERT INTO public.resource_scopes VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'grype', '3bca607f-04bc-467f-9644-453cbf116e4d', 'vuln.finding', '2026-12-06 23:56:04.061+00', '12d8c73e-d45f-45e8-8a2b-60f6692a55da');
INSERT INTO public.resource_scopes VALUES ('2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'grype', '3bca607f-04bc-467f-9644-453cbf116e4d', 'vuln.target', '2026-12-06 23:56:04.061+00', '12d8c73e-d45f-45e8-8a2b-60f6692a55da');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('9a6d21af-39bc-43f8-8bd1-e27ea2dcb84c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-06 23:55:59.099+00', '2026-12-06 23:55:59.099+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('c0aa6370-5526-4043-bf31-8a803422c8bb', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-06 23:55:59.099+00', '2026-12-06 23:55:59.099+00', NULL, NULL, '29ezymug3ki:fn');
INSERT INTO public.resources VALUES ('1795a9a4-0c14-4e39-81e2-9c6e3f665f7c', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-06 23:55:59.099+00', '2026-12-06 23:55:59.099+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('030882e5-d020-4135-ac2d-0f5e14954b67', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-06 23:56:04.061+00', '2026-12-06 23:56:04.061+00', NULL, '3bca607f-04bc-467f-9644-453cbf116e4d', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('d85cbea1-a6eb-456b-b1be-0c9b1c11b474', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-06 23:56:04.061+00', '2026-12-06 23:56:04.061+00', NULL, '3bca607f-04bc-467f-9644-453cbf116e4d', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('a7900acf-1f31-4884-b109-1ba78a9c5901', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-06 23:56:04.061+00', '2026-12-06 23:56:04.061+00', NULL, '3bca607f-04bc-467f-9644-453cbf116e4d', 'os05izi2np:pe');


--
-- Data for Name: risk_assessments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risk_controls VALUES ('c90a02d6-6222-4fea-b5c8-2697d9446df0', '6c73cbb2-8508-42d2-8094-53c74805be74');
INSERT INTO public.risk_controls VALUES ('c90a02d6-6222-4fea-b5c8-2697d9446df0', '9ffa4df4-afdd-4724-bc67-3f1789a2de1f');
INSERT INTO public.risk_controls VALUES ('c90a02d6-6222-4fea-b5c8-2697d9446df0', '81fcec1b-a142-405c-9879-1f68d17a0402');


--
-- Data for Name: risk_evidence; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_matrices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_reassessment_requests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risk_reassessment_requests VALUES ('4defd4fd-d9fc-4b42-aea4-77183a2a8b53', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'The categories in scope changed', 'Ada Owner', '2026-12-06 23:56:03.380627+00', NULL, NULL);
INSERT INTO public.risk_reassessment_requests VALUES ('b09bf179-b585-4b05-8f1c-f1a483336464', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Example Hosting became a critical vendor', 'Ada Owner', '2026-12-06 23:56:07.744488+00', NULL, NULL);


--
-- Data for Name: risks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risks VALUES ('c90a02d6-6222-4fea-b5c8-2697d9446df0', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Stolen staff credentials', 'A phished or reused password lets an outsider sign in to company tools as a member of staff.', 'security', 'R-01', '[]', '4a3c72e9-ae2c-4ce1-ac83-551668341739', 4, 5, 4, 5, 4, 5, 'mitigate', 'open', NULL, NULL, NULL, NULL, '2026-12-06 23:56:07.71615+00', '2026-12-06 23:56:07.71615+00');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('8ec05919-3caf-4f92-b58f-c9832b31542b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', NULL, 'trivy', 'succeeded', NULL, '2026-12-06 23:55:59.099+00', '2026-12-06 23:55:59.177+00', 3, 6, '7a0480ec-63e2-4cad-8285-222124f82c37', '{"ms": {"read": 21, "write": 53, "evaluate": 4}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 3, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 3, "pass": 0, "error": 0, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 23:55:59.123436+00');
INSERT INTO public.runs VALUES ('12d8c73e-d45f-45e8-8a2b-60f6692a55da', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '3bca607f-04bc-467f-9644-453cbf116e4d', 'grype', 'succeeded', NULL, '2026-12-06 23:56:04.061+00', '2026-12-06 23:56:04.146+00', 3, 6, '15f5f3ec-4f9a-4cd8-86b5-404a20d59751', '{"ms": {"read": 24, "write": 57, "evaluate": 4}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 23:56:04.086449+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('b09ffa45-93da-41a8-92e8-c10de7012fcc', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-06 23:56:03.665919+00');


--
-- Data for Name: tabletop_exercises; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tabletop_exercises VALUES ('17ada64e-554e-4f4c-a2ad-18faf1aa6c2b', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'ransomware', '', '2026-05-12', NULL, '[]', '', '', '2026-12-06 23:56:07.83006+00', '2026-12-06 23:56:07.83006+00');


--
-- Data for Name: training_completions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_courses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.training_courses VALUES ('86206b53-9b90-49e8-864f-d0d138767b60', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'security_awareness', 'Security awareness', 'Phishing, passwords and multi-factor sign-in, handling customer data, reporting incidents, and the policies everyone accepts. Everyone completes it when they join and once a year after.', 'all_staff', NULL, 12, '2026-01-01', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-06 23:56:07.414231+00', '2026-12-06 23:56:07.414231+00');
INSERT INTO public.training_courses VALUES ('9430dc33-a50d-4a39-b0a3-4e9f4faae8ff', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'secure_development', 'Secure development', 'Common web application weaknesses, code review, secrets in code, dependencies and safe deployment, for everyone who writes or reviews code.', 'department', 'Engineering', 12, '2026-01-01', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-06 23:56:07.414231+00', '2026-12-06 23:56:07.414231+00');


--
-- Data for Name: training_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('d1fdd4b0-2199-4473-a81f-f904d42cb57c', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$qf9pFm+Q50v5WzskSm05hQ$sAXL8NttZVqc8HvAd/AifX9vsQOnzoFAKSbT/yaWLcc', 0, NULL, '2026-12-06 23:55:49.600231+00');
INSERT INTO public.users VALUES ('4a3c72e9-ae2c-4ce1-ac83-551668341739', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$aBfX3uK5I7DtrpQmUQZMQg$882BXKi/5XVYA6UpL+N/v0J655rCEn6cWeO3c5dcN68', 0, NULL, '2026-12-06 23:55:52.767212+00');


--
-- Data for Name: vendor_reports; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vendor_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vendor_reviews VALUES ('1a58228c-c422-4d2b-a405-ff0cae7698b5', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', '0d8d398f-5b3e-4cd0-8b8f-ebffd5e29de8', '2026-12-06', NULL, 'open', NULL, NULL, '', NULL, '2026-12-06 23:56:07.744488+00');


--
-- Data for Name: vendors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vendors VALUES ('0d8d398f-5b3e-4cd0-8b8f-ebffd5e29de8', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 'Example Hosting', '', 'high', 'high', true, false, 'critical', NULL, NULL, NULL, 'prospective', NULL, NULL, NULL, NULL, NULL, '[]', '[]', '2026-12-06 23:56:07.744488+00', '2026-12-06 23:56:07.744488+00');


--
-- Data for Name: vuln_exceptions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vuln_sla_policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vuln_sla_policies VALUES ('639596c2-b4b8-4885-a873-947379ecf743', '2d3b63c3-26fa-4738-8bc6-8c6fde663a30', 10, 30, 90, 180, '2026-12-06 23:56:07.879+00', 'd1fdd4b0-2199-4473-a81f-f904d42cb57c', '2026-12-06 23:56:07.870703+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 13, true);


--
-- Name: alert_outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alert_outbox_id_seq', 3, true);


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


