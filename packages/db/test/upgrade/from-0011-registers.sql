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

INSERT INTO public.activities VALUES ('c4b1ab76-3d6b-472f-a6fe-9b5b48da3c10', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'c9690fe7-ec9c-4cb3-a344-34875d19ddcc', 'board-security-briefing', 'Security briefing to the board', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('fb2dae92-afba-4d65-9029-84426b443fbd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'e631419b-1ecb-4ef6-b0ce-1e5667a36fb4', 'policy-review', 'Policy review and approval', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('a80f493f-c461-4b32-9fa4-d028ce3317d2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '3be59263-2cba-4a6e-a7f7-aef8995b868e', 'internal-control-assessment', 'Internal control assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('c2230137-1f29-414f-b5fe-562e6af11473', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'bb29d4f7-c586-4b13-937d-c4b28f163ded', 'management-compliance-review', 'Management compliance review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('5c090d42-6b32-480b-9ba2-4a5f9930ea9e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '377ce94c-8aed-463e-bae1-8200f355abe3', 'risk-assessment', 'Risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('8cca9505-34ca-439b-ab9a-733f2ea6d971', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'a2b958e5-e44d-483f-9516-43d00eccbd42', 'fraud-risk-assessment', 'Fraud risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('38e1b425-f482-49fc-afe0-82b3c76ee7ed', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '0404754b-81e6-4377-a174-bc4955d20729', 'security-training-cycle', 'Security awareness training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('4f1cc537-0542-4bbb-b694-9a1cfdd1bf55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '8a0391cb-f5c5-4607-aedb-973c7c429840', 'role-training-cycle', 'Secure development training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('533514b5-f717-4851-bd67-45a4e7de8c03', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'e9e18ae5-2dfa-4899-af6e-51616a9dffef', 'vendor-inventory-review', 'Vendor inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('74b2c59d-fb12-4cb8-ace4-4b4cb3d12374', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '8d7042cf-481c-4f15-88bc-48c3e575c129', 'critical-vendor-review', 'Critical vendor review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('63480c6a-0174-4108-949b-568aadb1c9f1', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'd5baf90b-5b87-43de-8b70-c30e13e65c55', 'user-access-review', 'User access review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('796d63eb-3b42-473b-a0fb-8b0775698354', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '3b4b64fe-1d4d-496f-9033-2814f3847eb7', 'privileged-access-review', 'Privileged access review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('802a72e4-2022-4755-bac9-96722b2eeeeb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'fc181ad9-dc86-4715-a87d-bffea50aac97', 'physical-access-review', 'Physical access and visitor log review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('bb4ae964-c4b7-463c-a148-ee11f3170f68', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'a34f597b-9ff8-4e0d-b47f-e63a3d659f2a', 'asset-inventory-review', 'Asset inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('749268cc-28c0-47d5-b72c-e7e790bf844e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'd3ccef2b-545c-4680-9f8d-fb44d6e316fe', 'penetration-test', 'Penetration test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('89675f95-25a1-4cfb-bd10-961d1155df52', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'd22aa656-a308-4c02-8c35-b7147a05b9da', 'patch-review', 'Patch and vulnerability review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('d1dd6d7c-ce44-48bb-baa4-fb887b66514c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '47a8d424-5c85-4e9a-82f5-ec6495c16ae5', 'firewall-rule-review', 'Firewall and security group review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('83c3b98c-29c3-4e45-9d6f-e6136b3c9ef8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '4aef2edd-7034-442a-a252-4a7fc80464c3', 'incident-plan-review', 'Incident response plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('1f4fab15-67c6-4493-b25e-749cf5b3d815', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'c80ac7ae-98c7-47eb-b9f4-8edee791a9cf', 'incident-tabletop', 'Incident response tabletop exercise', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('c62d1c97-5afc-46d6-8ecc-07d99711db2b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'ca4c830d-e455-4fc2-a7af-68f339c8c943', 'incident-trend-review', 'Incident trend review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('32c6c1fd-6e55-451a-ae62-965e26ea4c9c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '7141573b-0fe5-4852-b06d-ca58f35b0d81', 'continuity-plan-review', 'Business continuity plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('a816f1e6-a8d6-4bd6-8966-b7f187e48980', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '88d10a23-be59-41ca-a810-09dc50bbb3bf', 'disaster-recovery-test', 'Disaster recovery test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('e2c919c3-e005-4cd9-9144-78e0f73edb52', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '53296b61-322f-40bf-aed7-982635c6c9c6', 'backup-restore-test', 'Backup restore test', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('0f39cbe1-e2fe-4be3-af5a-d240960f95a0', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '8cdeb4fa-197e-462c-838e-52bb9f1fbad7', 'capacity-review', 'Capacity planning review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.activities VALUES ('6d6811c3-1e29-486b-9e9b-d172ccf22c09', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'ea0750fa-9ebd-411c-9e6c-15eab5d1fccf', 'privacy-compliance-review', 'Privacy compliance review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');


--
-- Data for Name: activity_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('5da1dc7c-119a-42e7-b70e-152d52322c7c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.612bRgxwfc_n4dak.Yofc9IC5kSLiu3vM6Svrbw.LKvrB3mnBfHRFDMiAouA-gUCwvIHwTqtAcny8Src-hVOM-Jww5p7jf2btOtndX-7JA', '{fail,recovered,connector_error,stale,due_soon,overdue}', true, '2026-12-06 18:59:59.705019+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'fail', '{"runId": "a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8", "reason": "CVE-2019-18224 in libidn2-0 has been open for 2603 days with a fix available", "checkId": "vuln.no_critical_unfixed_older_than_15d", "severity": "critical", "checkTitle": "Fixable critical vulnerabilities are not left open beyond 15 days", "controlIds": [], "resourceId": "d7d785d1-09d5-4fcb-8f93-f8eab9d3ac8d", "connectorId": null, "resourceKey": "trivy|vuln.finding|testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224", "resourceName": "CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)"}', NULL, '2026-12-06 18:59:56.190475+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'fail', '{"runId": "a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "a0af857c-1cf4-4fc5-99db-63bbd7d7139e", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 18:59:56.190475+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (3, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'fail', '{"runId": "a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "a0af857c-1cf4-4fc5-99db-63bbd7d7139e", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 18:59:56.190475+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('2c7431f8-c65f-4fcc-8114-cf7b83b5db66', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'fill script', 'vgl_O47sEXdJ', '373930749c698d42c0e6a9777253b2493cf24925121941f1e90ebb2dc054b871', 'write', '2027-03-06 18:59:53.497+00', NULL, '2026-12-06 18:59:59.36+00', '2026-12-06 18:59:53.497112+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 29, '6263f394e8a9514158b94970f17b9698c635b3923145b43b1a522192237352b0');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 1, '2026-12-06 18:59:47.906+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', 'e29694630dd27a0a5c0bf31f70bbabea2c37c3267aae6f26f3402dfb71b977f4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 2, '2026-12-06 18:59:50.738+00', 'system', NULL, 'system:cli', 'user.added', 'user', '4157548e-f9ae-4496-a5e7-469ec417a71f', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, 'e29694630dd27a0a5c0bf31f70bbabea2c37c3267aae6f26f3402dfb71b977f4', 'f5bdd9a02d263464a1df7e14bd29ec7f72db50bd17417a30553351abc470c648');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 3, '2026-12-06 18:59:53.504+00', 'system', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'system:cli', 'token.created', 'api_token', '2c7431f8-c65f-4fcc-8114-cf7b83b5db66', '{"name": "fill script", "scope": "write", "prefix": "vgl_O47sEXdJ", "expiresAt": "2027-03-06T18:59:53.497Z"}', NULL, NULL, NULL, 'f5bdd9a02d263464a1df7e14bd29ec7f72db50bd17417a30553351abc470c648', 'e1097f4a9ebefa2dd822f04ae4bd629f2ad44db2f171443341edc0ec7f79d6d3');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 4, '2026-12-06 18:59:56.237+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '2c0ae72b-af34-4084-a34d-a24fd43bae81', '{"kind": "collection", "size": 6337, "runId": "a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, 'e1097f4a9ebefa2dd822f04ae4bd629f2ad44db2f171443341edc0ec7f79d6d3', '62bc5bb638bbb82a5571786d201f24dfe26ef824b833afe5b8780252234a9150');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 5, '2026-12-06 18:59:56.244+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8', '{"source": "trivy", "evidenceId": "2c0ae72b-af34-4084-a34d-a24fd43bae81", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, '62bc5bb638bbb82a5571786d201f24dfe26ef824b833afe5b8780252234a9150', '276cd41084d9d56630fb366b2a2519be75d7b262430878185448f024b82a32b4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 6, '2026-12-06 18:59:59.369+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', 'c771b586-c6d8-4c76-a140-966ed038a928', '127.0.0.1', 'curl/7.88.1', '276cd41084d9d56630fb366b2a2519be75d7b262430878185448f024b82a32b4', '35f44d23c714f3eca2f635be29338cfa542565f9fbd2e6b0bcc5205fc43df0e4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 7, '2026-12-06 18:59:59.375+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'risk_reassessment.requested', 'risk_reassessment', '428f7a6a-6e6b-4d05-8f44-5cca6c44e2fc', '{"reason": "The categories in scope changed"}', 'c771b586-c6d8-4c76-a140-966ed038a928', '127.0.0.1', 'curl/7.88.1', '35f44d23c714f3eca2f635be29338cfa542565f9fbd2e6b0bcc5205fc43df0e4', '53cbe2999ab227842a5536a204101dba777f9386aaa9fe62e696e9eeb6f517be');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 8, '2026-12-06 18:59:59.58+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', '8680d3ab-ad09-4055-9c8a-20b03e171a58', '127.0.0.1', 'curl/7.88.1', '53cbe2999ab227842a5536a204101dba777f9386aaa9fe62e696e9eeb6f517be', 'c6927f5a7a95d1c98735ff038072d04ee34c3b77fb8f74b20f132efa79f056db');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 9, '2026-12-06 18:59:59.592+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'activities.scheduled', 'activity', NULL, '{"added": 25, "titles": ["Security briefing to the board", "Policy review and approval", "Internal control assessment", "Management compliance review", "Risk assessment", "Fraud risk assessment", "Security awareness training cycle", "Secure development training cycle", "Vendor inventory review", "Critical vendor review", "User access review", "Privileged access review", "Physical access and visitor log review", "Asset inventory review", "Penetration test", "Patch and vulnerability review", "Firewall and security group review", "Incident response plan review", "Incident response tabletop exercise", "Incident trend review", "Business continuity plan review", "Disaster recovery test", "Backup restore test", "Capacity planning review", "Privacy compliance review"]}', '8680d3ab-ad09-4055-9c8a-20b03e171a58', '127.0.0.1', 'curl/7.88.1', 'c6927f5a7a95d1c98735ff038072d04ee34c3b77fb8f74b20f132efa79f056db', '257681c3b82c79b8dc7c507ea852db1013289a1cd35d60fdb8d835221320e807');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 10, '2026-12-06 18:59:59.62+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'system.created', 'system', '70873e09-1033-4586-a416-bd16641b98b0', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '10e9a091-54fe-4f6a-8250-63e4c2715df4', '127.0.0.1', 'curl/7.88.1', '257681c3b82c79b8dc7c507ea852db1013289a1cd35d60fdb8d835221320e807', 'd9dc0096c4eb70c4514b6383830786816ce89831cd3b274e4bdbf6ef3410df74');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 11, '2026-12-06 18:59:59.648+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', 'f76bec31-0cb0-494a-a507-6c824295ca64', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', 'feeb5839-9318-4b49-8a91-e2bd8493fceb', '127.0.0.1', 'curl/7.88.1', 'd9dc0096c4eb70c4514b6383830786816ce89831cd3b274e4bdbf6ef3410df74', '1eb1b126235aab0d80f0a403133fc367f758ea5a21760f346bb68cf74135c883');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 12, '2026-12-06 18:59:59.682+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', 'd9ad8d70-ec4f-45eb-99c4-4d7af668a67b', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', 'b6bee48a-9d78-463c-ac19-4e0523be30c0', '127.0.0.1', 'curl/7.88.1', '1eb1b126235aab0d80f0a403133fc367f758ea5a21760f346bb68cf74135c883', 'be9dd2efb7399e60038e2ea6d39b4705510613451b9c0cae3718d5b0be89a25f');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 13, '2026-12-06 18:59:59.709+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', '5da1dc7c-119a-42e7-b70e-152d52322c7c', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale", "due_soon", "overdue"], "target": "https://hooks.acme.test/vigil", "enabled": true}', 'eefc94c1-3716-4c2b-bc9a-8f21e90e90d7', '127.0.0.1', 'curl/7.88.1', 'be9dd2efb7399e60038e2ea6d39b4705510613451b9c0cae3718d5b0be89a25f', '8416c05541f31d27231471c6f894726da9743a11d1fb2ff0d2d3d3fd9fa49873');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 14, '2026-12-06 18:59:59.739+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '45d26a34-a5d9-493b-812b-714339a70902', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-13T18:59:59.737Z", "engagementId": null, "accessExpiresAt": null}', '76005b86-8149-4c4a-b25f-d2763fd948b9', '127.0.0.1', 'curl/7.88.1', '8416c05541f31d27231471c6f894726da9743a11d1fb2ff0d2d3d3fd9fa49873', '69c34d3da83dd4c10b0378aac244af6063c5ea62a916d68b5ce72f851002119d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 15, '2026-12-06 18:59:59.765+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'connector.created', 'connector', '11da309d-e618-4a69-a296-d7004acb5806', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', '5832bd43-8067-48ee-9ed9-07bcf5a4d1d6', '127.0.0.1', 'curl/7.88.1', '69c34d3da83dd4c10b0378aac244af6063c5ea62a916d68b5ce72f851002119d', '42eb27c5c516dab7750a6a0271d19cfd5d0c9c29178071ea2e1271d94850dc31');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 16, '2026-12-06 19:00:00.001+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', 'c1d31ed2-ccd7-47f9-adc4-ac272113559f', '{"kind": "collection", "size": 4279, "runId": "548b8b51-862b-4876-b55c-2fab4f8a1bfd", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["cd5ff806-2488-4ac9-9ca9-65b17c4f3d02", "16edbb7a-275c-4834-ad0c-facf0fb6202a", "d22aa656-a308-4c02-8c35-b7147a05b9da"], "supersedes": null, "periodStart": null}', 'b57c0c96-2b3b-4294-b810-1b84ce8f770b', '127.0.0.1', 'curl/7.88.1', '42eb27c5c516dab7750a6a0271d19cfd5d0c9c29178071ea2e1271d94850dc31', 'cdf9553507dd9031ed98436a825aad0a1ad25afb35e214af586f06bdea053dcf');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 17, '2026-12-06 19:00:00.012+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', '548b8b51-862b-4876-b55c-2fab4f8a1bfd', '{"source": "grype", "evidenceId": "c1d31ed2-ccd7-47f9-adc4-ac272113559f", "connectorId": "11da309d-e618-4a69-a296-d7004acb5806", "transitions": 6, "resourcesSeen": 3}', 'b57c0c96-2b3b-4294-b810-1b84ce8f770b', '127.0.0.1', 'curl/7.88.1', 'cdf9553507dd9031ed98436a825aad0a1ad25afb35e214af586f06bdea053dcf', 'd9db2c9554d60e550569c532112323fdfe14073b625fadb84efe17f08f9e8875');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 18, '2026-12-06 19:00:00.05+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'ca65b6a6-e5e5-40cb-a738-96e04fb32653', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', 'c1cc7b09-00d2-457c-8f4f-060d59f0fa08', '127.0.0.1', 'curl/7.88.1', 'd9db2c9554d60e550569c532112323fdfe14073b625fadb84efe17f08f9e8875', '9c0bdf3902d9ea88bcb306cc4a1f47a72dd1bbe0b71508fcbb51dcaeef0bc180');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (19, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 19, '2026-12-06 19:00:00.202+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'control.updated', 'control', 'e778ff34-889f-47ee-93b0-207eaeb8cb9f', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', '15800a58-0837-4252-a35a-e6b86b8de6ab', '127.0.0.1', 'curl/7.88.1', '9c0bdf3902d9ea88bcb306cc4a1f47a72dd1bbe0b71508fcbb51dcaeef0bc180', '62646cc1d88fdfb378bba62ab4139303611702e7a365963730b7793966a85c4f');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (20, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 20, '2026-12-06 19:00:03.197+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '14499e50-c5dc-4793-8ed8-feee7e82cd84', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-06", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["cde3e44b-820b-4676-b840-f566cf8a7354"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '62646cc1d88fdfb378bba62ab4139303611702e7a365963730b7793966a85c4f', '43dc707d693bfbad1a9f3b5eefbf1c6f49426a7f5bfd7f1baed236333b5a8bec');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (28, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 28, '2026-12-06 19:00:03.775+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'exercise.tabletop_recorded', 'tabletop_exercise', '7f6e6c18-2bec-4311-b14f-be878505cd88', '{"heldOn": "2026-05-12", "actions": 0, "scenario": "ransomware"}', 'e1ee9bfb-b65c-4034-8e5e-22f1d53cbd9f', '127.0.0.1', 'curl/7.88.1', '8c2f753a9bdeddfb3758591806fb1fe02d7d00b52b768d01365612b9fd4ef99f', '7d4c06241f29612ff2ef830d2cf0d59131fc4af9d02c7486c5b27c3182a06157');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (29, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 29, '2026-12-06 19:00:03.81+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'vulnerabilities.sla_policy_changed', 'vuln_sla_policy', '3956c56b-1e93-4b87-9cfc-7045ef6ef8ea', '{"after": {"low": 180, "high": 30, "medium": 90, "critical": 10}, "before": {"low": 180, "high": 30, "medium": 90, "critical": 15}}', '67b86c95-7850-4753-9504-1140cc1fc729', '127.0.0.1', 'curl/7.88.1', '7d4c06241f29612ff2ef830d2cf0d59131fc4af9d02c7486c5b27c3182a06157', '6263f394e8a9514158b94970f17b9698c635b3923145b43b1a522192237352b0');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (21, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 21, '2026-12-06 19:00:03.283+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'person.created', 'person', 'c1000139-b98d-4abd-b22b-a63b30aaec3c', '{"name": "Pat Doe", "email": "pat@acme.test", "status": "active", "workerType": "employee"}', '02dc689e-0364-4c03-b77a-2715c4440bad', '127.0.0.1', 'curl/7.88.1', '43dc707d693bfbad1a9f3b5eefbf1c6f49426a7f5bfd7f1baed236333b5a8bec', 'a67f8aa3ccc5234baab217e555743d2131142cb08072a2f26a27c5e3cf537744');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (22, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 22, '2026-12-06 19:00:03.326+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'training.courses_adopted', 'training_course', NULL, '{"added": 2, "titles": ["Security awareness", "Secure development"]}', '2c2feaf5-6da7-431e-8197-89c9dc6b3857', '127.0.0.1', 'curl/7.88.1', 'a67f8aa3ccc5234baab217e555743d2131142cb08072a2f26a27c5e3cf537744', '8fc4ec68a03e20de055b55eabc1d49822d4d2641d7a0d8890f520e1bff93a3b7');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (23, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 23, '2026-12-06 19:00:03.549+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'policy.created', 'policy', 'ba04406d-d798-4718-8a51-135443f992bb', '{"title": "Information Security Policy", "audience": "all_staff", "templateId": "information-security", "reviewCadenceMonths": 12}', 'be7eeda0-efca-483a-bdd1-51acebbbdcbd', '127.0.0.1', 'curl/7.88.1', '8fc4ec68a03e20de055b55eabc1d49822d4d2641d7a0d8890f520e1bff93a3b7', '0d21b75a03316b70d4fc560f4ac493642d282f0a280cadb1aef4c37c5b97444b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (24, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 24, '2026-12-06 19:00:03.63+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'risk.created', 'risk', '96b6f3be-5c5b-4f73-ba67-44a138102fe8', '{"title": "Stolen staff credentials", "category": "security", "controls": 3, "fromLibrary": "Stolen staff credentials"}', '8403916e-df07-4ef6-8bd6-7abd2f9ac2de', '127.0.0.1', 'curl/7.88.1', '0d21b75a03316b70d4fc560f4ac493642d282f0a280cadb1aef4c37c5b97444b', '3cc1b7f0042001788e5cc8fb1ac633e1a8a612ce0c11f574377b13a1c08f9a6b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (25, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 25, '2026-12-06 19:00:03.669+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'vendor.created', 'vendor', '0c11bfa0-11e7-4c79-a2ef-a6eb4c5b9d93', '{"name": "Example Hosting", "tier": "critical"}', '0de77f9f-53a8-499c-a863-1c3f1f1f6bfa', '127.0.0.1', 'curl/7.88.1', '3cc1b7f0042001788e5cc8fb1ac633e1a8a612ce0c11f574377b13a1c08f9a6b', 'c3f7b0470cfc0796d2eb3c209d9c84f25ed3f7a3e93f45ef1190c20f688bf6d5');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (26, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 26, '2026-12-06 19:00:03.677+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'risk_reassessment.requested', 'risk_reassessment', 'ff945aa9-fb26-481a-99f0-81ace5205f4b', '{"reason": "Example Hosting became a critical vendor"}', '0de77f9f-53a8-499c-a863-1c3f1f1f6bfa', '127.0.0.1', 'curl/7.88.1', 'c3f7b0470cfc0796d2eb3c209d9c84f25ed3f7a3e93f45ef1190c20f688bf6d5', 'ee53b4a6791f3edd07cd98fe9b9b0c46e5390c618c81fc6d4006795edf3aa0a6');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (27, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 27, '2026-12-06 19:00:03.727+00', 'token', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', 'incident.created', 'incident', 'a7da4fb6-ec22-49ad-ab08-011d97a9fda8', '{"title": "Phishing email reported", "source": "internal", "severity": "low", "significant": false}', '4f488398-3c5d-4845-a76c-480e7f13a82a', '127.0.0.1', 'curl/7.88.1', 'ee53b4a6791f3edd07cd98fe9b9b0c46e5390c618c81fc6d4006795edf3aa0a6', '8c2f753a9bdeddfb3758591806fb1fe02d7d00b52b768d01365612b9fd4ef99f');


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

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed', '2026-12-06 18:59:56.167+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-06 18:59:56.167+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.scan_recent', '2026-12-06 18:59:56.167+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed_older_than_15d', '998a5058-bdf8-4ad5-980f-6ea6e8817d4c', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 18:59:56.167+00', NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_high_unfixed_older_than_30d', '998a5058-bdf8-4ad5-980f-6ea6e8817d4c', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 18:59:56.167+00', NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed_older_than_15d', 'd7d785d1-09d5-4fcb-8f93-f8eab9d3ac8d', 'fail', 'CVE-2019-18224 in libidn2-0 has been open for 2603 days with a fix available', '{"actual": "2603 days", "expected": "≤ 15 days", "attribute": "publishedAt"}', '2026-12-06 18:59:56.167+00', NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_high_unfixed_older_than_30d', 'd7d785d1-09d5-4fcb-8f93-f8eab9d3ac8d', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 18:59:56.167+00', NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed', 'a0af857c-1cf4-4fc5-99db-63bbd7d7139e', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 18:59:56.167+00', NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.scan_recent', 'a0af857c-1cf4-4fc5-99db-63bbd7d7139e', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old', '{"actual": "1929 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-06 18:59:56.167+00', NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed_older_than_15d', 'e6dc5bf5-1327-457e-84e3-88fbc8e33576', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 18:59:59.918+00', NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_high_unfixed_older_than_30d', 'e6dc5bf5-1327-457e-84e3-88fbc8e33576', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 18:59:59.918+00', NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed_older_than_15d', 'ddb13315-03ae-4c8d-abbd-1228aac87b8f', 'error', 'missing input: fix available', '{"attribute": "fixAvailable"}', '2026-12-06 18:59:59.918+00', NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_high_unfixed_older_than_30d', 'ddb13315-03ae-4c8d-abbd-1228aac87b8f', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 18:59:59.918+00', NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.no_critical_unfixed', '2bfa465c-657f-49ef-9fe7-7cb1bc044715', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 18:59:59.918+00', NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'vuln.scan_recent', '2bfa465c-657f-49ef-9fe7-7cb1bc044715', 'error', 'missing input: scanned at', '{"attribute": "scannedAt"}', '2026-12-06 18:59:59.918+00', NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('11da309d-e618-4a69-a296-d7004acb5806', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-06 19:00:00.007+00', '2026-12-06 19:00:00.007+00', 'ok', NULL, '2026-12-06 18:59:59.76174+00');
INSERT INTO public.connectors VALUES ('ca65b6a6-e5e5-40cb-a738-96e04fb32653', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-06 19:00:00.045398+00');


--
-- Data for Name: continuity_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('bd937c02-8ad0-4c6f-9103-c2a285c1e35e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('c9690fe7-ec9c-4cb3-a344-34875d19ddcc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('c9690fe7-ec9c-4cb3-a344-34875d19ddcc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('c9690fe7-ec9c-4cb3-a344-34875d19ddcc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('52df657f-7dfd-4a88-846a-e7162a645d58', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('048ab89c-f429-411e-a313-b75ee7959e33', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('1edc3efb-6c27-4999-ad98-34f4a9490c0f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('1edc3efb-6c27-4999-ad98-34f4a9490c0f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('e631419b-1ecb-4ef6-b0ce-1e5667a36fb4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('e631419b-1ecb-4ef6-b0ce-1e5667a36fb4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('e631419b-1ecb-4ef6-b0ce-1e5667a36fb4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('ccc48b51-3f5c-4cd2-baee-916acf321188', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('ccc48b51-3f5c-4cd2-baee-916acf321188', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('26047b45-752a-4235-a6a9-28bdfd2a1ba7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('26047b45-752a-4235-a6a9-28bdfd2a1ba7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('3be59263-2cba-4a6e-a7f7-aef8995b868e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('3be59263-2cba-4a6e-a7f7-aef8995b868e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('f4a1cb80-d359-4cf5-bafe-8ee8066cbdcb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('d479dd4b-8e3e-470e-87c6-1526a1084a55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('d479dd4b-8e3e-470e-87c6-1526a1084a55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('fac0a94c-460e-4189-9de3-fe33c8978cba', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('fac0a94c-460e-4189-9de3-fe33c8978cba', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('fac0a94c-460e-4189-9de3-fe33c8978cba', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('66cc6ea9-8138-4799-b480-bf1902ba6c68', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('42e4993d-4429-48c7-9f7c-36a585bdd2eb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('42e4993d-4429-48c7-9f7c-36a585bdd2eb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('bb29d4f7-c586-4b13-937d-c4b28f163ded', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('bb29d4f7-c586-4b13-937d-c4b28f163ded', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('bb29d4f7-c586-4b13-937d-c4b28f163ded', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('377ce94c-8aed-463e-bae1-8200f355abe3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('377ce94c-8aed-463e-bae1-8200f355abe3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('377ce94c-8aed-463e-bae1-8200f355abe3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('a2b958e5-e44d-483f-9516-43d00eccbd42', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('2619ea4c-2119-4de0-add6-92f83ffe4425', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('2619ea4c-2119-4de0-add6-92f83ffe4425', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('2619ea4c-2119-4de0-add6-92f83ffe4425', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('9483de35-0e90-4669-9735-219c9850ba49', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('016ee0b1-5600-4ebe-8666-9a8b57e7d3bd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('016ee0b1-5600-4ebe-8666-9a8b57e7d3bd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b39c3ff9-d269-494a-b817-f91e3fd929a2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('3e830405-260b-4cb7-b33f-a61c955e7f62', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('3e830405-260b-4cb7-b33f-a61c955e7f62', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('57f43803-ee02-40b3-82c2-ba868fc1edb2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('613c17fa-c138-4119-a26b-68a60d60b9ab', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('d561d340-4a21-42dc-8318-d5aaf592a9cb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('d561d340-4a21-42dc-8318-d5aaf592a9cb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('4ea0a916-ec34-4b39-ae20-4c5b3c8a7591', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('4ea0a916-ec34-4b39-ae20-4c5b3c8a7591', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('0404754b-81e6-4377-a174-bc4955d20729', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('0404754b-81e6-4377-a174-bc4955d20729', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('41b85d36-3a41-4af1-8de9-26b59f69cbe9', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('41b85d36-3a41-4af1-8de9-26b59f69cbe9', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('41b85d36-3a41-4af1-8de9-26b59f69cbe9', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('556946c3-96a1-46a1-b411-960296cb39cc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('556946c3-96a1-46a1-b411-960296cb39cc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('5b6e7c5c-9341-4103-9276-a26ca3218f8f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('5b6e7c5c-9341-4103-9276-a26ca3218f8f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('2c2319b2-9840-4c77-b9c4-674ec20fa650', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('2c2319b2-9840-4c77-b9c4-674ec20fa650', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('a2c59ebc-a184-4262-83ec-800ee39053ac', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('a2c59ebc-a184-4262-83ec-800ee39053ac', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('8a0391cb-f5c5-4607-aedb-973c7c429840', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('82494f8e-68d5-4d4c-8993-c81030e6a566', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('4bfe0513-9a45-49ec-af69-d09f3c9c5423', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('4bfe0513-9a45-49ec-af69-d09f3c9c5423', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('e9e18ae5-2dfa-4899-af6e-51616a9dffef', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('e9e18ae5-2dfa-4899-af6e-51616a9dffef', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('e2f78fe7-a25c-49b2-a97d-22f2b6142a69', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('e2f78fe7-a25c-49b2-a97d-22f2b6142a69', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('8d7042cf-481c-4f15-88bc-48c3e575c129', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('8d7042cf-481c-4f15-88bc-48c3e575c129', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('a36cf853-1d18-4a26-855a-fc28ad9e6363', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('a36cf853-1d18-4a26-855a-fc28ad9e6363', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('a36cf853-1d18-4a26-855a-fc28ad9e6363', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P6.4');
INSERT INTO public.control_criteria VALUES ('a36cf853-1d18-4a26-855a-fc28ad9e6363', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P6.5');
INSERT INTO public.control_criteria VALUES ('0d11559b-7ee7-401a-99ac-9cb823343f66', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('0d11559b-7ee7-401a-99ac-9cb823343f66', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.2');
INSERT INTO public.control_criteria VALUES ('0d11559b-7ee7-401a-99ac-9cb823343f66', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('80439f7e-e292-4a22-9e61-ead6c234d3cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P6.5');
INSERT INTO public.control_criteria VALUES ('80439f7e-e292-4a22-9e61-ead6c234d3cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('e778ff34-889f-47ee-93b0-207eaeb8cb9f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('e778ff34-889f-47ee-93b0-207eaeb8cb9f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('cde3e44b-820b-4676-b840-f566cf8a7354', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('cde3e44b-820b-4676-b840-f566cf8a7354', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('10bd847f-61a8-4079-b4b7-dbff5c89c829', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('10bd847f-61a8-4079-b4b7-dbff5c89c829', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('5d3b6026-e4be-4dbb-a918-15b6cb2651e6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('5d3b6026-e4be-4dbb-a918-15b6cb2651e6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('d5baf90b-5b87-43de-8b70-c30e13e65c55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('d5baf90b-5b87-43de-8b70-c30e13e65c55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('d5baf90b-5b87-43de-8b70-c30e13e65c55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('03ccc366-5bc6-4658-8ef9-f6608b351192', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('03ccc366-5bc6-4658-8ef9-f6608b351192', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('fcef5c44-5652-41a4-a3f9-739aeaf2d9f8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('c2ec701d-8102-4b7a-9334-e895a86763c5', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('c2ec701d-8102-4b7a-9334-e895a86763c5', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('3b4b64fe-1d4d-496f-9033-2814f3847eb7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('3b4b64fe-1d4d-496f-9033-2814f3847eb7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('b396393f-d05e-4080-ad6d-703775b4937f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('d3ca6902-66a6-46bc-95f6-25c09a18badc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('d3ca6902-66a6-46bc-95f6-25c09a18badc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('2a5acba2-0235-46dd-a573-9ad0e7cc233c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('1a22e3a1-ceec-4a99-9c33-59466cd1e292', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('67aab170-268f-4d6b-be61-03f812e2d2e3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('67aab170-268f-4d6b-be61-03f812e2d2e3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('175f7e0c-93af-483d-82b7-05b0d689f7a7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('175f7e0c-93af-483d-82b7-05b0d689f7a7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('175f7e0c-93af-483d-82b7-05b0d689f7a7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('f4946ec6-51b0-418e-a8f5-8f8edf55711f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('fc181ad9-dc86-4715-a87d-bffea50aac97', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('2c4209e3-99b2-4918-bbbf-35a37173aa79', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('2c4209e3-99b2-4918-bbbf-35a37173aa79', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('2c4209e3-99b2-4918-bbbf-35a37173aa79', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('a34f597b-9ff8-4e0d-b47f-e63a3d659f2a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('a34f597b-9ff8-4e0d-b47f-e63a3d659f2a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('cd5ff806-2488-4ac9-9ca9-65b17c4f3d02', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('16edbb7a-275c-4834-ad0c-facf0fb6202a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('16edbb7a-275c-4834-ad0c-facf0fb6202a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('d3ccef2b-545c-4680-9f8d-fb44d6e316fe', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('d3ccef2b-545c-4680-9f8d-fb44d6e316fe', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('d22aa656-a308-4c02-8c35-b7147a05b9da', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('d22aa656-a308-4c02-8c35-b7147a05b9da', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('56fdeef0-5cf1-49ae-a453-8629f1c87282', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('4ccac736-b1c5-4ce0-8a0d-baee5836e30c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('4ccac736-b1c5-4ce0-8a0d-baee5836e30c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('60fb7cb8-8f77-4a34-b4fb-209abc7b256a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('e1f04616-e948-4207-bea8-3fbc0326c692', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('e1f04616-e948-4207-bea8-3fbc0326c692', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('2b52806f-8b5e-4c5a-a741-06c5ef974e5b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('2b52806f-8b5e-4c5a-a741-06c5ef974e5b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('2fe85607-2000-4684-9b20-6c98f9f4ef5e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('2fe85607-2000-4684-9b20-6c98f9f4ef5e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('47a8d424-5c85-4e9a-82f5-ec6495c16ae5', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('a91754df-2f8d-4988-aa58-d08db2f1cede', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('a91754df-2f8d-4988-aa58-d08db2f1cede', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('5b9105f7-f91f-4bb5-89eb-3bfb1c73a29d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('5b9105f7-f91f-4bb5-89eb-3bfb1c73a29d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('5b9105f7-f91f-4bb5-89eb-3bfb1c73a29d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('7172402e-bd10-41ca-bc15-e1c1beea1370', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('7172402e-bd10-41ca-bc15-e1c1beea1370', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('0bdadd97-9dd0-43cd-af31-cee894218ff1', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('4cac78fc-2958-4df7-b704-41b178676927', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('4cac78fc-2958-4df7-b704-41b178676927', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('4cac78fc-2958-4df7-b704-41b178676927', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('5e1b5472-ddad-493b-9073-213990a3ff85', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('5e1b5472-ddad-493b-9073-213990a3ff85', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('8881c3ff-3d02-4c52-8336-d1bc3f3f2128', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('8881c3ff-3d02-4c52-8336-d1bc3f3f2128', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('2abdbe60-931f-4c18-8dd2-500f5c0293ab', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('2abdbe60-931f-4c18-8dd2-500f5c0293ab', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('3727b55e-9d26-4802-b363-c49bb512c957', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('3727b55e-9d26-4802-b363-c49bb512c957', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('f18ef621-4e0c-4389-aac0-c9e968861d25', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('f18ef621-4e0c-4389-aac0-c9e968861d25', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('d87d9e99-56e3-470d-aac5-6ee97bfbf675', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('d87d9e99-56e3-470d-aac5-6ee97bfbf675', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('1562b6dd-d374-469d-9d6e-e6f0f749fe9d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('1562b6dd-d374-469d-9d6e-e6f0f749fe9d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('ac90c5bf-c974-46b2-ab0a-31f8d7bed9d4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('ac90c5bf-c974-46b2-ab0a-31f8d7bed9d4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('ac90c5bf-c974-46b2-ab0a-31f8d7bed9d4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('a3efef61-df32-4d5e-b9fb-04e16062ccb6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('a3efef61-df32-4d5e-b9fb-04e16062ccb6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('8f235971-038f-4187-8e77-aabd841cf9d7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('8f235971-038f-4187-8e77-aabd841cf9d7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('7cb06dfd-2a85-4d13-a4b1-7b45f1d032ae', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('7cb06dfd-2a85-4d13-a4b1-7b45f1d032ae', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('1a41a99d-8b94-4249-a2f7-250c1043c318', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('1a41a99d-8b94-4249-a2f7-250c1043c318', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('64ddd45a-519f-47ee-a98a-23138e83e722', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('99473013-ddc2-4bd1-bf1f-319410adab92', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('99473013-ddc2-4bd1-bf1f-319410adab92', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('7b36827b-44dd-4474-8b03-7d330da6d982', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('7b36827b-44dd-4474-8b03-7d330da6d982', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('7b36827b-44dd-4474-8b03-7d330da6d982', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.1');
INSERT INTO public.control_criteria VALUES ('d6a7d5db-3e5f-4bf0-83f3-f69d9801e9a3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('d6a7d5db-3e5f-4bf0-83f3-f69d9801e9a3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('8b2d18b3-99be-40f3-b25b-ed0f6fae3c95', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('8b2d18b3-99be-40f3-b25b-ed0f6fae3c95', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('8b2d18b3-99be-40f3-b25b-ed0f6fae3c95', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('4aef2edd-7034-442a-a252-4a7fc80464c3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('4aef2edd-7034-442a-a252-4a7fc80464c3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('4aef2edd-7034-442a-a252-4a7fc80464c3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('1c3a1f63-6f31-4c1d-9a57-c95a46747cb2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('1c3a1f63-6f31-4c1d-9a57-c95a46747cb2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('c80ac7ae-98c7-47eb-b9f4-8edee791a9cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('c80ac7ae-98c7-47eb-b9f4-8edee791a9cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('c80ac7ae-98c7-47eb-b9f4-8edee791a9cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('991f608b-8ea3-47ce-8a53-c1e86a44f18f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('991f608b-8ea3-47ce-8a53-c1e86a44f18f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('991f608b-8ea3-47ce-8a53-c1e86a44f18f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('b31bfef9-c63c-41a4-b720-55f01471b124', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('b31bfef9-c63c-41a4-b720-55f01471b124', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('b31bfef9-c63c-41a4-b720-55f01471b124', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P6.6');
INSERT INTO public.control_criteria VALUES ('2fda405f-f45b-4574-93b0-feb69408055b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('2fda405f-f45b-4574-93b0-feb69408055b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('16c0058b-7433-4149-bf39-a74d22cd6f47', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('16c0058b-7433-4149-bf39-a74d22cd6f47', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P6.3');
INSERT INTO public.control_criteria VALUES ('ca4c830d-e455-4fc2-a7af-68f339c8c943', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('ca4c830d-e455-4fc2-a7af-68f339c8c943', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('88ccf3ed-7bff-4c0a-878b-5c3a311dcc7b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('88ccf3ed-7bff-4c0a-878b-5c3a311dcc7b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('7141573b-0fe5-4852-b06d-ca58f35b0d81', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('7141573b-0fe5-4852-b06d-ca58f35b0d81', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('7141573b-0fe5-4852-b06d-ca58f35b0d81', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('7d45611b-68d1-49af-916e-36c23e0bbefd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('7d45611b-68d1-49af-916e-36c23e0bbefd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('88d10a23-be59-41ca-a810-09dc50bbb3bf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.3');
INSERT INTO public.control_criteria VALUES ('88d10a23-be59-41ca-a810-09dc50bbb3bf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('88d10a23-be59-41ca-a810-09dc50bbb3bf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('2beaf5ff-562e-44c6-97db-c6e012f3a5c2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('2beaf5ff-562e-44c6-97db-c6e012f3a5c2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('c88c5286-f484-4988-8429-83b6867c801c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('36d339dc-2525-4c3d-861c-cd4ed8fab117', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('53296b61-322f-40bf-aed7-982635c6c9c6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.3');
INSERT INTO public.control_criteria VALUES ('53296b61-322f-40bf-aed7-982635c6c9c6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('f410442e-a2b2-4bf4-a798-ef6b99888c24', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.2');
INSERT INTO public.control_criteria VALUES ('f410442e-a2b2-4bf4-a798-ef6b99888c24', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('489170ed-fb47-42b3-8edf-838cd1cd53f9', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.1');
INSERT INTO public.control_criteria VALUES ('8cdeb4fa-197e-462c-838e-52bb9f1fbad7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.1');
INSERT INTO public.control_criteria VALUES ('a4c37d55-ab83-4606-b979-e6ab44c46b53', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.1');
INSERT INTO public.control_criteria VALUES ('2081c527-7fa7-4c21-81f8-9d0c6121e6bc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.1');
INSERT INTO public.control_criteria VALUES ('2081c527-7fa7-4c21-81f8-9d0c6121e6bc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('145e5b84-4e89-4d37-a4fb-e0ca0755f69d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'A1.1');
INSERT INTO public.control_criteria VALUES ('145e5b84-4e89-4d37-a4fb-e0ca0755f69d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('1e47c7a4-0f79-45c7-b30b-1aafbe57b32b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('1e47c7a4-0f79-45c7-b30b-1aafbe57b32b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('49cf173a-cc47-451f-ad7b-aa61430feb13', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('49cf173a-cc47-451f-ad7b-aa61430feb13', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('b30e3ae7-6ce6-4089-a920-073b4eaf65e2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('b30e3ae7-6ce6-4089-a920-073b4eaf65e2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.2');
INSERT INTO public.control_criteria VALUES ('b30e3ae7-6ce6-4089-a920-073b4eaf65e2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.2');
INSERT INTO public.control_criteria VALUES ('bdac10e2-6c5d-40f5-807a-cd492dc80a19', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.2');
INSERT INTO public.control_criteria VALUES ('bdac10e2-6c5d-40f5-807a-cd492dc80a19', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.2');
INSERT INTO public.control_criteria VALUES ('bdac10e2-6c5d-40f5-807a-cd492dc80a19', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.3');
INSERT INTO public.control_criteria VALUES ('076d364b-515a-4b45-978d-18c0e461d77c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.2');
INSERT INTO public.control_criteria VALUES ('076d364b-515a-4b45-978d-18c0e461d77c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.3');
INSERT INTO public.control_criteria VALUES ('e38336e1-1544-4077-9e65-700f48c4804e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('e38336e1-1544-4077-9e65-700f48c4804e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.2');
INSERT INTO public.control_criteria VALUES ('7c9416e4-8d61-43ce-8cb7-2e28fa68a4f8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('7c9416e4-8d61-43ce-8cb7-2e28fa68a4f8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('e1afb00b-7b69-47a1-9750-e4f41e2c5298', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'C1.1');
INSERT INTO public.control_criteria VALUES ('e1afb00b-7b69-47a1-9750-e4f41e2c5298', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('e1afb00b-7b69-47a1-9750-e4f41e2c5298', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.1');
INSERT INTO public.control_criteria VALUES ('48fc740b-5efc-4713-ba5e-e61856ed5f06', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('48fc740b-5efc-4713-ba5e-e61856ed5f06', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('0d515a78-c2f6-4392-a90c-c3ccb9e87959', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P1.1');
INSERT INTO public.control_criteria VALUES ('0d515a78-c2f6-4392-a90c-c3ccb9e87959', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('4360bb81-3cf4-43bf-9d55-7278496d2896', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.1');
INSERT INTO public.control_criteria VALUES ('4360bb81-3cf4-43bf-9d55-7278496d2896', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P2.1');
INSERT INTO public.control_criteria VALUES ('4360bb81-3cf4-43bf-9d55-7278496d2896', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('65f2441a-4fd3-4c2a-9bd1-927219719872', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('65f2441a-4fd3-4c2a-9bd1-927219719872', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('65f2441a-4fd3-4c2a-9bd1-927219719872', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P4.1');
INSERT INTO public.control_criteria VALUES ('ea0750fa-9ebd-411c-9e6c-15eab5d1fccf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'P8.1');
INSERT INTO public.control_criteria VALUES ('ea0750fa-9ebd-411c-9e6c-15eab5d1fccf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CC4.1');


--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('bd937c02-8ad0-4c6f-9103-c2a285c1e35e', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "bd937c02-8ad0-4c6f-9103-c2a285c1e35e", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('c9690fe7-ec9c-4cb3-a344-34875d19ddcc', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "c9690fe7-ec9c-4cb3-a344-34875d19ddcc", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('52df657f-7dfd-4a88-846a-e7162a645d58', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "52df657f-7dfd-4a88-846a-e7162a645d58", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('048ab89c-f429-411e-a313-b75ee7959e33', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "048ab89c-f429-411e-a313-b75ee7959e33", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('1edc3efb-6c27-4999-ad98-34f4a9490c0f', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "1edc3efb-6c27-4999-ad98-34f4a9490c0f", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e631419b-1ecb-4ef6-b0ce-1e5667a36fb4', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e631419b-1ecb-4ef6-b0ce-1e5667a36fb4", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('ccc48b51-3f5c-4cd2-baee-916acf321188', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "ccc48b51-3f5c-4cd2-baee-916acf321188", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('26047b45-752a-4235-a6a9-28bdfd2a1ba7', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "26047b45-752a-4235-a6a9-28bdfd2a1ba7", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('3be59263-2cba-4a6e-a7f7-aef8995b868e', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "3be59263-2cba-4a6e-a7f7-aef8995b868e", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('f4a1cb80-d359-4cf5-bafe-8ee8066cbdcb', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "f4a1cb80-d359-4cf5-bafe-8ee8066cbdcb", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d479dd4b-8e3e-470e-87c6-1526a1084a55', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d479dd4b-8e3e-470e-87c6-1526a1084a55", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('fac0a94c-460e-4189-9de3-fe33c8978cba', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "fac0a94c-460e-4189-9de3-fe33c8978cba", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('66cc6ea9-8138-4799-b480-bf1902ba6c68', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "66cc6ea9-8138-4799-b480-bf1902ba6c68", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('42e4993d-4429-48c7-9f7c-36a585bdd2eb', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "42e4993d-4429-48c7-9f7c-36a585bdd2eb", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('bb29d4f7-c586-4b13-937d-c4b28f163ded', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "bb29d4f7-c586-4b13-937d-c4b28f163ded", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('377ce94c-8aed-463e-bae1-8200f355abe3', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "377ce94c-8aed-463e-bae1-8200f355abe3", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a2b958e5-e44d-483f-9516-43d00eccbd42', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a2b958e5-e44d-483f-9516-43d00eccbd42", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2619ea4c-2119-4de0-add6-92f83ffe4425', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2619ea4c-2119-4de0-add6-92f83ffe4425", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('9483de35-0e90-4669-9735-219c9850ba49', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "9483de35-0e90-4669-9735-219c9850ba49", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('016ee0b1-5600-4ebe-8666-9a8b57e7d3bd', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "016ee0b1-5600-4ebe-8666-9a8b57e7d3bd", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('b39c3ff9-d269-494a-b817-f91e3fd929a2', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "b39c3ff9-d269-494a-b817-f91e3fd929a2", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('3e830405-260b-4cb7-b33f-a61c955e7f62', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "3e830405-260b-4cb7-b33f-a61c955e7f62", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('57f43803-ee02-40b3-82c2-ba868fc1edb2', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "57f43803-ee02-40b3-82c2-ba868fc1edb2", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('613c17fa-c138-4119-a26b-68a60d60b9ab', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "613c17fa-c138-4119-a26b-68a60d60b9ab", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d561d340-4a21-42dc-8318-d5aaf592a9cb', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d561d340-4a21-42dc-8318-d5aaf592a9cb", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('4ea0a916-ec34-4b39-ae20-4c5b3c8a7591', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "4ea0a916-ec34-4b39-ae20-4c5b3c8a7591", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('0404754b-81e6-4377-a174-bc4955d20729', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "0404754b-81e6-4377-a174-bc4955d20729", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('41b85d36-3a41-4af1-8de9-26b59f69cbe9', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "41b85d36-3a41-4af1-8de9-26b59f69cbe9", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('556946c3-96a1-46a1-b411-960296cb39cc', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "556946c3-96a1-46a1-b411-960296cb39cc", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('5b6e7c5c-9341-4103-9276-a26ca3218f8f', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "5b6e7c5c-9341-4103-9276-a26ca3218f8f", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2c2319b2-9840-4c77-b9c4-674ec20fa650', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2c2319b2-9840-4c77-b9c4-674ec20fa650", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a2c59ebc-a184-4262-83ec-800ee39053ac', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a2c59ebc-a184-4262-83ec-800ee39053ac", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('8a0391cb-f5c5-4607-aedb-973c7c429840', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "8a0391cb-f5c5-4607-aedb-973c7c429840", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('82494f8e-68d5-4d4c-8993-c81030e6a566', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "82494f8e-68d5-4d4c-8993-c81030e6a566", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('4bfe0513-9a45-49ec-af69-d09f3c9c5423', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "4bfe0513-9a45-49ec-af69-d09f3c9c5423", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e9e18ae5-2dfa-4899-af6e-51616a9dffef', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e9e18ae5-2dfa-4899-af6e-51616a9dffef", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e2f78fe7-a25c-49b2-a97d-22f2b6142a69', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e2f78fe7-a25c-49b2-a97d-22f2b6142a69", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('8d7042cf-481c-4f15-88bc-48c3e575c129', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "8d7042cf-481c-4f15-88bc-48c3e575c129", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a36cf853-1d18-4a26-855a-fc28ad9e6363', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a36cf853-1d18-4a26-855a-fc28ad9e6363", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('0d11559b-7ee7-401a-99ac-9cb823343f66', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "0d11559b-7ee7-401a-99ac-9cb823343f66", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('80439f7e-e292-4a22-9e61-ead6c234d3cf', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "80439f7e-e292-4a22-9e61-ead6c234d3cf", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e778ff34-889f-47ee-93b0-207eaeb8cb9f', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e778ff34-889f-47ee-93b0-207eaeb8cb9f", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('cde3e44b-820b-4676-b840-f566cf8a7354', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "cde3e44b-820b-4676-b840-f566cf8a7354", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('10bd847f-61a8-4079-b4b7-dbff5c89c829', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "10bd847f-61a8-4079-b4b7-dbff5c89c829", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('5d3b6026-e4be-4dbb-a918-15b6cb2651e6', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "5d3b6026-e4be-4dbb-a918-15b6cb2651e6", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d5baf90b-5b87-43de-8b70-c30e13e65c55', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d5baf90b-5b87-43de-8b70-c30e13e65c55", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('03ccc366-5bc6-4658-8ef9-f6608b351192', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "03ccc366-5bc6-4658-8ef9-f6608b351192", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('fcef5c44-5652-41a4-a3f9-739aeaf2d9f8', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "fcef5c44-5652-41a4-a3f9-739aeaf2d9f8", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('c2ec701d-8102-4b7a-9334-e895a86763c5', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "c2ec701d-8102-4b7a-9334-e895a86763c5", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('3b4b64fe-1d4d-496f-9033-2814f3847eb7', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "3b4b64fe-1d4d-496f-9033-2814f3847eb7", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('b396393f-d05e-4080-ad6d-703775b4937f', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "b396393f-d05e-4080-ad6d-703775b4937f", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d3ca6902-66a6-46bc-95f6-25c09a18badc', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d3ca6902-66a6-46bc-95f6-25c09a18badc", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2a5acba2-0235-46dd-a573-9ad0e7cc233c', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2a5acba2-0235-46dd-a573-9ad0e7cc233c", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('1a22e3a1-ceec-4a99-9c33-59466cd1e292', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "1a22e3a1-ceec-4a99-9c33-59466cd1e292", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('67aab170-268f-4d6b-be61-03f812e2d2e3', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "67aab170-268f-4d6b-be61-03f812e2d2e3", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('175f7e0c-93af-483d-82b7-05b0d689f7a7', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "175f7e0c-93af-483d-82b7-05b0d689f7a7", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('f4946ec6-51b0-418e-a8f5-8f8edf55711f', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "f4946ec6-51b0-418e-a8f5-8f8edf55711f", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('fc181ad9-dc86-4715-a87d-bffea50aac97', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "fc181ad9-dc86-4715-a87d-bffea50aac97", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2c4209e3-99b2-4918-bbbf-35a37173aa79', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2c4209e3-99b2-4918-bbbf-35a37173aa79", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a34f597b-9ff8-4e0d-b47f-e63a3d659f2a', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a34f597b-9ff8-4e0d-b47f-e63a3d659f2a", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('cd5ff806-2488-4ac9-9ca9-65b17c4f3d02', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "cd5ff806-2488-4ac9-9ca9-65b17c4f3d02", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('16edbb7a-275c-4834-ad0c-facf0fb6202a', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "16edbb7a-275c-4834-ad0c-facf0fb6202a", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d3ccef2b-545c-4680-9f8d-fb44d6e316fe', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d3ccef2b-545c-4680-9f8d-fb44d6e316fe", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d22aa656-a308-4c02-8c35-b7147a05b9da', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d22aa656-a308-4c02-8c35-b7147a05b9da", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('56fdeef0-5cf1-49ae-a453-8629f1c87282', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "56fdeef0-5cf1-49ae-a453-8629f1c87282", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('4ccac736-b1c5-4ce0-8a0d-baee5836e30c', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "4ccac736-b1c5-4ce0-8a0d-baee5836e30c", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('60fb7cb8-8f77-4a34-b4fb-209abc7b256a', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "60fb7cb8-8f77-4a34-b4fb-209abc7b256a", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e1f04616-e948-4207-bea8-3fbc0326c692', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e1f04616-e948-4207-bea8-3fbc0326c692", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2b52806f-8b5e-4c5a-a741-06c5ef974e5b', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2b52806f-8b5e-4c5a-a741-06c5ef974e5b", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2fe85607-2000-4684-9b20-6c98f9f4ef5e', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2fe85607-2000-4684-9b20-6c98f9f4ef5e", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('47a8d424-5c85-4e9a-82f5-ec6495c16ae5', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "47a8d424-5c85-4e9a-82f5-ec6495c16ae5", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a91754df-2f8d-4988-aa58-d08db2f1cede', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a91754df-2f8d-4988-aa58-d08db2f1cede", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('5b9105f7-f91f-4bb5-89eb-3bfb1c73a29d', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "5b9105f7-f91f-4bb5-89eb-3bfb1c73a29d", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('7172402e-bd10-41ca-bc15-e1c1beea1370', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "7172402e-bd10-41ca-bc15-e1c1beea1370", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('0bdadd97-9dd0-43cd-af31-cee894218ff1', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "0bdadd97-9dd0-43cd-af31-cee894218ff1", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('4cac78fc-2958-4df7-b704-41b178676927', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "4cac78fc-2958-4df7-b704-41b178676927", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('5e1b5472-ddad-493b-9073-213990a3ff85', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "5e1b5472-ddad-493b-9073-213990a3ff85", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('8881c3ff-3d02-4c52-8336-d1bc3f3f2128', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "8881c3ff-3d02-4c52-8336-d1bc3f3f2128", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2abdbe60-931f-4c18-8dd2-500f5c0293ab', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2abdbe60-931f-4c18-8dd2-500f5c0293ab", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('3727b55e-9d26-4802-b363-c49bb512c957', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "3727b55e-9d26-4802-b363-c49bb512c957", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('f18ef621-4e0c-4389-aac0-c9e968861d25', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "f18ef621-4e0c-4389-aac0-c9e968861d25", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d87d9e99-56e3-470d-aac5-6ee97bfbf675', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d87d9e99-56e3-470d-aac5-6ee97bfbf675", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('1562b6dd-d374-469d-9d6e-e6f0f749fe9d', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "1562b6dd-d374-469d-9d6e-e6f0f749fe9d", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('ac90c5bf-c974-46b2-ab0a-31f8d7bed9d4', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "ac90c5bf-c974-46b2-ab0a-31f8d7bed9d4", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a3efef61-df32-4d5e-b9fb-04e16062ccb6', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a3efef61-df32-4d5e-b9fb-04e16062ccb6", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('8f235971-038f-4187-8e77-aabd841cf9d7', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "8f235971-038f-4187-8e77-aabd841cf9d7", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('7cb06dfd-2a85-4d13-a4b1-7b45f1d032ae', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "7cb06dfd-2a85-4d13-a4b1-7b45f1d032ae", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('1a41a99d-8b94-4249-a2f7-250c1043c318', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "1a41a99d-8b94-4249-a2f7-250c1043c318", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('64ddd45a-519f-47ee-a98a-23138e83e722', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "64ddd45a-519f-47ee-a98a-23138e83e722", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('99473013-ddc2-4bd1-bf1f-319410adab92', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "99473013-ddc2-4bd1-bf1f-319410adab92", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('7b36827b-44dd-4474-8b03-7d330da6d982', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "7b36827b-44dd-4474-8b03-7d330da6d982", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('d6a7d5db-3e5f-4bf0-83f3-f69d9801e9a3', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "d6a7d5db-3e5f-4bf0-83f3-f69d9801e9a3", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('8b2d18b3-99be-40f3-b25b-ed0f6fae3c95', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "8b2d18b3-99be-40f3-b25b-ed0f6fae3c95", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('4aef2edd-7034-442a-a252-4a7fc80464c3', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "4aef2edd-7034-442a-a252-4a7fc80464c3", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('1c3a1f63-6f31-4c1d-9a57-c95a46747cb2', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "1c3a1f63-6f31-4c1d-9a57-c95a46747cb2", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('c80ac7ae-98c7-47eb-b9f4-8edee791a9cf', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "c80ac7ae-98c7-47eb-b9f4-8edee791a9cf", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('991f608b-8ea3-47ce-8a53-c1e86a44f18f', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "991f608b-8ea3-47ce-8a53-c1e86a44f18f", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('b31bfef9-c63c-41a4-b720-55f01471b124', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "b31bfef9-c63c-41a4-b720-55f01471b124", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2fda405f-f45b-4574-93b0-feb69408055b', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2fda405f-f45b-4574-93b0-feb69408055b", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('16c0058b-7433-4149-bf39-a74d22cd6f47', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "16c0058b-7433-4149-bf39-a74d22cd6f47", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('ca4c830d-e455-4fc2-a7af-68f339c8c943', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "ca4c830d-e455-4fc2-a7af-68f339c8c943", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('88ccf3ed-7bff-4c0a-878b-5c3a311dcc7b', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "88ccf3ed-7bff-4c0a-878b-5c3a311dcc7b", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('7141573b-0fe5-4852-b06d-ca58f35b0d81', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "7141573b-0fe5-4852-b06d-ca58f35b0d81", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('7d45611b-68d1-49af-916e-36c23e0bbefd', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "7d45611b-68d1-49af-916e-36c23e0bbefd", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('88d10a23-be59-41ca-a810-09dc50bbb3bf', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "88d10a23-be59-41ca-a810-09dc50bbb3bf", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2beaf5ff-562e-44c6-97db-c6e012f3a5c2', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2beaf5ff-562e-44c6-97db-c6e012f3a5c2", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('c88c5286-f484-4988-8429-83b6867c801c', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "c88c5286-f484-4988-8429-83b6867c801c", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('36d339dc-2525-4c3d-861c-cd4ed8fab117', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "36d339dc-2525-4c3d-861c-cd4ed8fab117", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('53296b61-322f-40bf-aed7-982635c6c9c6', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "53296b61-322f-40bf-aed7-982635c6c9c6", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('f410442e-a2b2-4bf4-a798-ef6b99888c24', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "f410442e-a2b2-4bf4-a798-ef6b99888c24", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('489170ed-fb47-42b3-8edf-838cd1cd53f9', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "489170ed-fb47-42b3-8edf-838cd1cd53f9", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('8cdeb4fa-197e-462c-838e-52bb9f1fbad7', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "8cdeb4fa-197e-462c-838e-52bb9f1fbad7", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('a4c37d55-ab83-4606-b979-e6ab44c46b53', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "a4c37d55-ab83-4606-b979-e6ab44c46b53", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('2081c527-7fa7-4c21-81f8-9d0c6121e6bc', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "2081c527-7fa7-4c21-81f8-9d0c6121e6bc", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('145e5b84-4e89-4d37-a4fb-e0ca0755f69d', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "145e5b84-4e89-4d37-a4fb-e0ca0755f69d", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('1e47c7a4-0f79-45c7-b30b-1aafbe57b32b', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "1e47c7a4-0f79-45c7-b30b-1aafbe57b32b", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('49cf173a-cc47-451f-ad7b-aa61430feb13', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "49cf173a-cc47-451f-ad7b-aa61430feb13", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('b30e3ae7-6ce6-4089-a920-073b4eaf65e2', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "b30e3ae7-6ce6-4089-a920-073b4eaf65e2", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('bdac10e2-6c5d-40f5-807a-cd492dc80a19', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "bdac10e2-6c5d-40f5-807a-cd492dc80a19", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('076d364b-515a-4b45-978d-18c0e461d77c', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "076d364b-515a-4b45-978d-18c0e461d77c", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e38336e1-1544-4077-9e65-700f48c4804e', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e38336e1-1544-4077-9e65-700f48c4804e", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('7c9416e4-8d61-43ce-8cb7-2e28fa68a4f8', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "7c9416e4-8d61-43ce-8cb7-2e28fa68a4f8", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e1afb00b-7b69-47a1-9750-e4f41e2c5298', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e1afb00b-7b69-47a1-9750-e4f41e2c5298", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('48fc740b-5efc-4713-ba5e-e61856ed5f06', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "48fc740b-5efc-4713-ba5e-e61856ed5f06", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('0d515a78-c2f6-4392-a90c-c3ccb9e87959', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "0d515a78-c2f6-4392-a90c-c3ccb9e87959", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('4360bb81-3cf4-43bf-9d55-7278496d2896', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "4360bb81-3cf4-43bf-9d55-7278496d2896", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('65f2441a-4fd3-4c2a-9bd1-927219719872', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "65f2441a-4fd3-4c2a-9bd1-927219719872", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('ea0750fa-9ebd-411c-9e6c-15eab5d1fccf', 1, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "ea0750fa-9ebd-411c-9e6c-15eab5d1fccf", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.control_versions VALUES ('e778ff34-889f-47ee-93b0-207eaeb8cb9f', 2, 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '{"id": "e778ff34-889f-47ee-93b0-207eaeb8cb9f", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "e7c0f1e9-399b-458f-9971-5865e9944e4a", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test (token fill script)', '2026-12-06 19:00:00.192854+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('bd937c02-8ad0-4c6f-9103-c2a285c1e35e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('c9690fe7-ec9c-4cb3-a344-34875d19ddcc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('52df657f-7dfd-4a88-846a-e7162a645d58', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('048ab89c-f429-411e-a313-b75ee7959e33', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('1edc3efb-6c27-4999-ad98-34f4a9490c0f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e631419b-1ecb-4ef6-b0ce-1e5667a36fb4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('ccc48b51-3f5c-4cd2-baee-916acf321188', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('26047b45-752a-4235-a6a9-28bdfd2a1ba7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('3be59263-2cba-4a6e-a7f7-aef8995b868e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('f4a1cb80-d359-4cf5-bafe-8ee8066cbdcb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d479dd4b-8e3e-470e-87c6-1526a1084a55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('fac0a94c-460e-4189-9de3-fe33c8978cba', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('66cc6ea9-8138-4799-b480-bf1902ba6c68', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('42e4993d-4429-48c7-9f7c-36a585bdd2eb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('bb29d4f7-c586-4b13-937d-c4b28f163ded', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('377ce94c-8aed-463e-bae1-8200f355abe3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a2b958e5-e44d-483f-9516-43d00eccbd42', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2619ea4c-2119-4de0-add6-92f83ffe4425', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('9483de35-0e90-4669-9735-219c9850ba49', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('016ee0b1-5600-4ebe-8666-9a8b57e7d3bd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('b39c3ff9-d269-494a-b817-f91e3fd929a2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('3e830405-260b-4cb7-b33f-a61c955e7f62', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('57f43803-ee02-40b3-82c2-ba868fc1edb2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('613c17fa-c138-4119-a26b-68a60d60b9ab', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d561d340-4a21-42dc-8318-d5aaf592a9cb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('4ea0a916-ec34-4b39-ae20-4c5b3c8a7591', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('0404754b-81e6-4377-a174-bc4955d20729', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('41b85d36-3a41-4af1-8de9-26b59f69cbe9', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('556946c3-96a1-46a1-b411-960296cb39cc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('5b6e7c5c-9341-4103-9276-a26ca3218f8f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2c2319b2-9840-4c77-b9c4-674ec20fa650', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a2c59ebc-a184-4262-83ec-800ee39053ac', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('8a0391cb-f5c5-4607-aedb-973c7c429840', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('82494f8e-68d5-4d4c-8993-c81030e6a566', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('4bfe0513-9a45-49ec-af69-d09f3c9c5423', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e9e18ae5-2dfa-4899-af6e-51616a9dffef', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e2f78fe7-a25c-49b2-a97d-22f2b6142a69', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('0bdadd97-9dd0-43cd-af31-cee894218ff1', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('8d7042cf-481c-4f15-88bc-48c3e575c129', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a36cf853-1d18-4a26-855a-fc28ad9e6363', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('0d11559b-7ee7-401a-99ac-9cb823343f66', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('80439f7e-e292-4a22-9e61-ead6c234d3cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('cde3e44b-820b-4676-b840-f566cf8a7354', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('10bd847f-61a8-4079-b4b7-dbff5c89c829', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('5d3b6026-e4be-4dbb-a918-15b6cb2651e6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d5baf90b-5b87-43de-8b70-c30e13e65c55', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('03ccc366-5bc6-4658-8ef9-f6608b351192', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('fcef5c44-5652-41a4-a3f9-739aeaf2d9f8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('c2ec701d-8102-4b7a-9334-e895a86763c5', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('3b4b64fe-1d4d-496f-9033-2814f3847eb7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('b396393f-d05e-4080-ad6d-703775b4937f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d3ca6902-66a6-46bc-95f6-25c09a18badc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2a5acba2-0235-46dd-a573-9ad0e7cc233c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('1a22e3a1-ceec-4a99-9c33-59466cd1e292', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('67aab170-268f-4d6b-be61-03f812e2d2e3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('175f7e0c-93af-483d-82b7-05b0d689f7a7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('f4946ec6-51b0-418e-a8f5-8f8edf55711f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('fc181ad9-dc86-4715-a87d-bffea50aac97', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2c4209e3-99b2-4918-bbbf-35a37173aa79', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a34f597b-9ff8-4e0d-b47f-e63a3d659f2a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('cd5ff806-2488-4ac9-9ca9-65b17c4f3d02', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('16edbb7a-275c-4834-ad0c-facf0fb6202a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d3ccef2b-545c-4680-9f8d-fb44d6e316fe', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d22aa656-a308-4c02-8c35-b7147a05b9da', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('56fdeef0-5cf1-49ae-a453-8629f1c87282', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('4ccac736-b1c5-4ce0-8a0d-baee5836e30c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('60fb7cb8-8f77-4a34-b4fb-209abc7b256a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e1f04616-e948-4207-bea8-3fbc0326c692', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2b52806f-8b5e-4c5a-a741-06c5ef974e5b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2fe85607-2000-4684-9b20-6c98f9f4ef5e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('47a8d424-5c85-4e9a-82f5-ec6495c16ae5', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a91754df-2f8d-4988-aa58-d08db2f1cede', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('5b9105f7-f91f-4bb5-89eb-3bfb1c73a29d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('7172402e-bd10-41ca-bc15-e1c1beea1370', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('4cac78fc-2958-4df7-b704-41b178676927', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('5e1b5472-ddad-493b-9073-213990a3ff85', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('8881c3ff-3d02-4c52-8336-d1bc3f3f2128', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2abdbe60-931f-4c18-8dd2-500f5c0293ab', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('3727b55e-9d26-4802-b363-c49bb512c957', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('f18ef621-4e0c-4389-aac0-c9e968861d25', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d87d9e99-56e3-470d-aac5-6ee97bfbf675', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('1562b6dd-d374-469d-9d6e-e6f0f749fe9d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('ac90c5bf-c974-46b2-ab0a-31f8d7bed9d4', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a3efef61-df32-4d5e-b9fb-04e16062ccb6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('8f235971-038f-4187-8e77-aabd841cf9d7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('7cb06dfd-2a85-4d13-a4b1-7b45f1d032ae', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('1a41a99d-8b94-4249-a2f7-250c1043c318', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('64ddd45a-519f-47ee-a98a-23138e83e722', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('99473013-ddc2-4bd1-bf1f-319410adab92', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('7b36827b-44dd-4474-8b03-7d330da6d982', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('d6a7d5db-3e5f-4bf0-83f3-f69d9801e9a3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('8b2d18b3-99be-40f3-b25b-ed0f6fae3c95', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('4aef2edd-7034-442a-a252-4a7fc80464c3', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('1c3a1f63-6f31-4c1d-9a57-c95a46747cb2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('c80ac7ae-98c7-47eb-b9f4-8edee791a9cf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('991f608b-8ea3-47ce-8a53-c1e86a44f18f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('b31bfef9-c63c-41a4-b720-55f01471b124', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2fda405f-f45b-4574-93b0-feb69408055b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('16c0058b-7433-4149-bf39-a74d22cd6f47', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('ca4c830d-e455-4fc2-a7af-68f339c8c943', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('88ccf3ed-7bff-4c0a-878b-5c3a311dcc7b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('7141573b-0fe5-4852-b06d-ca58f35b0d81', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('7d45611b-68d1-49af-916e-36c23e0bbefd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('88d10a23-be59-41ca-a810-09dc50bbb3bf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2beaf5ff-562e-44c6-97db-c6e012f3a5c2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('c88c5286-f484-4988-8429-83b6867c801c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('36d339dc-2525-4c3d-861c-cd4ed8fab117', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('53296b61-322f-40bf-aed7-982635c6c9c6', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('f410442e-a2b2-4bf4-a798-ef6b99888c24', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('489170ed-fb47-42b3-8edf-838cd1cd53f9', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('8cdeb4fa-197e-462c-838e-52bb9f1fbad7', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('a4c37d55-ab83-4606-b979-e6ab44c46b53', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('2081c527-7fa7-4c21-81f8-9d0c6121e6bc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('145e5b84-4e89-4d37-a4fb-e0ca0755f69d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('1e47c7a4-0f79-45c7-b30b-1aafbe57b32b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('49cf173a-cc47-451f-ad7b-aa61430feb13', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('b30e3ae7-6ce6-4089-a920-073b4eaf65e2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('bdac10e2-6c5d-40f5-807a-cd492dc80a19', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('076d364b-515a-4b45-978d-18c0e461d77c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e38336e1-1544-4077-9e65-700f48c4804e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('7c9416e4-8d61-43ce-8cb7-2e28fa68a4f8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e1afb00b-7b69-47a1-9750-e4f41e2c5298', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('48fc740b-5efc-4713-ba5e-e61856ed5f06', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('0d515a78-c2f6-4392-a90c-c3ccb9e87959', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('4360bb81-3cf4-43bf-9d55-7278496d2896', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('65f2441a-4fd3-4c2a-9bd1-927219719872', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('ea0750fa-9ebd-411c-9e6c-15eab5d1fccf', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-06 18:59:59.39348+00', '2026-12-06 18:59:59.39348+00');
INSERT INTO public.controls VALUES ('e778ff34-889f-47ee-93b0-207eaeb8cb9f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-06 18:59:59.39348+00', '2026-12-06 19:00:00.197+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('f76bec31-0cb0-494a-a507-6c824295ca64', '70873e09-1033-4586-a416-bd16641b98b0');
INSERT INTO public.engagement_systems VALUES ('d9ad8d70-ec4f-45eb-99c4-4d7af668a67b', '70873e09-1033-4586-a416-bd16641b98b0');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('f76bec31-0cb0-494a-a507-6c824295ca64', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-06 18:59:59.642828+00');
INSERT INTO public.engagements VALUES ('d9ad8d70-ec4f-45eb-99c4-4d7af668a67b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-06 18:59:59.678052+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('2c0ae72b-af34-4084-a34d-a24fd43bae81', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', 'e7c0f1e9-399b-458f-9971-5865e9944e4a/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8', NULL, '2026-12-06 18:59:56.190475+00', 4);
INSERT INTO public.evidence VALUES ('c1d31ed2-ccd7-47f9-adc4-ac272113559f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run 548b8b51-862b-4876-b55c-2fab4f8a1bfd, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', 'e7c0f1e9-399b-458f-9971-5865e9944e4a/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, '548b8b51-862b-4876-b55c-2fab4f8a1bfd', 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-06 18:59:59.948679+00', 16);
INSERT INTO public.evidence VALUES ('14499e50-c5dc-4793-8ed8-feee7e82cd84', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', 'e7c0f1e9-399b-458f-9971-5865e9944e4a/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-06', NULL, NULL, NULL, '2026-12-06 19:00:03.168213+00', 20);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('c1d31ed2-ccd7-47f9-adc4-ac272113559f', 'cd5ff806-2488-4ac9-9ca9-65b17c4f3d02', 'e7c0f1e9-399b-458f-9971-5865e9944e4a');
INSERT INTO public.evidence_controls VALUES ('c1d31ed2-ccd7-47f9-adc4-ac272113559f', '16edbb7a-275c-4834-ad0c-facf0fb6202a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a');
INSERT INTO public.evidence_controls VALUES ('c1d31ed2-ccd7-47f9-adc4-ac272113559f', 'd22aa656-a308-4c02-8c35-b7147a05b9da', 'e7c0f1e9-399b-458f-9971-5865e9944e4a');
INSERT INTO public.evidence_controls VALUES ('14499e50-c5dc-4793-8ed8-feee7e82cd84', 'cde3e44b-820b-4676-b840-f566cf8a7354', 'e7c0f1e9-399b-458f-9971-5865e9944e4a');


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
-- Data for Name: incident_timeline; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.incident_timeline VALUES ('466750ce-aca7-4d00-97a8-cb643a3d18ec', 'a7da4fb6-ec22-49ad-ab08-011d97a9fda8', '2026-12-06 19:00:03.718+00', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'Ada Owner', 'Incident recorded', '2026-12-06 19:00:03.707562+00');


--
-- Data for Name: incidents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.incidents VALUES ('a7da4fb6-ec22-49ad-ab08-011d97a9fda8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Phishing email reported', '', 'low', 'internal', 'new', NULL, '2026-04-02 09:00:00+00', NULL, '{}', '', false, NULL, NULL, false, NULL, NULL, NULL, NULL, NULL, false, '{}', '{}', NULL, 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-06 19:00:03.707562+00', '2026-12-06 19:00:03.707562+00', NULL);


--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitations VALUES ('45d26a34-a5d9-493b-812b-714339a70902', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'new.hire@acme.test', 'member', NULL, NULL, '5dc66c5bc62750a2e39f847ccab77657479cdd42e516b8f08260f832c7df7b0d', 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-13 18:59:59.737+00', NULL, NULL, '2026-12-06 18:59:59.733153+00');


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner', NULL, '2026-12-06 18:59:47.847206+00');
INSERT INTO public.memberships VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', '4157548e-f9ae-4496-a5e7-469ec417a71f', 'member', NULL, '2026-12-06 18:59:50.682314+00');


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

INSERT INTO public.organizations VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-06 18:59:47.847206+00');


--
-- Data for Name: pen_test_findings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: pen_tests; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES ('c1000139-b98d-4abd-b22b-a63b30aaec3c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'pat@acme.test', 'Pat Doe', '{}', 'employee', 'Engineering', NULL, NULL, '2026-02-02', NULL, 'active', true, NULL, 'manual', NULL, NULL, NULL, '2026-12-06 19:00:03.277654+00', '2026-12-06 19:00:03.277654+00');


--
-- Data for Name: people_settings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: person_account_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.policies VALUES ('ba04406d-d798-4718-8a51-135443f992bb', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Information Security Policy', 'information-security', 'e9043bdd-e28a-4e6e-afe1-63497e275301', 'all_staff', 12, '{4157548e-f9ae-4496-a5e7-469ec417a71f}', '2026-12-06 19:00:03.543707+00', '2026-12-06 19:00:03.543707+00');


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

INSERT INTO public.policy_versions VALUES ('b68a9221-6a6b-44d9-a369-b5a38282cead', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'ba04406d-d798-4718-8a51-135443f992bb', 1, 0, 'draft', '# Information Security Policy

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
', 'First version, from the Information Security Policy template', false, NULL, 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-06 19:00:03.543707+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 'trivy', NULL, 'vuln.finding', '2026-12-06 18:59:56.167+00', 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.resource_scopes VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 'trivy', NULL, 'vuln.target', '2026-12-06 18:59:56.167+00', 'a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8');
INSERT INTO public.resource_scopes VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 'grype', '11da309d-e618-4a69-a296-d7004acb5806', 'vuln.finding', '2026-12-06 18:59:59.918+00', '548b8b51-862b-4876-b55c-2fab4f8a1bfd');
INSERT INTO public.resource_scopes VALUES ('e7c0f1e9-399b-458f-9971-5865e9944e4a', 'grype', '11da309d-e618-4a69-a296-d7004acb5806', 'vuln.target', '2026-12-06 18:59:59.918+00', '548b8b51-862b-4876-b55c-2fab4f8a1bfd');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('998a5058-bdf8-4ad5-980f-6ea6e8817d4c', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-06 18:59:56.167+00', '2026-12-06 18:59:56.167+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('d7d785d1-09d5-4fcb-8f93-f8eab9d3ac8d', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-06 18:59:56.167+00', '2026-12-06 18:59:56.167+00', NULL, NULL, '29ezymug3ki:fn');
INSERT INTO public.resources VALUES ('a0af857c-1cf4-4fc5-99db-63bbd7d7139e', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-06 18:59:56.167+00', '2026-12-06 18:59:56.167+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('e6dc5bf5-1327-457e-84e3-88fbc8e33576', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-06 18:59:59.918+00', '2026-12-06 18:59:59.918+00', NULL, '11da309d-e618-4a69-a296-d7004acb5806', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('ddb13315-03ae-4c8d-abbd-1228aac87b8f', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-06 18:59:59.918+00', '2026-12-06 18:59:59.918+00', NULL, '11da309d-e618-4a69-a296-d7004acb5806', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('2bfa465c-657f-49ef-9fe7-7cb1bc044715', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-06 18:59:59.918+00', '2026-12-06 18:59:59.918+00', NULL, '11da309d-e618-4a69-a296-d7004acb5806', 'os05izi2np:pe');


--
-- Data for Name: risk_assessments; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risk_controls VALUES ('96b6f3be-5c5b-4f73-ba67-44a138102fe8', 'cde3e44b-820b-4676-b840-f566cf8a7354');
INSERT INTO public.risk_controls VALUES ('96b6f3be-5c5b-4f73-ba67-44a138102fe8', 'b396393f-d05e-4080-ad6d-703775b4937f');
INSERT INTO public.risk_controls VALUES ('96b6f3be-5c5b-4f73-ba67-44a138102fe8', 'e778ff34-889f-47ee-93b0-207eaeb8cb9f');


--
-- Data for Name: risk_evidence; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_matrices; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: risk_reassessment_requests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risk_reassessment_requests VALUES ('428f7a6a-6e6b-4d05-8f44-5cca6c44e2fc', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'The categories in scope changed', 'Ada Owner', '2026-12-06 18:59:59.365+00', NULL, NULL);
INSERT INTO public.risk_reassessment_requests VALUES ('ff945aa9-fb26-481a-99f0-81ace5205f4b', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Example Hosting became a critical vendor', 'Ada Owner', '2026-12-06 19:00:03.664449+00', NULL, NULL);


--
-- Data for Name: risks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.risks VALUES ('96b6f3be-5c5b-4f73-ba67-44a138102fe8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Stolen staff credentials', 'A phished or reused password lets an outsider sign in to company tools as a member of staff.', 'security', 'R-01', '[]', '4157548e-f9ae-4496-a5e7-469ec417a71f', 4, 5, 4, 5, 4, 5, 'mitigate', 'open', NULL, NULL, NULL, NULL, '2026-12-06 19:00:03.614384+00', '2026-12-06 19:00:03.614384+00');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('a239c5a3-d0b6-4a76-bba5-3d9d4f4e9ee8', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', NULL, 'trivy', 'succeeded', NULL, '2026-12-06 18:59:56.167+00', '2026-12-06 18:59:56.242+00', 3, 6, '2c0ae72b-af34-4084-a34d-a24fd43bae81', '{"ms": {"read": 20, "write": 50, "evaluate": 5}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 3, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 3, "pass": 0, "error": 0, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 18:59:56.188827+00');
INSERT INTO public.runs VALUES ('548b8b51-862b-4876-b55c-2fab4f8a1bfd', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '11da309d-e618-4a69-a296-d7004acb5806', 'grype', 'succeeded', NULL, '2026-12-06 18:59:59.918+00', '2026-12-06 19:00:00.007+00', 3, 6, 'c1d31ed2-ccd7-47f9-adc4-ac272113559f', '{"ms": {"read": 27, "write": 57, "evaluate": 5}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 18:59:59.946715+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('70873e09-1033-4586-a416-bd16641b98b0', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-06 18:59:59.617306+00');


--
-- Data for Name: tabletop_exercises; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tabletop_exercises VALUES ('7f6e6c18-2bec-4311-b14f-be878505cd88', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'ransomware', '', '2026-05-12', NULL, '[]', '', '', '2026-12-06 19:00:03.770812+00', '2026-12-06 19:00:03.770812+00');


--
-- Data for Name: training_completions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_courses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.training_courses VALUES ('55c299e1-3a0d-42ed-843e-a0ce38e88d8a', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'security_awareness', 'Security awareness', 'Phishing, passwords and multi-factor sign-in, handling customer data, reporting incidents, and the policies everyone accepts. Everyone completes it when they join and once a year after.', 'all_staff', NULL, 12, '2026-01-01', 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-06 19:00:03.319026+00', '2026-12-06 19:00:03.319026+00');
INSERT INTO public.training_courses VALUES ('086bee95-23d4-4111-8e5b-cfc4929354a2', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'secure_development', 'Secure development', 'Common web application weaknesses, code review, secrets in code, dependencies and safe deployment, for everyone who writes or reviews code.', 'department', 'Engineering', 12, '2026-01-01', 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-06 19:00:03.319026+00', '2026-12-06 19:00:03.319026+00');


--
-- Data for Name: training_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('e9043bdd-e28a-4e6e-afe1-63497e275301', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$GyDycu3yAf6/jrpWkWHXzw$joRzD5SXMByB55qz0hkUeeayU8tyrD69pdSmhlBIOzs', 0, NULL, '2026-12-06 18:59:47.847206+00');
INSERT INTO public.users VALUES ('4157548e-f9ae-4496-a5e7-469ec417a71f', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$g7pO82B5WtN2/qKF/6hHKg$Kq1lLoJHhwA5F2JX7E0ni/BRIVXYovVh0lJ9eMQkoK0', 0, NULL, '2026-12-06 18:59:50.682314+00');


--
-- Data for Name: vendor_reports; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vendor_reviews; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vendor_reviews VALUES ('ac71af38-baf8-4262-a8c2-d62a5b199e60', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', '0c11bfa0-11e7-4c79-a2ef-a6eb4c5b9d93', '2026-12-06', NULL, 'open', NULL, NULL, '', NULL, '2026-12-06 19:00:03.664449+00');


--
-- Data for Name: vendors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vendors VALUES ('0c11bfa0-11e7-4c79-a2ef-a6eb4c5b9d93', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 'Example Hosting', '', 'high', 'high', true, false, 'critical', NULL, NULL, NULL, 'prospective', NULL, NULL, NULL, NULL, NULL, '[]', '[]', '2026-12-06 19:00:03.664449+00', '2026-12-06 19:00:03.664449+00');


--
-- Data for Name: vuln_exceptions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: vuln_sla_policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vuln_sla_policies VALUES ('3956c56b-1e93-4b87-9cfc-7045ef6ef8ea', 'e7c0f1e9-399b-458f-9971-5865e9944e4a', 10, 30, 90, 180, '2026-12-06 19:00:03.804+00', 'e9043bdd-e28a-4e6e-afe1-63497e275301', '2026-12-06 19:00:03.801499+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 12, true);


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
-- Name: incident_timeline_incident_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incident_timeline_incident_idx ON public.incident_timeline USING btree (incident_id, at);


--
-- Name: incidents_org_detected_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX incidents_org_detected_idx ON public.incidents USING btree (org_id, detected_at);


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


