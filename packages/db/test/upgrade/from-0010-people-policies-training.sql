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
-- Name: hr_access_grants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hr_access_grants (
    org_id uuid NOT NULL,
    user_id uuid NOT NULL,
    granted_by uuid,
    granted_at timestamp with time zone DEFAULT now() NOT NULL
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

INSERT INTO public.activities VALUES ('2d6d6c02-c06e-4f3d-b4fa-cda860220140', '62745676-a7f4-4bad-9e18-c1d42e021beb', '46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45', 'board-security-briefing', 'Security briefing to the board', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('87a22c95-7332-48ea-a2d7-d145920b7ef8', '62745676-a7f4-4bad-9e18-c1d42e021beb', '27199dd7-701d-4ded-a6e2-982f891f69b7', 'policy-review', 'Policy review and approval', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('32dd9889-8520-4198-833b-40403f60c748', '62745676-a7f4-4bad-9e18-c1d42e021beb', '6c894d6c-227d-460e-9e7d-f4bd3f965c1e', 'internal-control-assessment', 'Internal control assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('17e8c9ae-5481-4e08-aa54-5ee4bbf16ef1', '62745676-a7f4-4bad-9e18-c1d42e021beb', '05760bca-22b6-4b0d-a05d-11de8e25925d', 'management-compliance-review', 'Management compliance review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('4e05f678-ea72-41f6-810a-fa14043e3c10', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'e3968ad5-8468-48fd-a96a-45d23969ae84', 'risk-assessment', 'Risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('69d7fdec-56b0-4e00-ae75-e4545dd74869', '62745676-a7f4-4bad-9e18-c1d42e021beb', '385bf708-844e-482f-b753-1cfc4759982c', 'fraud-risk-assessment', 'Fraud risk assessment', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('3b7d411d-3d4b-4fd2-b2e9-cf1a03872efe', '62745676-a7f4-4bad-9e18-c1d42e021beb', '602da1a9-5d50-47ca-94fd-31e16fd504d0', 'security-training-cycle', 'Security awareness training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('ddbea438-3c56-4210-91ae-243ccbe95dfa', '62745676-a7f4-4bad-9e18-c1d42e021beb', '50e6af2e-e8cb-44b0-bfb0-b7d020fa2c3a', 'role-training-cycle', 'Secure development training cycle', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('a400a6ce-7a92-4ce8-8deb-def09a797d1b', '62745676-a7f4-4bad-9e18-c1d42e021beb', '67c3b322-b042-4683-99be-aa71ebd6dbd6', 'vendor-inventory-review', 'Vendor inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('77f8567f-72d0-4e38-86f7-3b06ad792c4b', '62745676-a7f4-4bad-9e18-c1d42e021beb', '8e57d440-ef0c-4b44-9ffc-96c84fc060a8', 'critical-vendor-review', 'Critical vendor review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('5b7189fd-0f81-492f-aeeb-3138462c177b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'ed0744ce-c759-4d28-8a76-9f9877dc5cb2', 'user-access-review', 'User access review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('ceb07bd1-3c99-4183-aa08-19664c1e1f8d', '62745676-a7f4-4bad-9e18-c1d42e021beb', '5ba56613-8f05-422e-9f8f-0dec34e9e118', 'privileged-access-review', 'Privileged access review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('454c5272-ab6c-4719-9e19-f066c36c9486', '62745676-a7f4-4bad-9e18-c1d42e021beb', '9c126feb-23f1-4b1f-ba09-b5d5850656ad', 'physical-access-review', 'Physical access and visitor log review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('e4828b1f-f2b2-4bd1-a495-0459b039ffb0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'ab723860-25a7-48fc-846c-32982074e2e8', 'asset-inventory-review', 'Asset inventory review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('26227916-4675-4eb5-acce-0c27f283da10', '62745676-a7f4-4bad-9e18-c1d42e021beb', '07502245-3f74-4173-bbac-173ada11de8c', 'penetration-test', 'Penetration test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('c3eee6de-49fa-4b04-846b-b1a997f251fb', '62745676-a7f4-4bad-9e18-c1d42e021beb', '8545e7c2-d48d-4c1b-9006-4ec68f15923d', 'patch-review', 'Patch and vulnerability review', 'monthly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('70d257e6-7145-4de3-9df0-fa8a0673c014', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'f8b51a29-99e6-43ee-bd4f-7fa4408c87a5', 'firewall-rule-review', 'Firewall and security group review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('315f03ed-fc42-4990-a6f5-d45300129e3f', '62745676-a7f4-4bad-9e18-c1d42e021beb', '8698cfc6-55f0-4a2b-a55b-31b8dde7d89e', 'incident-plan-review', 'Incident response plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('5d886178-b9d6-4d9a-bd2e-3938d394fcc8', '62745676-a7f4-4bad-9e18-c1d42e021beb', '65c82fe5-fdb2-4a6b-b12e-ed6418db724b', 'incident-tabletop', 'Incident response tabletop exercise', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('8c9a832b-54a5-4451-87cb-16e1fa3cd83f', '62745676-a7f4-4bad-9e18-c1d42e021beb', '6ce4234a-381b-4b5e-ba95-a0adae398318', 'incident-trend-review', 'Incident trend review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('468877c2-f010-40d9-b9c5-c6e48340ebee', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'cbf0efee-8d6a-4427-8a7c-4f0750ca00e3', 'continuity-plan-review', 'Business continuity plan review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('c8b1c84d-4c65-4321-946e-e2f0517a27af', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c', 'disaster-recovery-test', 'Disaster recovery test', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('8da185ca-1f62-4b36-abb1-ee87bff405a8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'b6ce783d-9ca5-43e1-bd08-f26160a5ddca', 'backup-restore-test', 'Backup restore test', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('c9c3bef6-9a98-40e9-bf16-c55efcee4ddf', '62745676-a7f4-4bad-9e18-c1d42e021beb', '461d852f-45ca-465b-918b-725d453cf6e7', 'capacity-review', 'Capacity planning review', 'quarterly', '2026-12-31', '2026-12-31', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.activities VALUES ('4119f368-ef13-4977-8f73-9e41ad400433', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'ce0b7eec-cbf4-4a76-919e-46af7ca18ff8', 'privacy-compliance-review', 'Privacy compliance review', 'annual', '2027-11-30', '2027-11-30', NULL, 'open', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');


--
-- Data for Name: activity_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('850f1a65-e93e-4eae-a106-2af6bdda9c86', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.uSngecSIcnxy3Bcm.Psgduopskq0S4i7xF8ezng.ANBx2ZqdkIdYqCFg9yWTUA618yee7ccYiyhNi7wXkqfnGlmEOZFb0MWfxvdk51P6yw', '{fail,recovered,connector_error,stale,due_soon,overdue}', true, '2026-12-06 15:29:05.494645+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'fail', '{"runId": "ff18d763-f712-4944-b534-1906af12842f", "reason": "CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available", "checkId": "vuln.no_critical_unfixed_older_than_15d", "severity": "critical", "checkTitle": "Fixable critical vulnerabilities are not left open beyond 15 days", "controlIds": [], "resourceId": "dd9e1987-cf6d-4441-b605-1179cead91ba", "connectorId": null, "resourceKey": "trivy|vuln.finding|testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224", "resourceName": "CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)"}', NULL, '2026-12-06 15:29:03.131706+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'fail', '{"runId": "ff18d763-f712-4944-b534-1906af12842f", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "c45cd0ae-b209-499d-9794-204b9229f0f6", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 15:29:03.131706+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (3, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'fail', '{"runId": "ff18d763-f712-4944-b534-1906af12842f", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "c45cd0ae-b209-499d-9794-204b9229f0f6", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 15:29:03.131706+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('ea0bf1cb-0adb-45bf-839e-a40bf8d794f8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'fill script', 'vgl_T0wWWGNC', 'a6e57413f003ed29aaaa4d7040f978c308d4bd48108016c2db020a44e5f4be23', 'write', '2027-03-06 15:29:00.988+00', NULL, '2026-12-06 15:29:05.248+00', '2026-12-06 15:29:00.987754+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 22, 'f58f2c7f55b003c9cbb5fba71eeca838264b0621730aabb4104ec0fb896d511b');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, '62745676-a7f4-4bad-9e18-c1d42e021beb', 1, '2026-12-06 15:28:54.647+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', '3d3ceb8233990fc3ff665be6ed7a2d686ed3f44ba23efee8c73d77ac9035058e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, '62745676-a7f4-4bad-9e18-c1d42e021beb', 2, '2026-12-06 15:28:57.945+00', 'system', NULL, 'system:cli', 'user.added', 'user', '60bb228a-9ee1-49f8-a031-54a601d01d60', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, '3d3ceb8233990fc3ff665be6ed7a2d686ed3f44ba23efee8c73d77ac9035058e', 'b27564a1f9ac2f345e2b13b294d01cc3ec39a0c44f1c03cafca32713b8afd30b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, '62745676-a7f4-4bad-9e18-c1d42e021beb', 3, '2026-12-06 15:29:00.992+00', 'system', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'system:cli', 'token.created', 'api_token', 'ea0bf1cb-0adb-45bf-839e-a40bf8d794f8', '{"name": "fill script", "scope": "write", "prefix": "vgl_T0wWWGNC", "expiresAt": "2027-03-06T15:29:00.988Z"}', NULL, NULL, NULL, 'b27564a1f9ac2f345e2b13b294d01cc3ec39a0c44f1c03cafca32713b8afd30b', '9233be45faf7c916e45a89c80bd0bb2bcfaf7694e5c493046fd0a309a509a671');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, '62745676-a7f4-4bad-9e18-c1d42e021beb', 4, '2026-12-06 15:29:03.174+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '99002519-e73b-4497-8b31-b382e64ebfa1', '{"kind": "collection", "size": 6337, "runId": "ff18d763-f712-4944-b534-1906af12842f", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '9233be45faf7c916e45a89c80bd0bb2bcfaf7694e5c493046fd0a309a509a671', '6ea9943d13e2c9c075557ca17dbb79e279e8c2fc531d2505e07f4754dc8035de');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, '62745676-a7f4-4bad-9e18-c1d42e021beb', 5, '2026-12-06 15:29:03.181+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', 'ff18d763-f712-4944-b534-1906af12842f', '{"source": "trivy", "evidenceId": "99002519-e73b-4497-8b31-b382e64ebfa1", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, '6ea9943d13e2c9c075557ca17dbb79e279e8c2fc531d2505e07f4754dc8035de', '34ee2e2ce8bfb3ef71a53093733f3c5b3c653c867d5a06cc70de9343022670ad');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, '62745676-a7f4-4bad-9e18-c1d42e021beb', 6, '2026-12-06 15:29:05.258+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', '99337c30-ccf2-48da-81ca-1b188d8ea960', '127.0.0.1', 'curl/7.88.1', '34ee2e2ce8bfb3ef71a53093733f3c5b3c653c867d5a06cc70de9343022670ad', '91074cc530f065db7004696c5dd202ccac2a44f4dd0299b34eabfec5fe84bebd');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, '62745676-a7f4-4bad-9e18-c1d42e021beb', 7, '2026-12-06 15:29:05.415+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', '60d249e0-fd39-475c-9797-7b1240a63ad1', '127.0.0.1', 'curl/7.88.1', '91074cc530f065db7004696c5dd202ccac2a44f4dd0299b34eabfec5fe84bebd', 'c36ad52c21e51273d9d41382142355bb2a3aa4eafb26b547906f56978adab568');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, '62745676-a7f4-4bad-9e18-c1d42e021beb', 8, '2026-12-06 15:29:05.423+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'activities.scheduled', 'activity', NULL, '{"added": 25, "titles": ["Security briefing to the board", "Policy review and approval", "Internal control assessment", "Management compliance review", "Risk assessment", "Fraud risk assessment", "Security awareness training cycle", "Secure development training cycle", "Vendor inventory review", "Critical vendor review", "User access review", "Privileged access review", "Physical access and visitor log review", "Asset inventory review", "Penetration test", "Patch and vulnerability review", "Firewall and security group review", "Incident response plan review", "Incident response tabletop exercise", "Incident trend review", "Business continuity plan review", "Disaster recovery test", "Backup restore test", "Capacity planning review", "Privacy compliance review"]}', '60d249e0-fd39-475c-9797-7b1240a63ad1', '127.0.0.1', 'curl/7.88.1', 'c36ad52c21e51273d9d41382142355bb2a3aa4eafb26b547906f56978adab568', '426a662e65eaba025d251f094e660f4df2f1f802ad31caf75671988ab2f26db4');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, '62745676-a7f4-4bad-9e18-c1d42e021beb', 9, '2026-12-06 15:29:05.44+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'system.created', 'system', '7ed86ee8-39cd-4e27-b582-725b95033475', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '0eacdbd5-8ddc-4a83-be2f-e629bb563f6b', '127.0.0.1', 'curl/7.88.1', '426a662e65eaba025d251f094e660f4df2f1f802ad31caf75671988ab2f26db4', '22a5c4b9f3d412fd793f4cf431647962f4f8b3adefc8866e9f980393530a0690');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, '62745676-a7f4-4bad-9e18-c1d42e021beb', 10, '2026-12-06 15:29:05.459+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '39a5137c-362d-448e-932b-578a6a224d0c', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', 'eb873a8a-9875-4f9c-a4e1-c7780bebe66e', '127.0.0.1', 'curl/7.88.1', '22a5c4b9f3d412fd793f4cf431647962f4f8b3adefc8866e9f980393530a0690', 'd2d402004cba3efad1d07141147ce6cc06e342ac55f444ea984cfce8f8805769');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, '62745676-a7f4-4bad-9e18-c1d42e021beb', 11, '2026-12-06 15:29:05.48+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '56039a55-7fb5-4194-875e-4ca241987be2', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', '82fea7f2-d794-4a9f-817a-a7baa85377e9', '127.0.0.1', 'curl/7.88.1', 'd2d402004cba3efad1d07141147ce6cc06e342ac55f444ea984cfce8f8805769', 'a49e1609a74cafbf1048c13556cab8a9d1b3e3de3fbc9db27038f1f2a5b3c2b9');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, '62745676-a7f4-4bad-9e18-c1d42e021beb', 12, '2026-12-06 15:29:05.5+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', '850f1a65-e93e-4eae-a106-2af6bdda9c86', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale", "due_soon", "overdue"], "target": "https://hooks.acme.test/vigil", "enabled": true}', '8b4855d4-bb39-454a-b101-36f4a6401a81', '127.0.0.1', 'curl/7.88.1', 'a49e1609a74cafbf1048c13556cab8a9d1b3e3de3fbc9db27038f1f2a5b3c2b9', '867aebe62eb893eaf4719d693d0376ca11d450772e95d7ff57d53a8accaa34e1');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, '62745676-a7f4-4bad-9e18-c1d42e021beb', 13, '2026-12-06 15:29:05.521+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '2d20f4e2-8f1f-4730-8ac5-590eb2d42df4', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-13T15:29:05.519Z", "engagementId": null, "accessExpiresAt": null}', '1d6f5604-89d4-4f4e-a9f8-b7ec8aa45a7b', '127.0.0.1', 'curl/7.88.1', '867aebe62eb893eaf4719d693d0376ca11d450772e95d7ff57d53a8accaa34e1', '437daa51d6d2d4a46d29465d153fb8d894c84de8549d48d67fbe49d2996f5756');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, '62745676-a7f4-4bad-9e18-c1d42e021beb', 14, '2026-12-06 15:29:05.536+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'connector.created', 'connector', '3966df32-709d-4f39-bf06-7a8507530f40', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', '9ac29c55-9442-4bfc-9301-fe7e017abdf5', '127.0.0.1', 'curl/7.88.1', '437daa51d6d2d4a46d29465d153fb8d894c84de8549d48d67fbe49d2996f5756', '2fadc9c0de076f7cfff20b4477ab5060c47e1f41359c912886df44fe83d0bfe9');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, '62745676-a7f4-4bad-9e18-c1d42e021beb', 15, '2026-12-06 15:29:05.694+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', '498ea7f0-7cda-45d5-b9c6-79ca7681035e', '{"kind": "collection", "size": 4279, "runId": "9261ac1b-f997-4fcf-967a-739a24c260cb", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["253f0629-973e-4cb0-b149-6f4b4dfde74c", "21e3f933-8c7f-4596-a3dc-22fcfa8ef81e", "8545e7c2-d48d-4c1b-9006-4ec68f15923d"], "supersedes": null, "periodStart": null}', '7ef1e047-35cd-4a62-8d29-29c3d765ef61', '127.0.0.1', 'curl/7.88.1', '2fadc9c0de076f7cfff20b4477ab5060c47e1f41359c912886df44fe83d0bfe9', '96f5693bba5f6705326867e0aa6021085749785a649340e8917061735ce33b3a');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, '62745676-a7f4-4bad-9e18-c1d42e021beb', 16, '2026-12-06 15:29:05.699+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', '9261ac1b-f997-4fcf-967a-739a24c260cb', '{"source": "grype", "evidenceId": "498ea7f0-7cda-45d5-b9c6-79ca7681035e", "connectorId": "3966df32-709d-4f39-bf06-7a8507530f40", "transitions": 6, "resourcesSeen": 3}', '7ef1e047-35cd-4a62-8d29-29c3d765ef61', '127.0.0.1', 'curl/7.88.1', '96f5693bba5f6705326867e0aa6021085749785a649340e8917061735ce33b3a', 'd3e977d1bfa9810da52996aacb356e804e17254d6ed211b22faa293f3866773e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, '62745676-a7f4-4bad-9e18-c1d42e021beb', 17, '2026-12-06 15:29:05.719+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'ff3a6d81-cef9-44dc-b747-2f7a97862f7a', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', '78ce94c7-ac05-4b3f-a802-4de25a3ae0c1', '127.0.0.1', 'curl/7.88.1', 'd3e977d1bfa9810da52996aacb356e804e17254d6ed211b22faa293f3866773e', '6b9175a40543697564ae3b206b021d55f02e54c0a3fb489870c7d81cdb49069b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, '62745676-a7f4-4bad-9e18-c1d42e021beb', 18, '2026-12-06 15:29:05.836+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'control.updated', 'control', 'aa07bc46-5820-41b0-bda5-cbb1444c267e', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', '5dbf0910-80aa-49d4-a671-ed65525eacff', '127.0.0.1', 'curl/7.88.1', '6b9175a40543697564ae3b206b021d55f02e54c0a3fb489870c7d81cdb49069b', 'a9df25efa5a6e27b8df5ee1054955c7f3bccafd56af5e8ca27bea2c9c372ba09');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (19, '62745676-a7f4-4bad-9e18-c1d42e021beb', 19, '2026-12-06 15:29:07.942+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '3ada114f-dea5-4422-b625-d37073ce979d', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-06", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["60211e37-891d-4bda-b4a7-abc7664de746"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, 'a9df25efa5a6e27b8df5ee1054955c7f3bccafd56af5e8ca27bea2c9c372ba09', '30e8b31994626f1a375beeadec7a312b0fefe8b03911293c233ee610dfd4a924');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (20, '62745676-a7f4-4bad-9e18-c1d42e021beb', 20, '2026-12-06 15:29:07.993+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'person.created', 'person', 'a836e30f-f49c-41d1-9a1c-0b15354bbe0c', '{"name": "Pat Doe", "email": "pat@acme.test", "status": "active", "workerType": "employee"}', 'd62022e8-12d4-49c7-a277-bce674c39c24', '127.0.0.1', 'curl/7.88.1', '30e8b31994626f1a375beeadec7a312b0fefe8b03911293c233ee610dfd4a924', 'a57e19a3a500585addf4551d2ce1c83c98401bef31b54ef2edb23b85e9e1149d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (21, '62745676-a7f4-4bad-9e18-c1d42e021beb', 21, '2026-12-06 15:29:08.019+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'training.courses_adopted', 'training_course', NULL, '{"added": 2, "titles": ["Security awareness", "Secure development"]}', '3b9d56b3-3fb3-4462-b3d0-47db5bd2919f', '127.0.0.1', 'curl/7.88.1', 'a57e19a3a500585addf4551d2ce1c83c98401bef31b54ef2edb23b85e9e1149d', 'be754abfffb408cb698bd4dc473cbb7476ea54d7d26e96adba0655a2ae811d43');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (22, '62745676-a7f4-4bad-9e18-c1d42e021beb', 22, '2026-12-06 15:29:08.249+00', 'token', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', 'policy.created', 'policy', 'b38ba9aa-d9b1-47fe-9b5d-05f332199029', '{"title": "Information Security Policy", "audience": "all_staff", "templateId": "information-security", "reviewCadenceMonths": 12}', 'e3357991-d5b0-4d53-a3f4-e4a4c1fd2a0a', '127.0.0.1', 'curl/7.88.1', 'be754abfffb408cb698bd4dc473cbb7476ea54d7d26e96adba0655a2ae811d43', 'f58f2c7f55b003c9cbb5fba71eeca838264b0621730aabb4104ec0fb896d511b');


--
-- Data for Name: background_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: calendar_feeds; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: check_coverage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed', '2026-12-06 15:29:03.111+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-06 15:29:03.111+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.scan_recent', '2026-12-06 15:29:03.111+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed_older_than_15d', 'cafa7317-2614-46d9-9abd-f01e17ab619a', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 15:29:03.111+00', NULL, 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_high_unfixed_older_than_30d', 'cafa7317-2614-46d9-9abd-f01e17ab619a', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 15:29:03.111+00', NULL, 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed_older_than_15d', 'dd9e1987-cf6d-4441-b605-1179cead91ba', 'fail', 'CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available', '{"actual": "2602 days", "expected": "≤ 15 days", "attribute": "publishedAt"}', '2026-12-06 15:29:03.111+00', NULL, 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_high_unfixed_older_than_30d', 'dd9e1987-cf6d-4441-b605-1179cead91ba', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 15:29:03.111+00', NULL, 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed', 'c45cd0ae-b209-499d-9794-204b9229f0f6', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 15:29:03.111+00', NULL, 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.scan_recent', 'c45cd0ae-b209-499d-9794-204b9229f0f6', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1929 days old', '{"actual": "1929 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-06 15:29:03.111+00', NULL, 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed_older_than_15d', '22b4f99b-d1e5-427c-a8a3-20490a34ca05', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 15:29:05.646+00', NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_high_unfixed_older_than_30d', '22b4f99b-d1e5-427c-a8a3-20490a34ca05', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 15:29:05.646+00', NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed_older_than_15d', '44374b6e-5927-4d86-b707-53593cc78d91', 'error', 'missing input: fix available', '{"attribute": "fixAvailable"}', '2026-12-06 15:29:05.646+00', NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_high_unfixed_older_than_30d', '44374b6e-5927-4d86-b707-53593cc78d91', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 15:29:05.646+00', NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.no_critical_unfixed', '9aa75587-9566-4c76-97bb-3e3b4ea0636b', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 15:29:05.646+00', NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, '62745676-a7f4-4bad-9e18-c1d42e021beb', 'vuln.scan_recent', '9aa75587-9566-4c76-97bb-3e3b4ea0636b', 'error', 'missing input: scanned at', '{"attribute": "scannedAt"}', '2026-12-06 15:29:05.646+00', NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('3966df32-709d-4f39-bf06-7a8507530f40', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-06 15:29:05.697+00', '2026-12-06 15:29:05.697+00', 'ok', NULL, '2026-12-06 15:29:05.533486+00');
INSERT INTO public.connectors VALUES ('ff3a6d81-cef9-44dc-b747-2f7a97862f7a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-06 15:29:05.716634+00');


--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('18949170-b637-4424-af7b-c2482d80db1b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('2b5e08e2-8222-4d65-b1ea-d6921878b8e8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('c03cfaf8-c51e-48e0-b537-dc04cce4f118', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('f215adb3-d186-4587-b45f-4fe236ef1527', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('f215adb3-d186-4587-b45f-4fe236ef1527', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('27199dd7-701d-4ded-a6e2-982f891f69b7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('27199dd7-701d-4ded-a6e2-982f891f69b7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('27199dd7-701d-4ded-a6e2-982f891f69b7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('75aba3e6-ee4e-4008-a9ea-7a9222d17a3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('75aba3e6-ee4e-4008-a9ea-7a9222d17a3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('c767024f-1df2-48a0-bf80-26a8c9aa6cfc', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('c767024f-1df2-48a0-bf80-26a8c9aa6cfc', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('6c894d6c-227d-460e-9e7d-f4bd3f965c1e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('6c894d6c-227d-460e-9e7d-f4bd3f965c1e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('55165ab1-43b6-4486-9127-e32e89e7b536', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('1c152571-7702-4c84-802d-d99500475ec1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('1c152571-7702-4c84-802d-d99500475ec1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('5d144639-f4da-4be9-9bfc-517eb71f3b84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('5d144639-f4da-4be9-9bfc-517eb71f3b84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('5d144639-f4da-4be9-9bfc-517eb71f3b84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('1a451c6b-80b7-4879-b2e8-4988ebf5f13a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('d5498a52-2f3b-45b4-a933-1f9afb88a418', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('d5498a52-2f3b-45b4-a933-1f9afb88a418', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('05760bca-22b6-4b0d-a05d-11de8e25925d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('05760bca-22b6-4b0d-a05d-11de8e25925d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('05760bca-22b6-4b0d-a05d-11de8e25925d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('e3968ad5-8468-48fd-a96a-45d23969ae84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('e3968ad5-8468-48fd-a96a-45d23969ae84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('e3968ad5-8468-48fd-a96a-45d23969ae84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('385bf708-844e-482f-b753-1cfc4759982c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('660f9c4a-f379-4eb0-8c24-4a5488164828', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('660f9c4a-f379-4eb0-8c24-4a5488164828', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('660f9c4a-f379-4eb0-8c24-4a5488164828', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('c2ce95a8-a832-445e-a351-9b77298260a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('75451d17-6115-446d-b792-f3383f21d477', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('75451d17-6115-446d-b792-f3383f21d477', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('e60046ee-1b93-4ef0-86af-42610b12559b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('a2566bd8-497b-45b0-80b8-52a936156262', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('a2566bd8-497b-45b0-80b8-52a936156262', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('32df177d-47b0-4ce1-8b4e-f7b5932d502b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('967dc427-7245-4990-845e-1341c37a2d1d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('07621550-75fc-489f-ba88-9d36622d46a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('07621550-75fc-489f-ba88-9d36622d46a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('57b795d6-c5ac-45ff-bafa-f9e411962aea', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('57b795d6-c5ac-45ff-bafa-f9e411962aea', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('602da1a9-5d50-47ca-94fd-31e16fd504d0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('602da1a9-5d50-47ca-94fd-31e16fd504d0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('2091e2e1-b8a5-492e-8f49-295173aecfe0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('2091e2e1-b8a5-492e-8f49-295173aecfe0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('2091e2e1-b8a5-492e-8f49-295173aecfe0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('46034bf8-7373-4454-b42d-949b0d13c987', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('46034bf8-7373-4454-b42d-949b0d13c987', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('46d10fb5-36bf-4213-90ff-73f62433aaf4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('46d10fb5-36bf-4213-90ff-73f62433aaf4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('4a071c64-ffab-4019-8f7f-788cfe813e12', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('4a071c64-ffab-4019-8f7f-788cfe813e12', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('3a3b8b53-a188-4daa-a8dd-44f53b00206b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('3a3b8b53-a188-4daa-a8dd-44f53b00206b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('50e6af2e-e8cb-44b0-bfb0-b7d020fa2c3a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('dcfe6eed-2357-4d5a-92b5-65a23c6f98c1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('decba550-a416-45df-92e7-5eb7478d694e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('decba550-a416-45df-92e7-5eb7478d694e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('67c3b322-b042-4683-99be-aa71ebd6dbd6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('67c3b322-b042-4683-99be-aa71ebd6dbd6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('8724cbb3-24dd-4f11-9769-244f2596420c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('8724cbb3-24dd-4f11-9769-244f2596420c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('8e57d440-ef0c-4b44-9ffc-96c84fc060a8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('8e57d440-ef0c-4b44-9ffc-96c84fc060a8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('059f1155-6061-4b86-ba43-213e5933edfd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('059f1155-6061-4b86-ba43-213e5933edfd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('059f1155-6061-4b86-ba43-213e5933edfd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P6.4');
INSERT INTO public.control_criteria VALUES ('059f1155-6061-4b86-ba43-213e5933edfd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P6.5');
INSERT INTO public.control_criteria VALUES ('01b7629e-ab44-49b3-9dc1-3451a9528673', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('01b7629e-ab44-49b3-9dc1-3451a9528673', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.2');
INSERT INTO public.control_criteria VALUES ('01b7629e-ab44-49b3-9dc1-3451a9528673', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('ef6cf031-24be-4258-9c0a-bc8e89b79e31', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P6.5');
INSERT INTO public.control_criteria VALUES ('ef6cf031-24be-4258-9c0a-bc8e89b79e31', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('aa07bc46-5820-41b0-bda5-cbb1444c267e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('aa07bc46-5820-41b0-bda5-cbb1444c267e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('60211e37-891d-4bda-b4a7-abc7664de746', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('60211e37-891d-4bda-b4a7-abc7664de746', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('53cb34b1-03cf-4bec-9f1e-e8c79624bfb4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('53cb34b1-03cf-4bec-9f1e-e8c79624bfb4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('54efe306-abc7-4bce-a754-9c9b1005880d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('54efe306-abc7-4bce-a754-9c9b1005880d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('ed0744ce-c759-4d28-8a76-9f9877dc5cb2', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('ed0744ce-c759-4d28-8a76-9f9877dc5cb2', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('ed0744ce-c759-4d28-8a76-9f9877dc5cb2', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('c9453999-fe05-4e08-9cfb-e80a0344c0cd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('c9453999-fe05-4e08-9cfb-e80a0344c0cd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('047c1a32-66a3-4e63-ac75-52698c05ec03', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('5180de7e-81ff-4100-a76f-983e02b3cc65', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('5180de7e-81ff-4100-a76f-983e02b3cc65', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('5ba56613-8f05-422e-9f8f-0dec34e9e118', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('5ba56613-8f05-422e-9f8f-0dec34e9e118', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('1b7efd06-c63e-472d-bfc8-c2ec8dbd15d0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('083a7128-8916-4a10-9ca8-5cde9935ece1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('083a7128-8916-4a10-9ca8-5cde9935ece1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('e40f3877-67fc-4ec8-a73f-e5c8b92960c5', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('1de6c2e5-c9a4-4a3a-b3e1-e62ec0904b93', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('26288c3b-68f5-45d8-a9c8-a2b89f0ac969', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('26288c3b-68f5-45d8-a9c8-a2b89f0ac969', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('c8f7433b-12a8-4c58-93e6-75d272bb6e5b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('c8f7433b-12a8-4c58-93e6-75d272bb6e5b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('c8f7433b-12a8-4c58-93e6-75d272bb6e5b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('a05230b9-ff60-4ea1-be50-aea5c0e6328f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('9c126feb-23f1-4b1f-ba09-b5d5850656ad', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('69b33fca-9da6-456c-b0b2-5d331ff973a4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('69b33fca-9da6-456c-b0b2-5d331ff973a4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('69b33fca-9da6-456c-b0b2-5d331ff973a4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('ab723860-25a7-48fc-846c-32982074e2e8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('ab723860-25a7-48fc-846c-32982074e2e8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('253f0629-973e-4cb0-b149-6f4b4dfde74c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('21e3f933-8c7f-4596-a3dc-22fcfa8ef81e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('21e3f933-8c7f-4596-a3dc-22fcfa8ef81e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('07502245-3f74-4173-bbac-173ada11de8c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('07502245-3f74-4173-bbac-173ada11de8c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('8545e7c2-d48d-4c1b-9006-4ec68f15923d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('8545e7c2-d48d-4c1b-9006-4ec68f15923d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('b4ad6096-ccd0-45f8-a726-73047734f9b0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('8c8baeb7-28de-4532-a63d-98da8e541a77', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('8c8baeb7-28de-4532-a63d-98da8e541a77', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('22eea8c6-1575-473d-8c7c-0e4619978d9c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('27c408e0-291e-4eeb-9f45-d633410e6221', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('27c408e0-291e-4eeb-9f45-d633410e6221', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('b419f382-0ca7-4121-a1b6-96888ceff76a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('b419f382-0ca7-4121-a1b6-96888ceff76a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('0ddc826e-1361-467c-96dd-8085125eea00', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('0ddc826e-1361-467c-96dd-8085125eea00', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('f8b51a29-99e6-43ee-bd4f-7fa4408c87a5', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('57d35e98-9abe-4df7-ab45-ec1d39e66c59', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('57d35e98-9abe-4df7-ab45-ec1d39e66c59', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('a1a5a651-159b-4fe9-96d7-cda09ab2fc73', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('a1a5a651-159b-4fe9-96d7-cda09ab2fc73', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('a1a5a651-159b-4fe9-96d7-cda09ab2fc73', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('67ae9d8d-4840-4e73-b333-247ef74e6a7b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('67ae9d8d-4840-4e73-b333-247ef74e6a7b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('d48aa63c-7185-4594-aac2-9efbf680a4fa', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('c6504712-70c3-4731-8678-d6c79037c808', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('c6504712-70c3-4731-8678-d6c79037c808', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('c6504712-70c3-4731-8678-d6c79037c808', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('795e66c5-0460-40d6-b247-fb872b03080f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('795e66c5-0460-40d6-b247-fb872b03080f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('8a7ee434-00c8-4bbe-a057-567574a79f7b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('8a7ee434-00c8-4bbe-a057-567574a79f7b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('a4b25c5d-6d53-4cb5-b917-111c6ae8d39f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('a4b25c5d-6d53-4cb5-b917-111c6ae8d39f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('7dc157ca-e79b-46ac-b3b3-bae3157fa825', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('7dc157ca-e79b-46ac-b3b3-bae3157fa825', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('7abb3df4-d045-4a70-9dea-205cc93f5c82', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('7abb3df4-d045-4a70-9dea-205cc93f5c82', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('8abc8803-4e8d-4549-99dd-feaee9fbaa7c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('8abc8803-4e8d-4549-99dd-feaee9fbaa7c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('3877f0d5-45d4-4a09-a5c0-71a896d11cc3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('3877f0d5-45d4-4a09-a5c0-71a896d11cc3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('9ef5e9c9-9d73-4a47-833c-719b5b3fa395', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('9ef5e9c9-9d73-4a47-833c-719b5b3fa395', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('9ef5e9c9-9d73-4a47-833c-719b5b3fa395', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('6ffdb905-1335-4e13-a0aa-feb1ca6ad9b6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('6ffdb905-1335-4e13-a0aa-feb1ca6ad9b6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('4aa00683-c483-4937-b3de-6066ccbb5823', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('4aa00683-c483-4937-b3de-6066ccbb5823', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('0aee74d0-3bf4-4ee4-9f68-e1d2e75ae57c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('0aee74d0-3bf4-4ee4-9f68-e1d2e75ae57c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('b1efc29f-bce7-4c29-b550-0756f8a15f25', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('b1efc29f-bce7-4c29-b550-0756f8a15f25', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('f785dc54-7b0c-45d6-8c0e-afd7f9d321ee', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('984b4ab8-3104-45c9-b9d7-7ae4c58e01ca', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('984b4ab8-3104-45c9-b9d7-7ae4c58e01ca', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('5aaa9036-14af-44f3-923b-03bed7f309bd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('5aaa9036-14af-44f3-923b-03bed7f309bd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('5aaa9036-14af-44f3-923b-03bed7f309bd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.1');
INSERT INTO public.control_criteria VALUES ('510b9c44-ba44-493d-a0f3-16dd639ee73b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('510b9c44-ba44-493d-a0f3-16dd639ee73b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('b9fe37da-ea5c-4b81-9fdb-06a6917fb75c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('b9fe37da-ea5c-4b81-9fdb-06a6917fb75c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('b9fe37da-ea5c-4b81-9fdb-06a6917fb75c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('8698cfc6-55f0-4a2b-a55b-31b8dde7d89e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('8698cfc6-55f0-4a2b-a55b-31b8dde7d89e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('8698cfc6-55f0-4a2b-a55b-31b8dde7d89e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('28bc5633-8b22-4c6c-b90d-405eb12c9678', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('28bc5633-8b22-4c6c-b90d-405eb12c9678', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('65c82fe5-fdb2-4a6b-b12e-ed6418db724b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('65c82fe5-fdb2-4a6b-b12e-ed6418db724b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('65c82fe5-fdb2-4a6b-b12e-ed6418db724b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('0f362df1-5b7e-48f4-a54d-62678dcb2106', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('0f362df1-5b7e-48f4-a54d-62678dcb2106', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('0f362df1-5b7e-48f4-a54d-62678dcb2106', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('7fbc4bb8-75e5-437c-9f23-21b89b9c25a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('7fbc4bb8-75e5-437c-9f23-21b89b9c25a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('7fbc4bb8-75e5-437c-9f23-21b89b9c25a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P6.6');
INSERT INTO public.control_criteria VALUES ('d498fbc5-e363-45d7-b080-e32663f521e7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('d498fbc5-e363-45d7-b080-e32663f521e7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('fc3e055c-9555-448b-8e2e-fa9bf1ca9cc4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('fc3e055c-9555-448b-8e2e-fa9bf1ca9cc4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P6.3');
INSERT INTO public.control_criteria VALUES ('6ce4234a-381b-4b5e-ba95-a0adae398318', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('6ce4234a-381b-4b5e-ba95-a0adae398318', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('6d5cd02e-9c40-4d5d-bbbe-2a0eb86924b9', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('6d5cd02e-9c40-4d5d-bbbe-2a0eb86924b9', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('cbf0efee-8d6a-4427-8a7c-4f0750ca00e3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('cbf0efee-8d6a-4427-8a7c-4f0750ca00e3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('cbf0efee-8d6a-4427-8a7c-4f0750ca00e3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('6b17aecb-1bf4-4aae-9f7b-e65905ab9a35', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('6b17aecb-1bf4-4aae-9f7b-e65905ab9a35', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.3');
INSERT INTO public.control_criteria VALUES ('dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('72e27b72-f974-4b9a-ab12-98a9598de491', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('72e27b72-f974-4b9a-ab12-98a9598de491', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('a8a96f15-348b-4bc9-a8e7-081543d06ab1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('3cbee426-bace-4a97-8268-54503d982957', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('b6ce783d-9ca5-43e1-bd08-f26160a5ddca', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.3');
INSERT INTO public.control_criteria VALUES ('b6ce783d-9ca5-43e1-bd08-f26160a5ddca', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('250e47a0-216b-41c0-ad5e-d2650b9fafe8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.2');
INSERT INTO public.control_criteria VALUES ('250e47a0-216b-41c0-ad5e-d2650b9fafe8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('90959a10-5778-47d7-983e-358421d48b47', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.1');
INSERT INTO public.control_criteria VALUES ('461d852f-45ca-465b-918b-725d453cf6e7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.1');
INSERT INTO public.control_criteria VALUES ('2f516f79-945b-43e9-8470-3461a1d7251e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.1');
INSERT INTO public.control_criteria VALUES ('8f9cd48a-73a1-4192-9496-407e86bd71d1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.1');
INSERT INTO public.control_criteria VALUES ('8f9cd48a-73a1-4192-9496-407e86bd71d1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('32d3d52b-6dc3-42eb-95b0-b25b23c8aebe', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'A1.1');
INSERT INTO public.control_criteria VALUES ('32d3d52b-6dc3-42eb-95b0-b25b23c8aebe', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('54ba5b4b-d158-4e94-8e1e-9f73da133386', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('54ba5b4b-d158-4e94-8e1e-9f73da133386', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('0b5bff30-0613-4d04-bf6f-71014f85647a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('0b5bff30-0613-4d04-bf6f-71014f85647a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('c3a6231f-d464-422c-ac4d-1f588825420a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('c3a6231f-d464-422c-ac4d-1f588825420a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.2');
INSERT INTO public.control_criteria VALUES ('c3a6231f-d464-422c-ac4d-1f588825420a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.2');
INSERT INTO public.control_criteria VALUES ('2360a35a-ec45-40c4-8977-5f6402aa94b0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.2');
INSERT INTO public.control_criteria VALUES ('2360a35a-ec45-40c4-8977-5f6402aa94b0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.2');
INSERT INTO public.control_criteria VALUES ('2360a35a-ec45-40c4-8977-5f6402aa94b0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.3');
INSERT INTO public.control_criteria VALUES ('eaebbacd-8d91-4913-97ec-66a074e97419', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.2');
INSERT INTO public.control_criteria VALUES ('eaebbacd-8d91-4913-97ec-66a074e97419', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.3');
INSERT INTO public.control_criteria VALUES ('0fbcab30-e90c-4f6e-8f24-0e5db33e2919', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('0fbcab30-e90c-4f6e-8f24-0e5db33e2919', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.2');
INSERT INTO public.control_criteria VALUES ('c7e8a478-198f-443b-93c5-1f6023f18e0d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('c7e8a478-198f-443b-93c5-1f6023f18e0d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('a969c4bd-3123-45a8-b758-e75d0a9b4fa7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'C1.1');
INSERT INTO public.control_criteria VALUES ('a969c4bd-3123-45a8-b758-e75d0a9b4fa7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('a969c4bd-3123-45a8-b758-e75d0a9b4fa7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.1');
INSERT INTO public.control_criteria VALUES ('7d776b14-1fc8-4a33-b203-abc13ad5b2b3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('7d776b14-1fc8-4a33-b203-abc13ad5b2b3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('22c0a7f2-2546-4ef9-abac-d88d4ae792c6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P1.1');
INSERT INTO public.control_criteria VALUES ('22c0a7f2-2546-4ef9-abac-d88d4ae792c6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('728d7b47-9e98-40d8-a481-667f32bf8842', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.1');
INSERT INTO public.control_criteria VALUES ('728d7b47-9e98-40d8-a481-667f32bf8842', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P2.1');
INSERT INTO public.control_criteria VALUES ('728d7b47-9e98-40d8-a481-667f32bf8842', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('4ee47212-8c7f-4c5a-8452-df805e66f984', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('4ee47212-8c7f-4c5a-8452-df805e66f984', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('4ee47212-8c7f-4c5a-8452-df805e66f984', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P4.1');
INSERT INTO public.control_criteria VALUES ('ce0b7eec-cbf4-4a76-919e-46af7ca18ff8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'P8.1');
INSERT INTO public.control_criteria VALUES ('ce0b7eec-cbf4-4a76-919e-46af7ca18ff8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CC4.1');


--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('18949170-b637-4424-af7b-c2482d80db1b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "18949170-b637-4424-af7b-c2482d80db1b", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('2b5e08e2-8222-4d65-b1ea-d6921878b8e8', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "2b5e08e2-8222-4d65-b1ea-d6921878b8e8", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c03cfaf8-c51e-48e0-b537-dc04cce4f118', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c03cfaf8-c51e-48e0-b537-dc04cce4f118", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('f215adb3-d186-4587-b45f-4fe236ef1527', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "f215adb3-d186-4587-b45f-4fe236ef1527", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('27199dd7-701d-4ded-a6e2-982f891f69b7', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "27199dd7-701d-4ded-a6e2-982f891f69b7", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('75aba3e6-ee4e-4008-a9ea-7a9222d17a3c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "75aba3e6-ee4e-4008-a9ea-7a9222d17a3c", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c767024f-1df2-48a0-bf80-26a8c9aa6cfc', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c767024f-1df2-48a0-bf80-26a8c9aa6cfc", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('6c894d6c-227d-460e-9e7d-f4bd3f965c1e', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "6c894d6c-227d-460e-9e7d-f4bd3f965c1e", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('55165ab1-43b6-4486-9127-e32e89e7b536', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "55165ab1-43b6-4486-9127-e32e89e7b536", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('1c152571-7702-4c84-802d-d99500475ec1', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "1c152571-7702-4c84-802d-d99500475ec1", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('5d144639-f4da-4be9-9bfc-517eb71f3b84', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "5d144639-f4da-4be9-9bfc-517eb71f3b84", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('1a451c6b-80b7-4879-b2e8-4988ebf5f13a', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "1a451c6b-80b7-4879-b2e8-4988ebf5f13a", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('d5498a52-2f3b-45b4-a933-1f9afb88a418', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "d5498a52-2f3b-45b4-a933-1f9afb88a418", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('05760bca-22b6-4b0d-a05d-11de8e25925d', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "05760bca-22b6-4b0d-a05d-11de8e25925d", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('e3968ad5-8468-48fd-a96a-45d23969ae84', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "e3968ad5-8468-48fd-a96a-45d23969ae84", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('385bf708-844e-482f-b753-1cfc4759982c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "385bf708-844e-482f-b753-1cfc4759982c", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('660f9c4a-f379-4eb0-8c24-4a5488164828', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "660f9c4a-f379-4eb0-8c24-4a5488164828", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c2ce95a8-a832-445e-a351-9b77298260a6', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c2ce95a8-a832-445e-a351-9b77298260a6", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('75451d17-6115-446d-b792-f3383f21d477', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "75451d17-6115-446d-b792-f3383f21d477", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('e60046ee-1b93-4ef0-86af-42610b12559b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "e60046ee-1b93-4ef0-86af-42610b12559b", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('a2566bd8-497b-45b0-80b8-52a936156262', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "a2566bd8-497b-45b0-80b8-52a936156262", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('32df177d-47b0-4ce1-8b4e-f7b5932d502b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "32df177d-47b0-4ce1-8b4e-f7b5932d502b", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('967dc427-7245-4990-845e-1341c37a2d1d', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "967dc427-7245-4990-845e-1341c37a2d1d", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('07621550-75fc-489f-ba88-9d36622d46a6', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "07621550-75fc-489f-ba88-9d36622d46a6", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('57b795d6-c5ac-45ff-bafa-f9e411962aea', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "57b795d6-c5ac-45ff-bafa-f9e411962aea", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('602da1a9-5d50-47ca-94fd-31e16fd504d0', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "602da1a9-5d50-47ca-94fd-31e16fd504d0", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('2091e2e1-b8a5-492e-8f49-295173aecfe0', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "2091e2e1-b8a5-492e-8f49-295173aecfe0", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('46034bf8-7373-4454-b42d-949b0d13c987', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "46034bf8-7373-4454-b42d-949b0d13c987", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('46d10fb5-36bf-4213-90ff-73f62433aaf4', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "46d10fb5-36bf-4213-90ff-73f62433aaf4", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('4a071c64-ffab-4019-8f7f-788cfe813e12', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "4a071c64-ffab-4019-8f7f-788cfe813e12", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('3a3b8b53-a188-4daa-a8dd-44f53b00206b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "3a3b8b53-a188-4daa-a8dd-44f53b00206b", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('50e6af2e-e8cb-44b0-bfb0-b7d020fa2c3a', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "50e6af2e-e8cb-44b0-bfb0-b7d020fa2c3a", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('dcfe6eed-2357-4d5a-92b5-65a23c6f98c1', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "dcfe6eed-2357-4d5a-92b5-65a23c6f98c1", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('decba550-a416-45df-92e7-5eb7478d694e', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "decba550-a416-45df-92e7-5eb7478d694e", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('67c3b322-b042-4683-99be-aa71ebd6dbd6', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "67c3b322-b042-4683-99be-aa71ebd6dbd6", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8724cbb3-24dd-4f11-9769-244f2596420c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8724cbb3-24dd-4f11-9769-244f2596420c", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8e57d440-ef0c-4b44-9ffc-96c84fc060a8', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8e57d440-ef0c-4b44-9ffc-96c84fc060a8", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('059f1155-6061-4b86-ba43-213e5933edfd', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "059f1155-6061-4b86-ba43-213e5933edfd", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('01b7629e-ab44-49b3-9dc1-3451a9528673', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "01b7629e-ab44-49b3-9dc1-3451a9528673", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('ef6cf031-24be-4258-9c0a-bc8e89b79e31', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "ef6cf031-24be-4258-9c0a-bc8e89b79e31", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('aa07bc46-5820-41b0-bda5-cbb1444c267e', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "aa07bc46-5820-41b0-bda5-cbb1444c267e", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('60211e37-891d-4bda-b4a7-abc7664de746', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "60211e37-891d-4bda-b4a7-abc7664de746", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('53cb34b1-03cf-4bec-9f1e-e8c79624bfb4', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "53cb34b1-03cf-4bec-9f1e-e8c79624bfb4", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('54efe306-abc7-4bce-a754-9c9b1005880d', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "54efe306-abc7-4bce-a754-9c9b1005880d", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('ed0744ce-c759-4d28-8a76-9f9877dc5cb2', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "ed0744ce-c759-4d28-8a76-9f9877dc5cb2", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c9453999-fe05-4e08-9cfb-e80a0344c0cd', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c9453999-fe05-4e08-9cfb-e80a0344c0cd", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('047c1a32-66a3-4e63-ac75-52698c05ec03', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "047c1a32-66a3-4e63-ac75-52698c05ec03", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('5180de7e-81ff-4100-a76f-983e02b3cc65', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "5180de7e-81ff-4100-a76f-983e02b3cc65", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('5ba56613-8f05-422e-9f8f-0dec34e9e118', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "5ba56613-8f05-422e-9f8f-0dec34e9e118", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('1b7efd06-c63e-472d-bfc8-c2ec8dbd15d0', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "1b7efd06-c63e-472d-bfc8-c2ec8dbd15d0", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('083a7128-8916-4a10-9ca8-5cde9935ece1', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "083a7128-8916-4a10-9ca8-5cde9935ece1", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('e40f3877-67fc-4ec8-a73f-e5c8b92960c5', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "e40f3877-67fc-4ec8-a73f-e5c8b92960c5", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('1de6c2e5-c9a4-4a3a-b3e1-e62ec0904b93', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "1de6c2e5-c9a4-4a3a-b3e1-e62ec0904b93", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('26288c3b-68f5-45d8-a9c8-a2b89f0ac969', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "26288c3b-68f5-45d8-a9c8-a2b89f0ac969", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c8f7433b-12a8-4c58-93e6-75d272bb6e5b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c8f7433b-12a8-4c58-93e6-75d272bb6e5b", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('a05230b9-ff60-4ea1-be50-aea5c0e6328f', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "a05230b9-ff60-4ea1-be50-aea5c0e6328f", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('9c126feb-23f1-4b1f-ba09-b5d5850656ad', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "9c126feb-23f1-4b1f-ba09-b5d5850656ad", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('69b33fca-9da6-456c-b0b2-5d331ff973a4', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "69b33fca-9da6-456c-b0b2-5d331ff973a4", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('ab723860-25a7-48fc-846c-32982074e2e8', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "ab723860-25a7-48fc-846c-32982074e2e8", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('253f0629-973e-4cb0-b149-6f4b4dfde74c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "253f0629-973e-4cb0-b149-6f4b4dfde74c", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('21e3f933-8c7f-4596-a3dc-22fcfa8ef81e', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "21e3f933-8c7f-4596-a3dc-22fcfa8ef81e", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('07502245-3f74-4173-bbac-173ada11de8c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "07502245-3f74-4173-bbac-173ada11de8c", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8545e7c2-d48d-4c1b-9006-4ec68f15923d', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8545e7c2-d48d-4c1b-9006-4ec68f15923d", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('b4ad6096-ccd0-45f8-a726-73047734f9b0', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "b4ad6096-ccd0-45f8-a726-73047734f9b0", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8c8baeb7-28de-4532-a63d-98da8e541a77', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8c8baeb7-28de-4532-a63d-98da8e541a77", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('22eea8c6-1575-473d-8c7c-0e4619978d9c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "22eea8c6-1575-473d-8c7c-0e4619978d9c", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('27c408e0-291e-4eeb-9f45-d633410e6221', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "27c408e0-291e-4eeb-9f45-d633410e6221", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('b419f382-0ca7-4121-a1b6-96888ceff76a', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "b419f382-0ca7-4121-a1b6-96888ceff76a", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('0ddc826e-1361-467c-96dd-8085125eea00', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "0ddc826e-1361-467c-96dd-8085125eea00", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('f8b51a29-99e6-43ee-bd4f-7fa4408c87a5', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "f8b51a29-99e6-43ee-bd4f-7fa4408c87a5", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('57d35e98-9abe-4df7-ab45-ec1d39e66c59', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "57d35e98-9abe-4df7-ab45-ec1d39e66c59", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('a1a5a651-159b-4fe9-96d7-cda09ab2fc73', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "a1a5a651-159b-4fe9-96d7-cda09ab2fc73", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('67ae9d8d-4840-4e73-b333-247ef74e6a7b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "67ae9d8d-4840-4e73-b333-247ef74e6a7b", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('d48aa63c-7185-4594-aac2-9efbf680a4fa', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "d48aa63c-7185-4594-aac2-9efbf680a4fa", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c6504712-70c3-4731-8678-d6c79037c808', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c6504712-70c3-4731-8678-d6c79037c808", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('795e66c5-0460-40d6-b247-fb872b03080f', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "795e66c5-0460-40d6-b247-fb872b03080f", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8a7ee434-00c8-4bbe-a057-567574a79f7b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8a7ee434-00c8-4bbe-a057-567574a79f7b", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('a4b25c5d-6d53-4cb5-b917-111c6ae8d39f', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "a4b25c5d-6d53-4cb5-b917-111c6ae8d39f", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('7dc157ca-e79b-46ac-b3b3-bae3157fa825', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "7dc157ca-e79b-46ac-b3b3-bae3157fa825", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('7abb3df4-d045-4a70-9dea-205cc93f5c82', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "7abb3df4-d045-4a70-9dea-205cc93f5c82", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8abc8803-4e8d-4549-99dd-feaee9fbaa7c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8abc8803-4e8d-4549-99dd-feaee9fbaa7c", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('3877f0d5-45d4-4a09-a5c0-71a896d11cc3', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "3877f0d5-45d4-4a09-a5c0-71a896d11cc3", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('9ef5e9c9-9d73-4a47-833c-719b5b3fa395', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "9ef5e9c9-9d73-4a47-833c-719b5b3fa395", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('6ffdb905-1335-4e13-a0aa-feb1ca6ad9b6', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "6ffdb905-1335-4e13-a0aa-feb1ca6ad9b6", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('4aa00683-c483-4937-b3de-6066ccbb5823', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "4aa00683-c483-4937-b3de-6066ccbb5823", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('0aee74d0-3bf4-4ee4-9f68-e1d2e75ae57c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "0aee74d0-3bf4-4ee4-9f68-e1d2e75ae57c", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('b1efc29f-bce7-4c29-b550-0756f8a15f25', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "b1efc29f-bce7-4c29-b550-0756f8a15f25", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('f785dc54-7b0c-45d6-8c0e-afd7f9d321ee', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "f785dc54-7b0c-45d6-8c0e-afd7f9d321ee", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('984b4ab8-3104-45c9-b9d7-7ae4c58e01ca', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "984b4ab8-3104-45c9-b9d7-7ae4c58e01ca", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('5aaa9036-14af-44f3-923b-03bed7f309bd', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "5aaa9036-14af-44f3-923b-03bed7f309bd", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('510b9c44-ba44-493d-a0f3-16dd639ee73b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "510b9c44-ba44-493d-a0f3-16dd639ee73b", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('b9fe37da-ea5c-4b81-9fdb-06a6917fb75c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "b9fe37da-ea5c-4b81-9fdb-06a6917fb75c", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8698cfc6-55f0-4a2b-a55b-31b8dde7d89e', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8698cfc6-55f0-4a2b-a55b-31b8dde7d89e", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('28bc5633-8b22-4c6c-b90d-405eb12c9678', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "28bc5633-8b22-4c6c-b90d-405eb12c9678", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('65c82fe5-fdb2-4a6b-b12e-ed6418db724b', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "65c82fe5-fdb2-4a6b-b12e-ed6418db724b", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('0f362df1-5b7e-48f4-a54d-62678dcb2106', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "0f362df1-5b7e-48f4-a54d-62678dcb2106", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('7fbc4bb8-75e5-437c-9f23-21b89b9c25a6', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "7fbc4bb8-75e5-437c-9f23-21b89b9c25a6", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('d498fbc5-e363-45d7-b080-e32663f521e7', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "d498fbc5-e363-45d7-b080-e32663f521e7", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('fc3e055c-9555-448b-8e2e-fa9bf1ca9cc4', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "fc3e055c-9555-448b-8e2e-fa9bf1ca9cc4", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('6ce4234a-381b-4b5e-ba95-a0adae398318', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "6ce4234a-381b-4b5e-ba95-a0adae398318", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('6d5cd02e-9c40-4d5d-bbbe-2a0eb86924b9', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "6d5cd02e-9c40-4d5d-bbbe-2a0eb86924b9", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('cbf0efee-8d6a-4427-8a7c-4f0750ca00e3', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "cbf0efee-8d6a-4427-8a7c-4f0750ca00e3", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('6b17aecb-1bf4-4aae-9f7b-e65905ab9a35', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "6b17aecb-1bf4-4aae-9f7b-e65905ab9a35", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('72e27b72-f974-4b9a-ab12-98a9598de491', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "72e27b72-f974-4b9a-ab12-98a9598de491", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('a8a96f15-348b-4bc9-a8e7-081543d06ab1', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "a8a96f15-348b-4bc9-a8e7-081543d06ab1", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('3cbee426-bace-4a97-8268-54503d982957', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "3cbee426-bace-4a97-8268-54503d982957", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('b6ce783d-9ca5-43e1-bd08-f26160a5ddca', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "b6ce783d-9ca5-43e1-bd08-f26160a5ddca", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('250e47a0-216b-41c0-ad5e-d2650b9fafe8', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "250e47a0-216b-41c0-ad5e-d2650b9fafe8", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('90959a10-5778-47d7-983e-358421d48b47', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "90959a10-5778-47d7-983e-358421d48b47", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('461d852f-45ca-465b-918b-725d453cf6e7', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "461d852f-45ca-465b-918b-725d453cf6e7", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('2f516f79-945b-43e9-8470-3461a1d7251e', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "2f516f79-945b-43e9-8470-3461a1d7251e", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('8f9cd48a-73a1-4192-9496-407e86bd71d1', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "8f9cd48a-73a1-4192-9496-407e86bd71d1", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('32d3d52b-6dc3-42eb-95b0-b25b23c8aebe', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "32d3d52b-6dc3-42eb-95b0-b25b23c8aebe", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('54ba5b4b-d158-4e94-8e1e-9f73da133386', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "54ba5b4b-d158-4e94-8e1e-9f73da133386", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('0b5bff30-0613-4d04-bf6f-71014f85647a', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "0b5bff30-0613-4d04-bf6f-71014f85647a", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c3a6231f-d464-422c-ac4d-1f588825420a', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c3a6231f-d464-422c-ac4d-1f588825420a", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('2360a35a-ec45-40c4-8977-5f6402aa94b0', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "2360a35a-ec45-40c4-8977-5f6402aa94b0", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('eaebbacd-8d91-4913-97ec-66a074e97419', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "eaebbacd-8d91-4913-97ec-66a074e97419", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('0fbcab30-e90c-4f6e-8f24-0e5db33e2919', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "0fbcab30-e90c-4f6e-8f24-0e5db33e2919", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('c7e8a478-198f-443b-93c5-1f6023f18e0d', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "c7e8a478-198f-443b-93c5-1f6023f18e0d", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('a969c4bd-3123-45a8-b758-e75d0a9b4fa7', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "a969c4bd-3123-45a8-b758-e75d0a9b4fa7", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('7d776b14-1fc8-4a33-b203-abc13ad5b2b3', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "7d776b14-1fc8-4a33-b203-abc13ad5b2b3", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('22c0a7f2-2546-4ef9-abac-d88d4ae792c6', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "22c0a7f2-2546-4ef9-abac-d88d4ae792c6", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('728d7b47-9e98-40d8-a481-667f32bf8842', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "728d7b47-9e98-40d8-a481-667f32bf8842", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('4ee47212-8c7f-4c5a-8452-df805e66f984', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "4ee47212-8c7f-4c5a-8452-df805e66f984", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('ce0b7eec-cbf4-4a76-919e-46af7ca18ff8', 1, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "ce0b7eec-cbf4-4a76-919e-46af7ca18ff8", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.control_versions VALUES ('aa07bc46-5820-41b0-bda5-cbb1444c267e', 2, '62745676-a7f4-4bad-9e18-c1d42e021beb', '{"id": "aa07bc46-5820-41b0-bda5-cbb1444c267e", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "62745676-a7f4-4bad-9e18-c1d42e021beb", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test (token fill script)', '2026-12-06 15:29:05.831188+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('18949170-b637-4424-af7b-c2482d80db1b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('46cfcbe9-b5e1-4978-aff0-5f2c4b0c5e45', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('2b5e08e2-8222-4d65-b1ea-d6921878b8e8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c03cfaf8-c51e-48e0-b537-dc04cce4f118', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('f215adb3-d186-4587-b45f-4fe236ef1527', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('27199dd7-701d-4ded-a6e2-982f891f69b7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('75aba3e6-ee4e-4008-a9ea-7a9222d17a3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c767024f-1df2-48a0-bf80-26a8c9aa6cfc', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('6c894d6c-227d-460e-9e7d-f4bd3f965c1e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('55165ab1-43b6-4486-9127-e32e89e7b536', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('1c152571-7702-4c84-802d-d99500475ec1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('5d144639-f4da-4be9-9bfc-517eb71f3b84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('1a451c6b-80b7-4879-b2e8-4988ebf5f13a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('d5498a52-2f3b-45b4-a933-1f9afb88a418', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('05760bca-22b6-4b0d-a05d-11de8e25925d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('e3968ad5-8468-48fd-a96a-45d23969ae84', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('385bf708-844e-482f-b753-1cfc4759982c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('660f9c4a-f379-4eb0-8c24-4a5488164828', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c2ce95a8-a832-445e-a351-9b77298260a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('75451d17-6115-446d-b792-f3383f21d477', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('e60046ee-1b93-4ef0-86af-42610b12559b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('a2566bd8-497b-45b0-80b8-52a936156262', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('32df177d-47b0-4ce1-8b4e-f7b5932d502b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('967dc427-7245-4990-845e-1341c37a2d1d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('07621550-75fc-489f-ba88-9d36622d46a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('57b795d6-c5ac-45ff-bafa-f9e411962aea', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('602da1a9-5d50-47ca-94fd-31e16fd504d0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('2091e2e1-b8a5-492e-8f49-295173aecfe0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('46034bf8-7373-4454-b42d-949b0d13c987', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('46d10fb5-36bf-4213-90ff-73f62433aaf4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('4a071c64-ffab-4019-8f7f-788cfe813e12', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('3a3b8b53-a188-4daa-a8dd-44f53b00206b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('50e6af2e-e8cb-44b0-bfb0-b7d020fa2c3a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('dcfe6eed-2357-4d5a-92b5-65a23c6f98c1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('decba550-a416-45df-92e7-5eb7478d694e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('67c3b322-b042-4683-99be-aa71ebd6dbd6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8724cbb3-24dd-4f11-9769-244f2596420c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('d48aa63c-7185-4594-aac2-9efbf680a4fa', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8e57d440-ef0c-4b44-9ffc-96c84fc060a8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('059f1155-6061-4b86-ba43-213e5933edfd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('01b7629e-ab44-49b3-9dc1-3451a9528673', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('ef6cf031-24be-4258-9c0a-bc8e89b79e31', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('60211e37-891d-4bda-b4a7-abc7664de746', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('53cb34b1-03cf-4bec-9f1e-e8c79624bfb4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('54efe306-abc7-4bce-a754-9c9b1005880d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('ed0744ce-c759-4d28-8a76-9f9877dc5cb2', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c9453999-fe05-4e08-9cfb-e80a0344c0cd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('047c1a32-66a3-4e63-ac75-52698c05ec03', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('5180de7e-81ff-4100-a76f-983e02b3cc65', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('5ba56613-8f05-422e-9f8f-0dec34e9e118', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('1b7efd06-c63e-472d-bfc8-c2ec8dbd15d0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('083a7128-8916-4a10-9ca8-5cde9935ece1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('e40f3877-67fc-4ec8-a73f-e5c8b92960c5', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('1de6c2e5-c9a4-4a3a-b3e1-e62ec0904b93', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('26288c3b-68f5-45d8-a9c8-a2b89f0ac969', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c8f7433b-12a8-4c58-93e6-75d272bb6e5b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('a05230b9-ff60-4ea1-be50-aea5c0e6328f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('9c126feb-23f1-4b1f-ba09-b5d5850656ad', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('69b33fca-9da6-456c-b0b2-5d331ff973a4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('ab723860-25a7-48fc-846c-32982074e2e8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('253f0629-973e-4cb0-b149-6f4b4dfde74c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('21e3f933-8c7f-4596-a3dc-22fcfa8ef81e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('07502245-3f74-4173-bbac-173ada11de8c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8545e7c2-d48d-4c1b-9006-4ec68f15923d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('b4ad6096-ccd0-45f8-a726-73047734f9b0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8c8baeb7-28de-4532-a63d-98da8e541a77', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('22eea8c6-1575-473d-8c7c-0e4619978d9c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('27c408e0-291e-4eeb-9f45-d633410e6221', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('b419f382-0ca7-4121-a1b6-96888ceff76a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('0ddc826e-1361-467c-96dd-8085125eea00', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('f8b51a29-99e6-43ee-bd4f-7fa4408c87a5', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('57d35e98-9abe-4df7-ab45-ec1d39e66c59', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('a1a5a651-159b-4fe9-96d7-cda09ab2fc73', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('67ae9d8d-4840-4e73-b333-247ef74e6a7b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c6504712-70c3-4731-8678-d6c79037c808', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('795e66c5-0460-40d6-b247-fb872b03080f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8a7ee434-00c8-4bbe-a057-567574a79f7b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('a4b25c5d-6d53-4cb5-b917-111c6ae8d39f', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('7dc157ca-e79b-46ac-b3b3-bae3157fa825', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('7abb3df4-d045-4a70-9dea-205cc93f5c82', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8abc8803-4e8d-4549-99dd-feaee9fbaa7c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('3877f0d5-45d4-4a09-a5c0-71a896d11cc3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('9ef5e9c9-9d73-4a47-833c-719b5b3fa395', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('6ffdb905-1335-4e13-a0aa-feb1ca6ad9b6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('4aa00683-c483-4937-b3de-6066ccbb5823', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('0aee74d0-3bf4-4ee4-9f68-e1d2e75ae57c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('b1efc29f-bce7-4c29-b550-0756f8a15f25', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('f785dc54-7b0c-45d6-8c0e-afd7f9d321ee', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('984b4ab8-3104-45c9-b9d7-7ae4c58e01ca', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('5aaa9036-14af-44f3-923b-03bed7f309bd', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('510b9c44-ba44-493d-a0f3-16dd639ee73b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('b9fe37da-ea5c-4b81-9fdb-06a6917fb75c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8698cfc6-55f0-4a2b-a55b-31b8dde7d89e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('28bc5633-8b22-4c6c-b90d-405eb12c9678', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('65c82fe5-fdb2-4a6b-b12e-ed6418db724b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('0f362df1-5b7e-48f4-a54d-62678dcb2106', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('7fbc4bb8-75e5-437c-9f23-21b89b9c25a6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('d498fbc5-e363-45d7-b080-e32663f521e7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('fc3e055c-9555-448b-8e2e-fa9bf1ca9cc4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('6ce4234a-381b-4b5e-ba95-a0adae398318', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('6d5cd02e-9c40-4d5d-bbbe-2a0eb86924b9', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('cbf0efee-8d6a-4427-8a7c-4f0750ca00e3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('6b17aecb-1bf4-4aae-9f7b-e65905ab9a35', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('dc78aa3d-18b8-4657-9c29-1cce2fc1ba3c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('72e27b72-f974-4b9a-ab12-98a9598de491', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('a8a96f15-348b-4bc9-a8e7-081543d06ab1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('3cbee426-bace-4a97-8268-54503d982957', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('b6ce783d-9ca5-43e1-bd08-f26160a5ddca', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('250e47a0-216b-41c0-ad5e-d2650b9fafe8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('90959a10-5778-47d7-983e-358421d48b47', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('461d852f-45ca-465b-918b-725d453cf6e7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('2f516f79-945b-43e9-8470-3461a1d7251e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('8f9cd48a-73a1-4192-9496-407e86bd71d1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('32d3d52b-6dc3-42eb-95b0-b25b23c8aebe', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('54ba5b4b-d158-4e94-8e1e-9f73da133386', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('0b5bff30-0613-4d04-bf6f-71014f85647a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c3a6231f-d464-422c-ac4d-1f588825420a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('2360a35a-ec45-40c4-8977-5f6402aa94b0', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('eaebbacd-8d91-4913-97ec-66a074e97419', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('0fbcab30-e90c-4f6e-8f24-0e5db33e2919', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('c7e8a478-198f-443b-93c5-1f6023f18e0d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('a969c4bd-3123-45a8-b758-e75d0a9b4fa7', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('7d776b14-1fc8-4a33-b203-abc13ad5b2b3', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('22c0a7f2-2546-4ef9-abac-d88d4ae792c6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('728d7b47-9e98-40d8-a481-667f32bf8842', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('4ee47212-8c7f-4c5a-8452-df805e66f984', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('ce0b7eec-cbf4-4a76-919e-46af7ca18ff8', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.271108+00');
INSERT INTO public.controls VALUES ('aa07bc46-5820-41b0-bda5-cbb1444c267e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-06 15:29:05.271108+00', '2026-12-06 15:29:05.833+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('39a5137c-362d-448e-932b-578a6a224d0c', '7ed86ee8-39cd-4e27-b582-725b95033475');
INSERT INTO public.engagement_systems VALUES ('56039a55-7fb5-4194-875e-4ca241987be2', '7ed86ee8-39cd-4e27-b582-725b95033475');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('39a5137c-362d-448e-932b-578a6a224d0c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-06 15:29:05.45503+00');
INSERT INTO public.engagements VALUES ('56039a55-7fb5-4194-875e-4ca241987be2', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-06 15:29:05.47572+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('99002519-e73b-4497-8b31-b382e64ebfa1', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run ff18d763-f712-4944-b534-1906af12842f, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', '62745676-a7f4-4bad-9e18-c1d42e021beb/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, 'ff18d763-f712-4944-b534-1906af12842f', NULL, '2026-12-06 15:29:03.131706+00', 4);
INSERT INTO public.evidence VALUES ('498ea7f0-7cda-45d5-b9c6-79ca7681035e', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run 9261ac1b-f997-4fcf-967a-739a24c260cb, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', '62745676-a7f4-4bad-9e18-c1d42e021beb/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, '9261ac1b-f997-4fcf-967a-739a24c260cb', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', '2026-12-06 15:29:05.663647+00', 15);
INSERT INTO public.evidence VALUES ('3ada114f-dea5-4422-b625-d37073ce979d', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', '62745676-a7f4-4bad-9e18-c1d42e021beb/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-06', NULL, NULL, NULL, '2026-12-06 15:29:07.925954+00', 19);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('498ea7f0-7cda-45d5-b9c6-79ca7681035e', '253f0629-973e-4cb0-b149-6f4b4dfde74c', '62745676-a7f4-4bad-9e18-c1d42e021beb');
INSERT INTO public.evidence_controls VALUES ('498ea7f0-7cda-45d5-b9c6-79ca7681035e', '21e3f933-8c7f-4596-a3dc-22fcfa8ef81e', '62745676-a7f4-4bad-9e18-c1d42e021beb');
INSERT INTO public.evidence_controls VALUES ('498ea7f0-7cda-45d5-b9c6-79ca7681035e', '8545e7c2-d48d-4c1b-9006-4ec68f15923d', '62745676-a7f4-4bad-9e18-c1d42e021beb');
INSERT INTO public.evidence_controls VALUES ('3ada114f-dea5-4422-b625-d37073ce979d', '60211e37-891d-4bda-b4a7-abc7664de746', '62745676-a7f4-4bad-9e18-c1d42e021beb');


--
-- Data for Name: hr_access_grants; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitations VALUES ('2d20f4e2-8f1f-4730-8ac5-590eb2d42df4', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'new.hire@acme.test', 'member', NULL, NULL, 'b97f442a0f548acb5d47f5e2f6ac199b418d962c4753f7e413292a13874be1d5', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', '2026-12-13 15:29:05.519+00', NULL, NULL, '2026-12-06 15:29:05.516582+00');


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner', NULL, '2026-12-06 15:28:54.581002+00');
INSERT INTO public.memberships VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', '60bb228a-9ee1-49f8-a031-54a601d01d60', 'member', NULL, '2026-12-06 15:28:57.903094+00');


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

INSERT INTO public.organizations VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-06 15:28:54.581002+00');


--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES ('a836e30f-f49c-41d1-9a1c-0b15354bbe0c', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'pat@acme.test', 'Pat Doe', '{}', 'employee', 'Engineering', NULL, NULL, '2026-02-02', NULL, 'active', true, NULL, 'manual', NULL, NULL, NULL, '2026-12-06 15:29:07.988133+00', '2026-12-06 15:29:07.988133+00');


--
-- Data for Name: people_settings; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: person_account_links; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: policies; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.policies VALUES ('b38ba9aa-d9b1-47fe-9b5d-05f332199029', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'Information Security Policy', 'information-security', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'all_staff', 12, '{60bb228a-9ee1-49f8-a031-54a601d01d60}', '2026-12-06 15:29:08.242417+00', '2026-12-06 15:29:08.242417+00');


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

INSERT INTO public.policy_versions VALUES ('6cdf8be5-b28a-426a-b242-1ebf43ab0757', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'b38ba9aa-d9b1-47fe-9b5d-05f332199029', 1, 0, 'draft', '# Information Security Policy

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
', 'First version, from the Information Security Policy template', false, NULL, 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', '2026-12-06 15:29:08.242417+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);


--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 'trivy', NULL, 'vuln.finding', '2026-12-06 15:29:03.111+00', 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.resource_scopes VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 'trivy', NULL, 'vuln.target', '2026-12-06 15:29:03.111+00', 'ff18d763-f712-4944-b534-1906af12842f');
INSERT INTO public.resource_scopes VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 'grype', '3966df32-709d-4f39-bf06-7a8507530f40', 'vuln.finding', '2026-12-06 15:29:05.646+00', '9261ac1b-f997-4fcf-967a-739a24c260cb');
INSERT INTO public.resource_scopes VALUES ('62745676-a7f4-4bad-9e18-c1d42e021beb', 'grype', '3966df32-709d-4f39-bf06-7a8507530f40', 'vuln.target', '2026-12-06 15:29:05.646+00', '9261ac1b-f997-4fcf-967a-739a24c260cb');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('cafa7317-2614-46d9-9abd-f01e17ab619a', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-06 15:29:03.111+00', '2026-12-06 15:29:03.111+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('dd9e1987-cf6d-4441-b605-1179cead91ba', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-06 15:29:03.111+00', '2026-12-06 15:29:03.111+00', NULL, NULL, '29ezymug3ki:fn');
INSERT INTO public.resources VALUES ('c45cd0ae-b209-499d-9794-204b9229f0f6', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-06 15:29:03.111+00', '2026-12-06 15:29:03.111+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('22b4f99b-d1e5-427c-a8a3-20490a34ca05', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-06 15:29:05.646+00', '2026-12-06 15:29:05.646+00', NULL, '3966df32-709d-4f39-bf06-7a8507530f40', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('44374b6e-5927-4d86-b707-53593cc78d91', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-06 15:29:05.646+00', '2026-12-06 15:29:05.646+00', NULL, '3966df32-709d-4f39-bf06-7a8507530f40', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('9aa75587-9566-4c76-97bb-3e3b4ea0636b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-06 15:29:05.646+00', '2026-12-06 15:29:05.646+00', NULL, '3966df32-709d-4f39-bf06-7a8507530f40', 'os05izi2np:pe');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('ff18d763-f712-4944-b534-1906af12842f', '62745676-a7f4-4bad-9e18-c1d42e021beb', NULL, 'trivy', 'succeeded', NULL, '2026-12-06 15:29:03.111+00', '2026-12-06 15:29:03.179+00', 3, 6, '99002519-e73b-4497-8b31-b382e64ebfa1', '{"ms": {"read": 16, "write": 48, "evaluate": 4}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 3, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 3, "pass": 0, "error": 0, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 15:29:03.129219+00');
INSERT INTO public.runs VALUES ('9261ac1b-f997-4fcf-967a-739a24c260cb', '62745676-a7f4-4bad-9e18-c1d42e021beb', '3966df32-709d-4f39-bf06-7a8507530f40', 'grype', 'succeeded', NULL, '2026-12-06 15:29:05.646+00', '2026-12-06 15:29:05.697+00', 3, 6, '498ea7f0-7cda-45d5-b9c6-79ca7681035e', '{"ms": {"read": 14, "write": 34, "evaluate": 3}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 15:29:05.661648+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('7ed86ee8-39cd-4e27-b582-725b95033475', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-06 15:29:05.438194+00');


--
-- Data for Name: training_completions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: training_courses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.training_courses VALUES ('ccca5228-cd60-45b7-8b44-bd71c3e2757b', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'security_awareness', 'Security awareness', 'Phishing, passwords and multi-factor sign-in, handling customer data, reporting incidents, and the policies everyone accepts. Everyone completes it when they join and once a year after.', 'all_staff', NULL, 12, '2026-01-01', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', '2026-12-06 15:29:08.012446+00', '2026-12-06 15:29:08.012446+00');
INSERT INTO public.training_courses VALUES ('12a44a71-2b7a-478d-a3e7-60a834998a89', '62745676-a7f4-4bad-9e18-c1d42e021beb', 'secure_development', 'Secure development', 'Common web application weaknesses, code review, secrets in code, dependencies and safe deployment, for everyone who writes or reviews code.', 'department', 'Engineering', 12, '2026-01-01', 'b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', '2026-12-06 15:29:08.012446+00', '2026-12-06 15:29:08.012446+00');


--
-- Data for Name: training_reminders; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('b0e76e68-9a85-4bba-a8ce-d4fe47d12df5', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$YwyCZEe2kN7/igrCLr/oYA$3k+2nMlpDOapIS/MIm2hXh2SCMZ/0+ZLASN1/rB1Ijk', 0, NULL, '2026-12-06 15:28:54.581002+00');
INSERT INTO public.users VALUES ('60bb228a-9ee1-49f8-a031-54a601d01d60', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$AdphWmxGY0oZRedU85y9rg$eObziEVy+sDmzjaaFffzPetZkCWSxG/JYf62P0Mld9s', 0, NULL, '2026-12-06 15:28:57.903094+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 11, true);


--
-- Name: alert_outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alert_outbox_id_seq', 3, true);


--
-- Name: audit_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_events_id_seq', 22, true);


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
-- Name: hr_access_grants hr_access_grants_org_id_user_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hr_access_grants
    ADD CONSTRAINT hr_access_grants_org_id_user_id_pk PRIMARY KEY (org_id, user_id);


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
-- PostgreSQL database dump complete
--


