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
    'fieldwork',
    'reporting',
    'closed'
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
    'viewer'
);


--
-- Name: token_scope; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.token_scope AS ENUM (
    'read',
    'write'
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
    stats jsonb DEFAULT '{}'::jsonb NOT NULL
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


--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('08631243-253a-48a1-9b2f-0eaa4b53234a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.bb7AfHXghnch6b6b.T6O7dFUQ5ONEa4z-bcIvYw.IyW0hjol-HakSgoCqN07pa07s7Ds7lGfQucMEU_cv_8qz4tKx3Q8AIxckP7FyV-uiw', '{fail,recovered,connector_error,stale}', true, '2026-12-05 21:39:10.077448+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, 'd570565f-67a0-4e92-baff-c12a548690c7', 'fail', '{"runId": "a31e458e-fa67-417e-8cfc-4733d2f5a51e", "reason": "CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available", "checkId": "vuln.no_critical_unfixed_older_than_15d", "severity": "critical", "checkTitle": "Critical vulnerabilities fixed within 15 days", "controlIds": [], "resourceId": "be0b86dd-4508-482f-ac02-e6af719e21d6", "connectorId": null, "resourceKey": "trivy|vuln.finding|testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224", "resourceName": "CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)"}', NULL, '2026-12-05 21:38:32.089401+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, 'd570565f-67a0-4e92-baff-c12a548690c7', 'fail', '{"runId": "a31e458e-fa67-417e-8cfc-4733d2f5a51e", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "ab441719-7547-4f0a-9709-614a878fce54", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-05 21:38:32.089401+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (3, 'd570565f-67a0-4e92-baff-c12a548690c7', 'fail', '{"runId": "a31e458e-fa67-417e-8cfc-4733d2f5a51e", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1928 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "ab441719-7547-4f0a-9709-614a878fce54", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-05 21:38:32.089401+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('82686cb0-4513-4f34-a517-f258ee02108f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'b0174159-b652-47f6-9070-31f6cad06181', 'fill script', 'vgl_5Oij5ies', '141f4052be38ce7ce48bf81e7489a244a0676f3dd8b4efcf38d6ad13ae0cceaa', 'write', '2027-03-05 21:38:03.423+00', NULL, '2026-12-05 21:39:06.88+00', '2026-12-05 21:38:03.42051+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 18, '6fd9de6ba0cd032825c399d8a07acdc2c42ccde6d72968d7706835518ece7aeb');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, 'd570565f-67a0-4e92-baff-c12a548690c7', 1, '2026-12-05 21:37:13.565+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', 'd570565f-67a0-4e92-baff-c12a548690c7', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', 'abbfdf41a6c9d74069a32961e81ffd900c98da1c7f583d0c1e3bc48ea2411e14');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, 'd570565f-67a0-4e92-baff-c12a548690c7', 2, '2026-12-05 21:37:34.779+00', 'system', NULL, 'system:cli', 'user.added', 'user', '35450d7f-116d-4e91-8d43-a3f3940ee23a', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, 'abbfdf41a6c9d74069a32961e81ffd900c98da1c7f583d0c1e3bc48ea2411e14', 'cc640b28cb3008779959c19e1b227cd51eb1495e01f6ac21415aa491493976b9');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, 'd570565f-67a0-4e92-baff-c12a548690c7', 3, '2026-12-05 21:38:03.742+00', 'system', 'b0174159-b652-47f6-9070-31f6cad06181', 'system:cli', 'token.created', 'api_token', '82686cb0-4513-4f34-a517-f258ee02108f', '{"name": "fill script", "scope": "write", "prefix": "vgl_5Oij5ies", "expiresAt": "2027-03-05T21:38:03.423Z"}', NULL, NULL, NULL, 'cc640b28cb3008779959c19e1b227cd51eb1495e01f6ac21415aa491493976b9', '1e34b6541dc00a9ef362660d55fe2422b55ad3d90463aff92ae5f08ac5980b12');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, 'd570565f-67a0-4e92-baff-c12a548690c7', 4, '2026-12-05 21:38:32.29+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '8457a6bb-d0eb-498f-acdd-bfe87e2518bc', '{"kind": "collection", "size": 6337, "runId": "a31e458e-fa67-417e-8cfc-4733d2f5a51e", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '1e34b6541dc00a9ef362660d55fe2422b55ad3d90463aff92ae5f08ac5980b12', '8e84fd6e558b5d6fffa0e0fbd884df27cf728d9a44c907c42950395717fbe3c9');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, 'd570565f-67a0-4e92-baff-c12a548690c7', 5, '2026-12-05 21:38:32.39+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', 'a31e458e-fa67-417e-8cfc-4733d2f5a51e', '{"source": "trivy", "evidenceId": "8457a6bb-d0eb-498f-acdd-bfe87e2518bc", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, '8e84fd6e558b5d6fffa0e0fbd884df27cf728d9a44c907c42950395717fbe3c9', '9340223329a836e9c05c2dea898e85d92c1577368073b6ddb31af81954769d35');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, 'd570565f-67a0-4e92-baff-c12a548690c7', 6, '2026-12-05 21:39:07.009+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', 'd570565f-67a0-4e92-baff-c12a548690c7', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', 'b272ae87-7f07-4e0c-b1b5-2e0713f4b610', '127.0.0.1', 'curl/7.88.1', '9340223329a836e9c05c2dea898e85d92c1577368073b6ddb31af81954769d35', '5a190de42f4732fac8171b5202315675fd7c70b344123d770d24afcf0c5a4379');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, 'd570565f-67a0-4e92-baff-c12a548690c7', 7, '2026-12-05 21:39:08.866+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', 'e6f27349-eafe-4804-89d6-a5f805e0f747', '127.0.0.1', 'curl/7.88.1', '5a190de42f4732fac8171b5202315675fd7c70b344123d770d24afcf0c5a4379', '15648d186133d27fdc0bd878ad8a7d487cf4aa74e51c95a2aed39516f727b27d');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, 'd570565f-67a0-4e92-baff-c12a548690c7', 8, '2026-12-05 21:39:09.077+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'system.created', 'system', '8aeb9162-f62c-4577-a145-c110fe1052c2', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '422ad65f-160e-4141-a940-9f37a6ea7604', '127.0.0.1', 'curl/7.88.1', '15648d186133d27fdc0bd878ad8a7d487cf4aa74e51c95a2aed39516f727b27d', '91a48a319733c06ee31e2775637f94eb65fcdb5851feaade65cc61bda9a5dc1c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, 'd570565f-67a0-4e92-baff-c12a548690c7', 9, '2026-12-05 21:39:09.363+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '4b8c0d76-3db4-4566-aeea-a6f1c19e5716', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', '98a90884-63c8-4903-bce0-b983a8fae8cf', '127.0.0.1', 'curl/7.88.1', '91a48a319733c06ee31e2775637f94eb65fcdb5851feaade65cc61bda9a5dc1c', '1e3d5280ce4298990f27b0901e19d48a8539acac41666a09437fb5a94e8d0218');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, 'd570565f-67a0-4e92-baff-c12a548690c7', 10, '2026-12-05 21:39:09.81+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', 'c7e123e7-e1de-41bc-8774-27d12ecf4c49', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', '640e05b9-6e5d-4aaf-bf51-4fdd12d63c2c', '127.0.0.1', 'curl/7.88.1', '1e3d5280ce4298990f27b0901e19d48a8539acac41666a09437fb5a94e8d0218', '96581a4117dd72bd90183f75e56c328988cf8084c652b826d2acae9e2a699302');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, 'd570565f-67a0-4e92-baff-c12a548690c7', 11, '2026-12-05 21:39:10.108+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', '08631243-253a-48a1-9b2f-0eaa4b53234a', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale"], "target": "https://hooks.acme.test/vigil", "enabled": true}', '6fef2a2d-89c2-4492-af4b-27c44e95761b', '127.0.0.1', 'curl/7.88.1', '96581a4117dd72bd90183f75e56c328988cf8084c652b826d2acae9e2a699302', '49f797cbe12157f56448a73a0d6829c24be8e601aaba67180b69c4c2e9415b8b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, 'd570565f-67a0-4e92-baff-c12a548690c7', 12, '2026-12-05 21:39:10.373+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '631a478b-54f1-4a46-93d9-ae17e8c01a35', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-12T21:39:10.349Z", "engagementId": null, "accessExpiresAt": null}', '7463880f-ebba-4879-9e9c-e5c19fcdc4e2', '127.0.0.1', 'curl/7.88.1', '49f797cbe12157f56448a73a0d6829c24be8e601aaba67180b69c4c2e9415b8b', '7944ae5fa6f501bc16b3d1db71683ab4a499b6609288b78e79a3da0f02ac5589');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, 'd570565f-67a0-4e92-baff-c12a548690c7', 13, '2026-12-05 21:39:10.713+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', '02db8b26-3593-4614-9f64-32766ded8835', '127.0.0.1', 'curl/7.88.1', '7944ae5fa6f501bc16b3d1db71683ab4a499b6609288b78e79a3da0f02ac5589', 'cb70205a2f526dabcc76a191a1084904766560dc3172f0e57eea9d5441767f9e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, 'd570565f-67a0-4e92-baff-c12a548690c7', 14, '2026-12-05 21:39:12.102+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', '390ad379-edf1-4450-87a6-08a78394574f', '{"kind": "collection", "size": 4279, "runId": "1a49e8b0-1418-427f-9ab0-6d43a45e1bfc", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["6acc3fff-66d7-4bd2-85f1-b7d483450efe", "e12ef3ab-5b87-4c4b-95dd-cd3fa282698c", "9d17c9fd-6f8c-41cf-b87d-f907bc46caa0"], "supersedes": null, "periodStart": null}', 'd6912834-4834-42fa-b71f-68f028331a34', '127.0.0.1', 'curl/7.88.1', 'cb70205a2f526dabcc76a191a1084904766560dc3172f0e57eea9d5441767f9e', '7e37c13af59d846b8841b8d2747abd9b497a56f3ef375444f20fa541c1d3609f');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, 'd570565f-67a0-4e92-baff-c12a548690c7', 15, '2026-12-05 21:39:12.153+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc', '{"source": "grype", "evidenceId": "390ad379-edf1-4450-87a6-08a78394574f", "connectorId": "d7bda973-3ba1-4c5d-9554-618e403ea7b1", "transitions": 6, "resourcesSeen": 3}', 'd6912834-4834-42fa-b71f-68f028331a34', '127.0.0.1', 'curl/7.88.1', '7e37c13af59d846b8841b8d2747abd9b497a56f3ef375444f20fa541c1d3609f', 'd7377b78755ecf3d1016433c35b3681dc5a4f484298d0f2e6e2c65533348c98e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, 'd570565f-67a0-4e92-baff-c12a548690c7', 16, '2026-12-05 21:39:12.374+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'connector.created', 'connector', '8d59fe31-3e70-46fa-bbf5-95a2947a34ae', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', '21efea4f-d023-44b7-a64d-0da9478c8a5e', '127.0.0.1', 'curl/7.88.1', 'd7377b78755ecf3d1016433c35b3681dc5a4f484298d0f2e6e2c65533348c98e', '812a186ed1cd72f50e3860a8719f5d3886165a246f90f6bddd3ade6db894c442');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, 'd570565f-67a0-4e92-baff-c12a548690c7', 17, '2026-12-05 21:39:13.509+00', 'token', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', 'control.updated', 'control', 'f952d115-88a7-45a7-8fda-2ad75ec45768', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', '95353229-2e59-4ca5-8822-50ec25df382a', '127.0.0.1', 'curl/7.88.1', '812a186ed1cd72f50e3860a8719f5d3886165a246f90f6bddd3ade6db894c442', 'e961fe37b72a6c4751155acbdb253413062e657dfe2eeace3c3823b0c7a0aa74');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, 'd570565f-67a0-4e92-baff-c12a548690c7', 18, '2026-12-05 21:39:23.416+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '70180fb8-bad9-4d0d-944e-d20485896b62', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-05", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["6b13e636-5515-4537-8cd2-36328cac6330"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, 'e961fe37b72a6c4751155acbdb253413062e657dfe2eeace3c3823b0c7a0aa74', '6fd9de6ba0cd032825c399d8a07acdc2c42ccde6d72968d7706835518ece7aeb');


--
-- Data for Name: check_coverage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed', '2026-12-05 21:38:31.842+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-05 21:38:31.842+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.scan_recent', '2026-12-05 21:38:31.842+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed_older_than_15d', 'cf816946-731f-4416-8711-3462b311c127', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-05 21:38:31.842+00', NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_high_unfixed_older_than_30d', 'cf816946-731f-4416-8711-3462b311c127', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-05 21:38:31.842+00', NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed_older_than_15d', 'be0b86dd-4508-482f-ac02-e6af719e21d6', 'fail', 'CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available', '{"actual": "2602 days", "expected": "≤ 15 days", "attribute": "publishedAt"}', '2026-12-05 21:38:31.842+00', NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_high_unfixed_older_than_30d', 'be0b86dd-4508-482f-ac02-e6af719e21d6', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-05 21:38:31.842+00', NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed', 'ab441719-7547-4f0a-9709-614a878fce54', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-05 21:38:31.842+00', NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.scan_recent', 'ab441719-7547-4f0a-9709-614a878fce54', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1928 days old', '{"actual": "1928 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-05 21:38:31.842+00', NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed_older_than_15d', 'aebc8157-fb4f-42bb-8c6a-bc4b430bd746', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-05 21:39:11.67+00', NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_high_unfixed_older_than_30d', 'aebc8157-fb4f-42bb-8c6a-bc4b430bd746', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-05 21:39:11.67+00', NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed_older_than_15d', '9a2ab7f5-25f0-4830-b49b-58bc33742266', 'error', 'missing input: fixAvailable', '{"attribute": "fixAvailable"}', '2026-12-05 21:39:11.67+00', NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_high_unfixed_older_than_30d', '9a2ab7f5-25f0-4830-b49b-58bc33742266', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-05 21:39:11.67+00', NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.no_critical_unfixed', '4e909a5f-54aa-4c52-b953-414ff68ca1ef', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-05 21:39:11.67+00', NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, 'd570565f-67a0-4e92-baff-c12a548690c7', 'vuln.scan_recent', '4e909a5f-54aa-4c52-b953-414ff68ca1ef', 'error', 'missing input: scannedAt', '{"attribute": "scannedAt"}', '2026-12-05 21:39:11.67+00', NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('d7bda973-3ba1-4c5d-9554-618e403ea7b1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-05 21:39:12.145+00', '2026-12-05 21:39:12.145+00', 'ok', NULL, '2026-12-05 21:39:10.673474+00');
INSERT INTO public.connectors VALUES ('8d59fe31-3e70-46fa-bbf5-95a2947a34ae', 'd570565f-67a0-4e92-baff-c12a548690c7', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-05 21:39:12.343162+00');


--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('e16df37b-2bb7-417f-824e-40dfaea4fc9f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('fd50f18b-193c-4600-b42d-24a9b8a159bd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('fd50f18b-193c-4600-b42d-24a9b8a159bd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('fd50f18b-193c-4600-b42d-24a9b8a159bd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('b39f6f9a-282a-4030-a576-bf6c4e59f0e8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('07a33cc9-1168-406d-a17d-bfedab5c7c22', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('3c2d2339-f0a5-4205-b6ce-2c9e1019d244', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('3c2d2339-f0a5-4205-b6ce-2c9e1019d244', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('c4e4734e-2f07-416f-875d-d9928b065dd6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('c4e4734e-2f07-416f-875d-d9928b065dd6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('c4e4734e-2f07-416f-875d-d9928b065dd6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('fb43acfe-501f-4557-8207-cb7dfe1b9c3d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('fb43acfe-501f-4557-8207-cb7dfe1b9c3d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('9c9b7ecb-9e15-48ec-98f1-2731365df385', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('9c9b7ecb-9e15-48ec-98f1-2731365df385', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('9ad45ff2-0c01-420b-922c-bd56f50ed7a7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('9ad45ff2-0c01-420b-922c-bd56f50ed7a7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('015ca149-bb8e-4cfb-923b-1e25da889e1d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('cffe4779-d765-436b-b92a-9f7fadae9538', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('cffe4779-d765-436b-b92a-9f7fadae9538', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('3e13e4a8-5b06-4fff-9215-c93aec2334f3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('3e13e4a8-5b06-4fff-9215-c93aec2334f3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('3e13e4a8-5b06-4fff-9215-c93aec2334f3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('fec9f2d3-8ac3-4491-a934-cc1a9e48ee32', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('60edb4d8-5db2-4b59-bca5-1441df408dd1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('60edb4d8-5db2-4b59-bca5-1441df408dd1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('e9b98fb2-bb46-42f5-870b-fb3233640830', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('e9b98fb2-bb46-42f5-870b-fb3233640830', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('e9b98fb2-bb46-42f5-870b-fb3233640830', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('4644a400-077a-48af-85a7-2a28eed5e7e2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('4644a400-077a-48af-85a7-2a28eed5e7e2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('4644a400-077a-48af-85a7-2a28eed5e7e2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('7017f7b3-f167-4300-bd01-c17a907bddd3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('f248c93a-c97b-4f47-8254-6a707a088149', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('f248c93a-c97b-4f47-8254-6a707a088149', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('f248c93a-c97b-4f47-8254-6a707a088149', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('f9e4e2ab-1be3-4994-b33e-b0fce3fcf74c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('31d51f50-60bc-456c-87bc-1dd7ec24b6df', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('31d51f50-60bc-456c-87bc-1dd7ec24b6df', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('760cc10f-fe40-45f2-94de-ba773b881a55', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('cb51c58d-6ede-4605-ae6b-44992fccf356', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('cb51c58d-6ede-4605-ae6b-44992fccf356', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('d05db8ca-8e8b-4106-a678-c83bb8d2c02b', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('04961afc-3afe-4dd8-9c5a-42c3640f0366', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('9d74fc18-4751-4da3-af88-13bffde5940c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('9d74fc18-4751-4da3-af88-13bffde5940c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('71be2b88-f2dd-403a-92ea-b2bcbbecec07', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('71be2b88-f2dd-403a-92ea-b2bcbbecec07', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('7bd3a4cd-e2b4-4943-893d-eca4780052ba', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('7bd3a4cd-e2b4-4943-893d-eca4780052ba', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('41b8449c-22a6-4612-a4c0-1eb2f419c7d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('41b8449c-22a6-4612-a4c0-1eb2f419c7d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('41b8449c-22a6-4612-a4c0-1eb2f419c7d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('faa79f37-534b-47be-94ce-0dae99ea6e03', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('faa79f37-534b-47be-94ce-0dae99ea6e03', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('ffbe5f0c-7a79-4dbe-8949-f9ccb573e15a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('ffbe5f0c-7a79-4dbe-8949-f9ccb573e15a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('a7fb3a58-eada-438b-84b1-934b7b562805', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('a7fb3a58-eada-438b-84b1-934b7b562805', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('f54705d7-80f1-4fda-8c12-a2a44661f556', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('f54705d7-80f1-4fda-8c12-a2a44661f556', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('b5830e19-d544-4f1a-8c0b-29665e5e19ad', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('f17c8148-bf06-46b9-877a-d121c22ed040', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('84200fc2-995a-4390-bcf5-8c81e64f9b61', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('84200fc2-995a-4390-bcf5-8c81e64f9b61', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('77538fe6-ed22-4d35-9d4b-c60ebf8a34b0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('77538fe6-ed22-4d35-9d4b-c60ebf8a34b0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('fd8859ce-2f26-4325-a998-e750da1373fb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('fd8859ce-2f26-4325-a998-e750da1373fb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('0a018af2-413a-4330-9169-06e39a9b9648', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('0a018af2-413a-4330-9169-06e39a9b9648', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P6.4');
INSERT INTO public.control_criteria VALUES ('5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P6.5');
INSERT INTO public.control_criteria VALUES ('47185a1a-c7e2-4f54-891e-9de8c0318028', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('47185a1a-c7e2-4f54-891e-9de8c0318028', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.2');
INSERT INTO public.control_criteria VALUES ('47185a1a-c7e2-4f54-891e-9de8c0318028', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('f0ba8083-cc88-42cf-9bbe-e86910e56199', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P6.5');
INSERT INTO public.control_criteria VALUES ('f0ba8083-cc88-42cf-9bbe-e86910e56199', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('f952d115-88a7-45a7-8fda-2ad75ec45768', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('f952d115-88a7-45a7-8fda-2ad75ec45768', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('6b13e636-5515-4537-8cd2-36328cac6330', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('6b13e636-5515-4537-8cd2-36328cac6330', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('d5419ac3-4a91-4f41-a8d7-a88e5d242f06', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('d5419ac3-4a91-4f41-a8d7-a88e5d242f06', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('1d880631-8ec8-4885-8502-70a58f2979b8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('1d880631-8ec8-4885-8502-70a58f2979b8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('f895ee72-487e-4cbf-9937-491d64297a3e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('f895ee72-487e-4cbf-9937-491d64297a3e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('f895ee72-487e-4cbf-9937-491d64297a3e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('d9a4666f-205e-4731-9a9a-63f1a51cde57', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('d9a4666f-205e-4731-9a9a-63f1a51cde57', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('b0cc8ac0-216b-416e-84f5-9a08f471c8e3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('a597ccc8-376c-47ea-ab23-a45f54edca5e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('a597ccc8-376c-47ea-ab23-a45f54edca5e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('3de09a59-d5b5-43ed-a574-d6d317a24df9', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('3de09a59-d5b5-43ed-a574-d6d317a24df9', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('9ceb0653-53d1-408c-b997-0e7dbb6534d7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('49740f57-20da-47a1-abc5-2b234ce96805', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('49740f57-20da-47a1-abc5-2b234ce96805', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('419f38a8-6919-4b22-bf51-602626c5efbc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('44b1d462-6707-4e88-aea2-361f9aa96afd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('2162a816-aa79-413c-9f0f-4acd7a377d73', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('2162a816-aa79-413c-9f0f-4acd7a377d73', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('40aed601-9a64-4f25-9ce1-dcf07ba349d0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('40aed601-9a64-4f25-9ce1-dcf07ba349d0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('40aed601-9a64-4f25-9ce1-dcf07ba349d0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('c23ece79-0c2e-48fd-bac7-b909c77e99fa', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('905bef4c-bf6e-43d5-b3bd-29be5a0aa3f6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('fdd1ab35-ddc8-4431-b390-8ec652ff6bc3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('fdd1ab35-ddc8-4431-b390-8ec652ff6bc3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('fdd1ab35-ddc8-4431-b390-8ec652ff6bc3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('b7d7066d-4ba9-479c-adee-a48173fe751f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('b7d7066d-4ba9-479c-adee-a48173fe751f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('6acc3fff-66d7-4bd2-85f1-b7d483450efe', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('e12ef3ab-5b87-4c4b-95dd-cd3fa282698c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('e12ef3ab-5b87-4c4b-95dd-cd3fa282698c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('0af32374-6cb5-4ca3-b0c6-c220f4748fe5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('0af32374-6cb5-4ca3-b0c6-c220f4748fe5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('9d17c9fd-6f8c-41cf-b87d-f907bc46caa0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('9d17c9fd-6f8c-41cf-b87d-f907bc46caa0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('73f16329-bc8f-4d9d-b99b-f5779f633835', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('62f062b6-e86a-4887-9dbc-aca97a93850d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('62f062b6-e86a-4887-9dbc-aca97a93850d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('6a879700-6394-4920-8369-ca5badec6831', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('1818c0b9-0cf5-4be1-bb23-ae2ae01aaa25', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('1818c0b9-0cf5-4be1-bb23-ae2ae01aaa25', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('744e3f50-ebff-4cca-ba0c-cd04951211dc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('744e3f50-ebff-4cca-ba0c-cd04951211dc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('8fb18787-4ecb-4928-b0a7-3ff51ce3be6c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('8fb18787-4ecb-4928-b0a7-3ff51ce3be6c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('72a9d09e-1b01-48f0-aa12-2b6349acdecf', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('0df53880-9223-418d-ba68-c3bc3dc0c97a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('0df53880-9223-418d-ba68-c3bc3dc0c97a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('5dfaf82d-649d-49a7-96fa-b893b87e0b92', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('5dfaf82d-649d-49a7-96fa-b893b87e0b92', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('5dfaf82d-649d-49a7-96fa-b893b87e0b92', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('9b6649f4-3485-4fc0-8834-df3db267cee1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('9b6649f4-3485-4fc0-8834-df3db267cee1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('6f6aa333-432c-44d0-addd-ac23a77de61a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('46c8d040-f421-42d9-bbbd-0b74065bb59e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('46c8d040-f421-42d9-bbbd-0b74065bb59e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('46c8d040-f421-42d9-bbbd-0b74065bb59e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('2b24cce8-99b5-4ff7-9e3f-17a88d469649', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('2b24cce8-99b5-4ff7-9e3f-17a88d469649', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('b540fba8-954c-4214-9979-74f99df3aa86', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('b540fba8-954c-4214-9979-74f99df3aa86', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('2a93988c-e4a5-44be-8217-8ae92abed63c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('2a93988c-e4a5-44be-8217-8ae92abed63c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('0ceac18b-ad1c-4323-b0c7-8c2dbeb0d635', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('0ceac18b-ad1c-4323-b0c7-8c2dbeb0d635', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('e57a2528-4c81-4c7a-8d1a-310060b3580a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('e57a2528-4c81-4c7a-8d1a-310060b3580a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('edad91d5-7fcf-499e-a51c-dabc204e6fdb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('edad91d5-7fcf-499e-a51c-dabc204e6fdb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('2fcead89-03ad-4f28-b5a1-6cdb67eaf678', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('2fcead89-03ad-4f28-b5a1-6cdb67eaf678', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('6253bc99-50db-45ae-b2b0-a7f99bf3d7ac', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('6253bc99-50db-45ae-b2b0-a7f99bf3d7ac', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('6253bc99-50db-45ae-b2b0-a7f99bf3d7ac', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('bd77f8f9-f37e-4e98-bc60-2690c201fc48', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('bd77f8f9-f37e-4e98-bc60-2690c201fc48', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('70ecca37-57d0-42ac-8e62-e83bd87850ed', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('70ecca37-57d0-42ac-8e62-e83bd87850ed', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('b37d8d1b-62ff-43f8-a30a-22137855e0c3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('b37d8d1b-62ff-43f8-a30a-22137855e0c3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('0129a311-4e5d-426b-a86f-a15b14e7153e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('0129a311-4e5d-426b-a86f-a15b14e7153e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('3f3eb576-79b3-4e7b-9b36-394fa3a24005', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('7b4bcf37-bc24-49f9-b79e-b1abefd9c8d8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('7b4bcf37-bc24-49f9-b79e-b1abefd9c8d8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('6b3470c6-f6b1-48ef-9823-c52a59339dfb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('6b3470c6-f6b1-48ef-9823-c52a59339dfb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('6b3470c6-f6b1-48ef-9823-c52a59339dfb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.1');
INSERT INTO public.control_criteria VALUES ('9f5a46a0-6f03-48eb-b216-27f5491a6cbd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('9f5a46a0-6f03-48eb-b216-27f5491a6cbd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('cb60f21e-46da-4532-bb96-efb00a0d2b8f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('cb60f21e-46da-4532-bb96-efb00a0d2b8f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('cb60f21e-46da-4532-bb96-efb00a0d2b8f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('353bb234-34d3-4ca4-8f19-9c88457ff135', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('353bb234-34d3-4ca4-8f19-9c88457ff135', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('353bb234-34d3-4ca4-8f19-9c88457ff135', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('47deb23a-240b-4b94-a77a-42cdc5a5495c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('47deb23a-240b-4b94-a77a-42cdc5a5495c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('7c5d23df-7d69-498a-bd59-987d19465681', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('7c5d23df-7d69-498a-bd59-987d19465681', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('7c5d23df-7d69-498a-bd59-987d19465681', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('9c686f6c-bbbc-4f4a-a70d-7fa3290d02d2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('9c686f6c-bbbc-4f4a-a70d-7fa3290d02d2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('9c686f6c-bbbc-4f4a-a70d-7fa3290d02d2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('c7561509-78c7-49d4-b57b-1662912f1796', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('c7561509-78c7-49d4-b57b-1662912f1796', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('c7561509-78c7-49d4-b57b-1662912f1796', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P6.6');
INSERT INTO public.control_criteria VALUES ('8591e78e-3075-4fa5-b651-84071104c287', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('8591e78e-3075-4fa5-b651-84071104c287', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('83270d1d-0c75-4360-9ced-70d050194dcd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('83270d1d-0c75-4360-9ced-70d050194dcd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P6.3');
INSERT INTO public.control_criteria VALUES ('4fb33b97-332f-42d6-8fb1-531ac7f41dfe', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('4fb33b97-332f-42d6-8fb1-531ac7f41dfe', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('7b1a7f75-5a15-4468-af39-db1f2d1c4f3f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('7b1a7f75-5a15-4468-af39-db1f2d1c4f3f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('ca95b3d9-5bc5-468f-8d43-503a6a9c0465', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('ca95b3d9-5bc5-468f-8d43-503a6a9c0465', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('ca95b3d9-5bc5-468f-8d43-503a6a9c0465', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('23610622-343d-4f56-ad7c-702de83e2fca', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('23610622-343d-4f56-ad7c-702de83e2fca', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('da352d8e-88e4-4dda-9bf5-eba9a2f8233c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.3');
INSERT INTO public.control_criteria VALUES ('da352d8e-88e4-4dda-9bf5-eba9a2f8233c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('da352d8e-88e4-4dda-9bf5-eba9a2f8233c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('df517dea-2a7e-4daf-b210-0649dc75904f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('df517dea-2a7e-4daf-b210-0649dc75904f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('3e3d7fc0-a34a-431a-be05-c6dcba709da3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('58189a77-ed90-47bf-87f0-6e572aff973e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('4434822c-1f90-48a8-9722-09158cdd244d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.3');
INSERT INTO public.control_criteria VALUES ('4434822c-1f90-48a8-9722-09158cdd244d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('66d310d2-0ac0-43ed-80f6-4eb516ba38fa', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.2');
INSERT INTO public.control_criteria VALUES ('66d310d2-0ac0-43ed-80f6-4eb516ba38fa', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('6f6a03a4-3962-491b-9368-f2cc4ac8b731', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.1');
INSERT INTO public.control_criteria VALUES ('b3efef2d-ea99-4256-8505-0894d3840fb2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.1');
INSERT INTO public.control_criteria VALUES ('5ef4b302-7565-4896-adbe-57049099e405', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.1');
INSERT INTO public.control_criteria VALUES ('c356f9b8-f3e0-4bb7-9393-f8edc70e3374', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.1');
INSERT INTO public.control_criteria VALUES ('c356f9b8-f3e0-4bb7-9393-f8edc70e3374', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('eef9a043-b7f6-4757-a4eb-394915e11f44', 'd570565f-67a0-4e92-baff-c12a548690c7', 'A1.1');
INSERT INTO public.control_criteria VALUES ('eef9a043-b7f6-4757-a4eb-394915e11f44', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('add41cbd-d97d-4843-a466-1c23a9f057d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('add41cbd-d97d-4843-a466-1c23a9f057d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('8a1c797f-9c2d-416a-bc7f-0ecaeeb62e9e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('8a1c797f-9c2d-416a-bc7f-0ecaeeb62e9e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('00b77375-efda-4a9b-a679-59b7cb0b10c7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('00b77375-efda-4a9b-a679-59b7cb0b10c7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.2');
INSERT INTO public.control_criteria VALUES ('00b77375-efda-4a9b-a679-59b7cb0b10c7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.2');
INSERT INTO public.control_criteria VALUES ('d4860617-674b-4b7d-a30b-b22a4fbdfed1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.2');
INSERT INTO public.control_criteria VALUES ('d4860617-674b-4b7d-a30b-b22a4fbdfed1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.2');
INSERT INTO public.control_criteria VALUES ('d4860617-674b-4b7d-a30b-b22a4fbdfed1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.3');
INSERT INTO public.control_criteria VALUES ('9abf38af-9593-4564-ae31-600654a47d82', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.2');
INSERT INTO public.control_criteria VALUES ('9abf38af-9593-4564-ae31-600654a47d82', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.3');
INSERT INTO public.control_criteria VALUES ('080b0bd4-ec8d-4636-ac98-15f9b5cbe883', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('080b0bd4-ec8d-4636-ac98-15f9b5cbe883', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.2');
INSERT INTO public.control_criteria VALUES ('3a5ab3f6-c42e-417c-ae1a-8f3d73dc1d57', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('3a5ab3f6-c42e-417c-ae1a-8f3d73dc1d57', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('21d56bbf-b9db-491a-ab0e-a61eff8617a3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'C1.1');
INSERT INTO public.control_criteria VALUES ('21d56bbf-b9db-491a-ab0e-a61eff8617a3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('21d56bbf-b9db-491a-ab0e-a61eff8617a3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.1');
INSERT INTO public.control_criteria VALUES ('d9b80a30-b3ad-47bd-865d-cd0415b88e03', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('d9b80a30-b3ad-47bd-865d-cd0415b88e03', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('2473788b-f62a-4707-ba60-779136c2e262', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P1.1');
INSERT INTO public.control_criteria VALUES ('2473788b-f62a-4707-ba60-779136c2e262', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('1df9078e-9823-4453-95ce-af90e28ab3b6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.1');
INSERT INTO public.control_criteria VALUES ('1df9078e-9823-4453-95ce-af90e28ab3b6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P2.1');
INSERT INTO public.control_criteria VALUES ('1df9078e-9823-4453-95ce-af90e28ab3b6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('693e41cb-90ab-475c-a1c5-dc74008ed438', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('693e41cb-90ab-475c-a1c5-dc74008ed438', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('693e41cb-90ab-475c-a1c5-dc74008ed438', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P4.1');
INSERT INTO public.control_criteria VALUES ('83cd35fc-d9db-4dbf-80a0-0f8f6c94d888', 'd570565f-67a0-4e92-baff-c12a548690c7', 'P8.1');
INSERT INTO public.control_criteria VALUES ('83cd35fc-d9db-4dbf-80a0-0f8f6c94d888', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CC4.1');


--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('e16df37b-2bb7-417f-824e-40dfaea4fc9f', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "e16df37b-2bb7-417f-824e-40dfaea4fc9f", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('fd50f18b-193c-4600-b42d-24a9b8a159bd', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "fd50f18b-193c-4600-b42d-24a9b8a159bd", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b39f6f9a-282a-4030-a576-bf6c4e59f0e8', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b39f6f9a-282a-4030-a576-bf6c4e59f0e8", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('07a33cc9-1168-406d-a17d-bfedab5c7c22', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "07a33cc9-1168-406d-a17d-bfedab5c7c22", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('3c2d2339-f0a5-4205-b6ce-2c9e1019d244', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "3c2d2339-f0a5-4205-b6ce-2c9e1019d244", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('c4e4734e-2f07-416f-875d-d9928b065dd6', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "c4e4734e-2f07-416f-875d-d9928b065dd6", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('fb43acfe-501f-4557-8207-cb7dfe1b9c3d', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "fb43acfe-501f-4557-8207-cb7dfe1b9c3d", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9c9b7ecb-9e15-48ec-98f1-2731365df385', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9c9b7ecb-9e15-48ec-98f1-2731365df385", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9ad45ff2-0c01-420b-922c-bd56f50ed7a7', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9ad45ff2-0c01-420b-922c-bd56f50ed7a7", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('015ca149-bb8e-4cfb-923b-1e25da889e1d', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "015ca149-bb8e-4cfb-923b-1e25da889e1d", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('cffe4779-d765-436b-b92a-9f7fadae9538', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "cffe4779-d765-436b-b92a-9f7fadae9538", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('3e13e4a8-5b06-4fff-9215-c93aec2334f3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "3e13e4a8-5b06-4fff-9215-c93aec2334f3", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('fec9f2d3-8ac3-4491-a934-cc1a9e48ee32', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "fec9f2d3-8ac3-4491-a934-cc1a9e48ee32", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('60edb4d8-5db2-4b59-bca5-1441df408dd1', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "60edb4d8-5db2-4b59-bca5-1441df408dd1", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('e9b98fb2-bb46-42f5-870b-fb3233640830', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "e9b98fb2-bb46-42f5-870b-fb3233640830", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('4644a400-077a-48af-85a7-2a28eed5e7e2', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "4644a400-077a-48af-85a7-2a28eed5e7e2", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('7017f7b3-f167-4300-bd01-c17a907bddd3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "7017f7b3-f167-4300-bd01-c17a907bddd3", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f248c93a-c97b-4f47-8254-6a707a088149', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f248c93a-c97b-4f47-8254-6a707a088149", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f9e4e2ab-1be3-4994-b33e-b0fce3fcf74c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f9e4e2ab-1be3-4994-b33e-b0fce3fcf74c", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('31d51f50-60bc-456c-87bc-1dd7ec24b6df', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "31d51f50-60bc-456c-87bc-1dd7ec24b6df", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('760cc10f-fe40-45f2-94de-ba773b881a55', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "760cc10f-fe40-45f2-94de-ba773b881a55", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('cb51c58d-6ede-4605-ae6b-44992fccf356', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "cb51c58d-6ede-4605-ae6b-44992fccf356", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('d05db8ca-8e8b-4106-a678-c83bb8d2c02b', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "d05db8ca-8e8b-4106-a678-c83bb8d2c02b", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('04961afc-3afe-4dd8-9c5a-42c3640f0366', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "04961afc-3afe-4dd8-9c5a-42c3640f0366", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9d74fc18-4751-4da3-af88-13bffde5940c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9d74fc18-4751-4da3-af88-13bffde5940c", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('71be2b88-f2dd-403a-92ea-b2bcbbecec07', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "71be2b88-f2dd-403a-92ea-b2bcbbecec07", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('7bd3a4cd-e2b4-4943-893d-eca4780052ba', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "7bd3a4cd-e2b4-4943-893d-eca4780052ba", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('41b8449c-22a6-4612-a4c0-1eb2f419c7d5', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "41b8449c-22a6-4612-a4c0-1eb2f419c7d5", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('faa79f37-534b-47be-94ce-0dae99ea6e03', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "faa79f37-534b-47be-94ce-0dae99ea6e03", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('ffbe5f0c-7a79-4dbe-8949-f9ccb573e15a', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "ffbe5f0c-7a79-4dbe-8949-f9ccb573e15a", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('a7fb3a58-eada-438b-84b1-934b7b562805', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "a7fb3a58-eada-438b-84b1-934b7b562805", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f54705d7-80f1-4fda-8c12-a2a44661f556', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f54705d7-80f1-4fda-8c12-a2a44661f556", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b5830e19-d544-4f1a-8c0b-29665e5e19ad', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b5830e19-d544-4f1a-8c0b-29665e5e19ad", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f17c8148-bf06-46b9-877a-d121c22ed040', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f17c8148-bf06-46b9-877a-d121c22ed040", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('84200fc2-995a-4390-bcf5-8c81e64f9b61', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "84200fc2-995a-4390-bcf5-8c81e64f9b61", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('77538fe6-ed22-4d35-9d4b-c60ebf8a34b0', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "77538fe6-ed22-4d35-9d4b-c60ebf8a34b0", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('fd8859ce-2f26-4325-a998-e750da1373fb', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "fd8859ce-2f26-4325-a998-e750da1373fb", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('0a018af2-413a-4330-9169-06e39a9b9648', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "0a018af2-413a-4330-9169-06e39a9b9648", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('47185a1a-c7e2-4f54-891e-9de8c0318028', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "47185a1a-c7e2-4f54-891e-9de8c0318028", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f0ba8083-cc88-42cf-9bbe-e86910e56199', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f0ba8083-cc88-42cf-9bbe-e86910e56199", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f952d115-88a7-45a7-8fda-2ad75ec45768', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f952d115-88a7-45a7-8fda-2ad75ec45768", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6b13e636-5515-4537-8cd2-36328cac6330', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6b13e636-5515-4537-8cd2-36328cac6330", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('d5419ac3-4a91-4f41-a8d7-a88e5d242f06', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "d5419ac3-4a91-4f41-a8d7-a88e5d242f06", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('1d880631-8ec8-4885-8502-70a58f2979b8', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "1d880631-8ec8-4885-8502-70a58f2979b8", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f895ee72-487e-4cbf-9937-491d64297a3e', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f895ee72-487e-4cbf-9937-491d64297a3e", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('d9a4666f-205e-4731-9a9a-63f1a51cde57', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "d9a4666f-205e-4731-9a9a-63f1a51cde57", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b0cc8ac0-216b-416e-84f5-9a08f471c8e3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b0cc8ac0-216b-416e-84f5-9a08f471c8e3", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('a597ccc8-376c-47ea-ab23-a45f54edca5e', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "a597ccc8-376c-47ea-ab23-a45f54edca5e", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('3de09a59-d5b5-43ed-a574-d6d317a24df9', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "3de09a59-d5b5-43ed-a574-d6d317a24df9", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9ceb0653-53d1-408c-b997-0e7dbb6534d7', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9ceb0653-53d1-408c-b997-0e7dbb6534d7", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('49740f57-20da-47a1-abc5-2b234ce96805', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "49740f57-20da-47a1-abc5-2b234ce96805", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('419f38a8-6919-4b22-bf51-602626c5efbc', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "419f38a8-6919-4b22-bf51-602626c5efbc", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('44b1d462-6707-4e88-aea2-361f9aa96afd', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "44b1d462-6707-4e88-aea2-361f9aa96afd", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('2162a816-aa79-413c-9f0f-4acd7a377d73', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "2162a816-aa79-413c-9f0f-4acd7a377d73", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('40aed601-9a64-4f25-9ce1-dcf07ba349d0', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "40aed601-9a64-4f25-9ce1-dcf07ba349d0", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('c23ece79-0c2e-48fd-bac7-b909c77e99fa', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "c23ece79-0c2e-48fd-bac7-b909c77e99fa", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('905bef4c-bf6e-43d5-b3bd-29be5a0aa3f6', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "905bef4c-bf6e-43d5-b3bd-29be5a0aa3f6", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('fdd1ab35-ddc8-4431-b390-8ec652ff6bc3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "fdd1ab35-ddc8-4431-b390-8ec652ff6bc3", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b7d7066d-4ba9-479c-adee-a48173fe751f', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b7d7066d-4ba9-479c-adee-a48173fe751f", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6acc3fff-66d7-4bd2-85f1-b7d483450efe', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6acc3fff-66d7-4bd2-85f1-b7d483450efe", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('e12ef3ab-5b87-4c4b-95dd-cd3fa282698c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "e12ef3ab-5b87-4c4b-95dd-cd3fa282698c", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('0af32374-6cb5-4ca3-b0c6-c220f4748fe5', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "0af32374-6cb5-4ca3-b0c6-c220f4748fe5", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9d17c9fd-6f8c-41cf-b87d-f907bc46caa0', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9d17c9fd-6f8c-41cf-b87d-f907bc46caa0", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('73f16329-bc8f-4d9d-b99b-f5779f633835', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "73f16329-bc8f-4d9d-b99b-f5779f633835", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('62f062b6-e86a-4887-9dbc-aca97a93850d', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "62f062b6-e86a-4887-9dbc-aca97a93850d", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6a879700-6394-4920-8369-ca5badec6831', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6a879700-6394-4920-8369-ca5badec6831", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('1818c0b9-0cf5-4be1-bb23-ae2ae01aaa25', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "1818c0b9-0cf5-4be1-bb23-ae2ae01aaa25", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('744e3f50-ebff-4cca-ba0c-cd04951211dc', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "744e3f50-ebff-4cca-ba0c-cd04951211dc", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('8fb18787-4ecb-4928-b0a7-3ff51ce3be6c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "8fb18787-4ecb-4928-b0a7-3ff51ce3be6c", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('72a9d09e-1b01-48f0-aa12-2b6349acdecf', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "72a9d09e-1b01-48f0-aa12-2b6349acdecf", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('0df53880-9223-418d-ba68-c3bc3dc0c97a', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "0df53880-9223-418d-ba68-c3bc3dc0c97a", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('5dfaf82d-649d-49a7-96fa-b893b87e0b92', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "5dfaf82d-649d-49a7-96fa-b893b87e0b92", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9b6649f4-3485-4fc0-8834-df3db267cee1', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9b6649f4-3485-4fc0-8834-df3db267cee1", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6f6aa333-432c-44d0-addd-ac23a77de61a', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6f6aa333-432c-44d0-addd-ac23a77de61a", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('46c8d040-f421-42d9-bbbd-0b74065bb59e', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "46c8d040-f421-42d9-bbbd-0b74065bb59e", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('2b24cce8-99b5-4ff7-9e3f-17a88d469649', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "2b24cce8-99b5-4ff7-9e3f-17a88d469649", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b540fba8-954c-4214-9979-74f99df3aa86', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b540fba8-954c-4214-9979-74f99df3aa86", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('2a93988c-e4a5-44be-8217-8ae92abed63c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "2a93988c-e4a5-44be-8217-8ae92abed63c", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('0ceac18b-ad1c-4323-b0c7-8c2dbeb0d635', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "0ceac18b-ad1c-4323-b0c7-8c2dbeb0d635", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('e57a2528-4c81-4c7a-8d1a-310060b3580a', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "e57a2528-4c81-4c7a-8d1a-310060b3580a", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('edad91d5-7fcf-499e-a51c-dabc204e6fdb', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "edad91d5-7fcf-499e-a51c-dabc204e6fdb", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('2fcead89-03ad-4f28-b5a1-6cdb67eaf678', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "2fcead89-03ad-4f28-b5a1-6cdb67eaf678", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6253bc99-50db-45ae-b2b0-a7f99bf3d7ac', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6253bc99-50db-45ae-b2b0-a7f99bf3d7ac", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('bd77f8f9-f37e-4e98-bc60-2690c201fc48', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "bd77f8f9-f37e-4e98-bc60-2690c201fc48", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('70ecca37-57d0-42ac-8e62-e83bd87850ed', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "70ecca37-57d0-42ac-8e62-e83bd87850ed", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b37d8d1b-62ff-43f8-a30a-22137855e0c3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b37d8d1b-62ff-43f8-a30a-22137855e0c3", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('0129a311-4e5d-426b-a86f-a15b14e7153e', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "0129a311-4e5d-426b-a86f-a15b14e7153e", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('3f3eb576-79b3-4e7b-9b36-394fa3a24005', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "3f3eb576-79b3-4e7b-9b36-394fa3a24005", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('7b4bcf37-bc24-49f9-b79e-b1abefd9c8d8', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "7b4bcf37-bc24-49f9-b79e-b1abefd9c8d8", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6b3470c6-f6b1-48ef-9823-c52a59339dfb', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6b3470c6-f6b1-48ef-9823-c52a59339dfb", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9f5a46a0-6f03-48eb-b216-27f5491a6cbd', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9f5a46a0-6f03-48eb-b216-27f5491a6cbd", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('cb60f21e-46da-4532-bb96-efb00a0d2b8f', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "cb60f21e-46da-4532-bb96-efb00a0d2b8f", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('353bb234-34d3-4ca4-8f19-9c88457ff135', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "353bb234-34d3-4ca4-8f19-9c88457ff135", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('47deb23a-240b-4b94-a77a-42cdc5a5495c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "47deb23a-240b-4b94-a77a-42cdc5a5495c", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('7c5d23df-7d69-498a-bd59-987d19465681', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "7c5d23df-7d69-498a-bd59-987d19465681", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9c686f6c-bbbc-4f4a-a70d-7fa3290d02d2', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9c686f6c-bbbc-4f4a-a70d-7fa3290d02d2", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('c7561509-78c7-49d4-b57b-1662912f1796', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "c7561509-78c7-49d4-b57b-1662912f1796", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('8591e78e-3075-4fa5-b651-84071104c287', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "8591e78e-3075-4fa5-b651-84071104c287", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('83270d1d-0c75-4360-9ced-70d050194dcd', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "83270d1d-0c75-4360-9ced-70d050194dcd", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('4fb33b97-332f-42d6-8fb1-531ac7f41dfe', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "4fb33b97-332f-42d6-8fb1-531ac7f41dfe", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('7b1a7f75-5a15-4468-af39-db1f2d1c4f3f', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "7b1a7f75-5a15-4468-af39-db1f2d1c4f3f", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('ca95b3d9-5bc5-468f-8d43-503a6a9c0465', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "ca95b3d9-5bc5-468f-8d43-503a6a9c0465", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('23610622-343d-4f56-ad7c-702de83e2fca', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "23610622-343d-4f56-ad7c-702de83e2fca", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('da352d8e-88e4-4dda-9bf5-eba9a2f8233c', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "da352d8e-88e4-4dda-9bf5-eba9a2f8233c", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('df517dea-2a7e-4daf-b210-0649dc75904f', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "df517dea-2a7e-4daf-b210-0649dc75904f", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('3e3d7fc0-a34a-431a-be05-c6dcba709da3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "3e3d7fc0-a34a-431a-be05-c6dcba709da3", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('58189a77-ed90-47bf-87f0-6e572aff973e', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "58189a77-ed90-47bf-87f0-6e572aff973e", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('4434822c-1f90-48a8-9722-09158cdd244d', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "4434822c-1f90-48a8-9722-09158cdd244d", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('66d310d2-0ac0-43ed-80f6-4eb516ba38fa', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "66d310d2-0ac0-43ed-80f6-4eb516ba38fa", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('6f6a03a4-3962-491b-9368-f2cc4ac8b731', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "6f6a03a4-3962-491b-9368-f2cc4ac8b731", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('b3efef2d-ea99-4256-8505-0894d3840fb2', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "b3efef2d-ea99-4256-8505-0894d3840fb2", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('5ef4b302-7565-4896-adbe-57049099e405', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "5ef4b302-7565-4896-adbe-57049099e405", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('c356f9b8-f3e0-4bb7-9393-f8edc70e3374', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "c356f9b8-f3e0-4bb7-9393-f8edc70e3374", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('eef9a043-b7f6-4757-a4eb-394915e11f44', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "eef9a043-b7f6-4757-a4eb-394915e11f44", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('add41cbd-d97d-4843-a466-1c23a9f057d5', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "add41cbd-d97d-4843-a466-1c23a9f057d5", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('8a1c797f-9c2d-416a-bc7f-0ecaeeb62e9e', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "8a1c797f-9c2d-416a-bc7f-0ecaeeb62e9e", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('00b77375-efda-4a9b-a679-59b7cb0b10c7', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "00b77375-efda-4a9b-a679-59b7cb0b10c7", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('d4860617-674b-4b7d-a30b-b22a4fbdfed1', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "d4860617-674b-4b7d-a30b-b22a4fbdfed1", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('9abf38af-9593-4564-ae31-600654a47d82', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "9abf38af-9593-4564-ae31-600654a47d82", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('080b0bd4-ec8d-4636-ac98-15f9b5cbe883', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "080b0bd4-ec8d-4636-ac98-15f9b5cbe883", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('3a5ab3f6-c42e-417c-ae1a-8f3d73dc1d57', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "3a5ab3f6-c42e-417c-ae1a-8f3d73dc1d57", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('21d56bbf-b9db-491a-ab0e-a61eff8617a3', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "21d56bbf-b9db-491a-ab0e-a61eff8617a3", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('d9b80a30-b3ad-47bd-865d-cd0415b88e03', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "d9b80a30-b3ad-47bd-865d-cd0415b88e03", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('2473788b-f62a-4707-ba60-779136c2e262', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "2473788b-f62a-4707-ba60-779136c2e262", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('1df9078e-9823-4453-95ce-af90e28ab3b6', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "1df9078e-9823-4453-95ce-af90e28ab3b6", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('693e41cb-90ab-475c-a1c5-dc74008ed438', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "693e41cb-90ab-475c-a1c5-dc74008ed438", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('83cd35fc-d9db-4dbf-80a0-0f8f6c94d888', 1, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "83cd35fc-d9db-4dbf-80a0-0f8f6c94d888", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.control_versions VALUES ('f952d115-88a7-45a7-8fda-2ad75ec45768', 2, 'd570565f-67a0-4e92-baff-c12a548690c7', '{"id": "f952d115-88a7-45a7-8fda-2ad75ec45768", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "d570565f-67a0-4e92-baff-c12a548690c7", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test (token fill script)', '2026-12-05 21:39:13.453641+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('e16df37b-2bb7-417f-824e-40dfaea4fc9f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('fd50f18b-193c-4600-b42d-24a9b8a159bd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b39f6f9a-282a-4030-a576-bf6c4e59f0e8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('07a33cc9-1168-406d-a17d-bfedab5c7c22', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('3c2d2339-f0a5-4205-b6ce-2c9e1019d244', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('c4e4734e-2f07-416f-875d-d9928b065dd6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('fb43acfe-501f-4557-8207-cb7dfe1b9c3d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9c9b7ecb-9e15-48ec-98f1-2731365df385', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9ad45ff2-0c01-420b-922c-bd56f50ed7a7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('015ca149-bb8e-4cfb-923b-1e25da889e1d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('cffe4779-d765-436b-b92a-9f7fadae9538', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('3e13e4a8-5b06-4fff-9215-c93aec2334f3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('fec9f2d3-8ac3-4491-a934-cc1a9e48ee32', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('60edb4d8-5db2-4b59-bca5-1441df408dd1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('e9b98fb2-bb46-42f5-870b-fb3233640830', 'd570565f-67a0-4e92-baff-c12a548690c7', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('4644a400-077a-48af-85a7-2a28eed5e7e2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('7017f7b3-f167-4300-bd01-c17a907bddd3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f248c93a-c97b-4f47-8254-6a707a088149', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f9e4e2ab-1be3-4994-b33e-b0fce3fcf74c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('31d51f50-60bc-456c-87bc-1dd7ec24b6df', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('760cc10f-fe40-45f2-94de-ba773b881a55', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('cb51c58d-6ede-4605-ae6b-44992fccf356', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('d05db8ca-8e8b-4106-a678-c83bb8d2c02b', 'd570565f-67a0-4e92-baff-c12a548690c7', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('04961afc-3afe-4dd8-9c5a-42c3640f0366', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9d74fc18-4751-4da3-af88-13bffde5940c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('71be2b88-f2dd-403a-92ea-b2bcbbecec07', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('7bd3a4cd-e2b4-4943-893d-eca4780052ba', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('41b8449c-22a6-4612-a4c0-1eb2f419c7d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('faa79f37-534b-47be-94ce-0dae99ea6e03', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('ffbe5f0c-7a79-4dbe-8949-f9ccb573e15a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('a7fb3a58-eada-438b-84b1-934b7b562805', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f54705d7-80f1-4fda-8c12-a2a44661f556', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b5830e19-d544-4f1a-8c0b-29665e5e19ad', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f17c8148-bf06-46b9-877a-d121c22ed040', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('84200fc2-995a-4390-bcf5-8c81e64f9b61', 'd570565f-67a0-4e92-baff-c12a548690c7', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('77538fe6-ed22-4d35-9d4b-c60ebf8a34b0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('fd8859ce-2f26-4325-a998-e750da1373fb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6f6aa333-432c-44d0-addd-ac23a77de61a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('0a018af2-413a-4330-9169-06e39a9b9648', 'd570565f-67a0-4e92-baff-c12a548690c7', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('5275b9ef-ff3f-4cc0-a8bb-0d3e66b964a8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('47185a1a-c7e2-4f54-891e-9de8c0318028', 'd570565f-67a0-4e92-baff-c12a548690c7', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f0ba8083-cc88-42cf-9bbe-e86910e56199', 'd570565f-67a0-4e92-baff-c12a548690c7', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6b13e636-5515-4537-8cd2-36328cac6330', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('d5419ac3-4a91-4f41-a8d7-a88e5d242f06', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('1d880631-8ec8-4885-8502-70a58f2979b8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f895ee72-487e-4cbf-9937-491d64297a3e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('d9a4666f-205e-4731-9a9a-63f1a51cde57', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b0cc8ac0-216b-416e-84f5-9a08f471c8e3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('a597ccc8-376c-47ea-ab23-a45f54edca5e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('3de09a59-d5b5-43ed-a574-d6d317a24df9', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9ceb0653-53d1-408c-b997-0e7dbb6534d7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('49740f57-20da-47a1-abc5-2b234ce96805', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('419f38a8-6919-4b22-bf51-602626c5efbc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('44b1d462-6707-4e88-aea2-361f9aa96afd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('2162a816-aa79-413c-9f0f-4acd7a377d73', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('40aed601-9a64-4f25-9ce1-dcf07ba349d0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('c23ece79-0c2e-48fd-bac7-b909c77e99fa', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('905bef4c-bf6e-43d5-b3bd-29be5a0aa3f6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('fdd1ab35-ddc8-4431-b390-8ec652ff6bc3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b7d7066d-4ba9-479c-adee-a48173fe751f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6acc3fff-66d7-4bd2-85f1-b7d483450efe', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('e12ef3ab-5b87-4c4b-95dd-cd3fa282698c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('0af32374-6cb5-4ca3-b0c6-c220f4748fe5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9d17c9fd-6f8c-41cf-b87d-f907bc46caa0', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('73f16329-bc8f-4d9d-b99b-f5779f633835', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('62f062b6-e86a-4887-9dbc-aca97a93850d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6a879700-6394-4920-8369-ca5badec6831', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('1818c0b9-0cf5-4be1-bb23-ae2ae01aaa25', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('744e3f50-ebff-4cca-ba0c-cd04951211dc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('8fb18787-4ecb-4928-b0a7-3ff51ce3be6c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('72a9d09e-1b01-48f0-aa12-2b6349acdecf', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('0df53880-9223-418d-ba68-c3bc3dc0c97a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('5dfaf82d-649d-49a7-96fa-b893b87e0b92', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9b6649f4-3485-4fc0-8834-df3db267cee1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('46c8d040-f421-42d9-bbbd-0b74065bb59e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('2b24cce8-99b5-4ff7-9e3f-17a88d469649', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b540fba8-954c-4214-9979-74f99df3aa86', 'd570565f-67a0-4e92-baff-c12a548690c7', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('2a93988c-e4a5-44be-8217-8ae92abed63c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('0ceac18b-ad1c-4323-b0c7-8c2dbeb0d635', 'd570565f-67a0-4e92-baff-c12a548690c7', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('e57a2528-4c81-4c7a-8d1a-310060b3580a', 'd570565f-67a0-4e92-baff-c12a548690c7', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('edad91d5-7fcf-499e-a51c-dabc204e6fdb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('2fcead89-03ad-4f28-b5a1-6cdb67eaf678', 'd570565f-67a0-4e92-baff-c12a548690c7', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6253bc99-50db-45ae-b2b0-a7f99bf3d7ac', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('bd77f8f9-f37e-4e98-bc60-2690c201fc48', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('70ecca37-57d0-42ac-8e62-e83bd87850ed', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b37d8d1b-62ff-43f8-a30a-22137855e0c3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('0129a311-4e5d-426b-a86f-a15b14e7153e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('3f3eb576-79b3-4e7b-9b36-394fa3a24005', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('7b4bcf37-bc24-49f9-b79e-b1abefd9c8d8', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6b3470c6-f6b1-48ef-9823-c52a59339dfb', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9f5a46a0-6f03-48eb-b216-27f5491a6cbd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('cb60f21e-46da-4532-bb96-efb00a0d2b8f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('353bb234-34d3-4ca4-8f19-9c88457ff135', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('47deb23a-240b-4b94-a77a-42cdc5a5495c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('7c5d23df-7d69-498a-bd59-987d19465681', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9c686f6c-bbbc-4f4a-a70d-7fa3290d02d2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('c7561509-78c7-49d4-b57b-1662912f1796', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('8591e78e-3075-4fa5-b651-84071104c287', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('83270d1d-0c75-4360-9ced-70d050194dcd', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('4fb33b97-332f-42d6-8fb1-531ac7f41dfe', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('7b1a7f75-5a15-4468-af39-db1f2d1c4f3f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('ca95b3d9-5bc5-468f-8d43-503a6a9c0465', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('23610622-343d-4f56-ad7c-702de83e2fca', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('da352d8e-88e4-4dda-9bf5-eba9a2f8233c', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('df517dea-2a7e-4daf-b210-0649dc75904f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('3e3d7fc0-a34a-431a-be05-c6dcba709da3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('58189a77-ed90-47bf-87f0-6e572aff973e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('4434822c-1f90-48a8-9722-09158cdd244d', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('66d310d2-0ac0-43ed-80f6-4eb516ba38fa', 'd570565f-67a0-4e92-baff-c12a548690c7', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('6f6a03a4-3962-491b-9368-f2cc4ac8b731', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('b3efef2d-ea99-4256-8505-0894d3840fb2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('5ef4b302-7565-4896-adbe-57049099e405', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('c356f9b8-f3e0-4bb7-9393-f8edc70e3374', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('eef9a043-b7f6-4757-a4eb-394915e11f44', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('add41cbd-d97d-4843-a466-1c23a9f057d5', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('8a1c797f-9c2d-416a-bc7f-0ecaeeb62e9e', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('00b77375-efda-4a9b-a679-59b7cb0b10c7', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('d4860617-674b-4b7d-a30b-b22a4fbdfed1', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('9abf38af-9593-4564-ae31-600654a47d82', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('080b0bd4-ec8d-4636-ac98-15f9b5cbe883', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('3a5ab3f6-c42e-417c-ae1a-8f3d73dc1d57', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('21d56bbf-b9db-491a-ab0e-a61eff8617a3', 'd570565f-67a0-4e92-baff-c12a548690c7', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('d9b80a30-b3ad-47bd-865d-cd0415b88e03', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('2473788b-f62a-4707-ba60-779136c2e262', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('1df9078e-9823-4453-95ce-af90e28ab3b6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('693e41cb-90ab-475c-a1c5-dc74008ed438', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('83cd35fc-d9db-4dbf-80a0-0f8f6c94d888', 'd570565f-67a0-4e92-baff-c12a548690c7', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:07.241485+00');
INSERT INTO public.controls VALUES ('f952d115-88a7-45a7-8fda-2ad75ec45768', 'd570565f-67a0-4e92-baff-c12a548690c7', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-05 21:39:07.241485+00', '2026-12-05 21:39:13.486+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('4b8c0d76-3db4-4566-aeea-a6f1c19e5716', '8aeb9162-f62c-4577-a145-c110fe1052c2');
INSERT INTO public.engagement_systems VALUES ('c7e123e7-e1de-41bc-8774-27d12ecf4c49', '8aeb9162-f62c-4577-a145-c110fe1052c2');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('4b8c0d76-3db4-4566-aeea-a6f1c19e5716', 'd570565f-67a0-4e92-baff-c12a548690c7', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-05 21:39:09.297276+00');
INSERT INTO public.engagements VALUES ('c7e123e7-e1de-41bc-8774-27d12ecf4c49', 'd570565f-67a0-4e92-baff-c12a548690c7', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-05 21:39:09.757059+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('8457a6bb-d0eb-498f-acdd-bfe87e2518bc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run a31e458e-fa67-417e-8cfc-4733d2f5a51e, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', 'd570565f-67a0-4e92-baff-c12a548690c7/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, 'a31e458e-fa67-417e-8cfc-4733d2f5a51e', NULL, '2026-12-05 21:38:32.089401+00', 4);
INSERT INTO public.evidence VALUES ('390ad379-edf1-4450-87a6-08a78394574f', 'd570565f-67a0-4e92-baff-c12a548690c7', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run 1a49e8b0-1418-427f-9ab0-6d43a45e1bfc, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', 'd570565f-67a0-4e92-baff-c12a548690c7/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc', 'b0174159-b652-47f6-9070-31f6cad06181', '2026-12-05 21:39:11.768497+00', 14);
INSERT INTO public.evidence VALUES ('70180fb8-bad9-4d0d-944e-d20485896b62', 'd570565f-67a0-4e92-baff-c12a548690c7', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', 'd570565f-67a0-4e92-baff-c12a548690c7/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-05', NULL, NULL, NULL, '2026-12-05 21:39:23.143959+00', 18);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('390ad379-edf1-4450-87a6-08a78394574f', '6acc3fff-66d7-4bd2-85f1-b7d483450efe', 'd570565f-67a0-4e92-baff-c12a548690c7');
INSERT INTO public.evidence_controls VALUES ('390ad379-edf1-4450-87a6-08a78394574f', 'e12ef3ab-5b87-4c4b-95dd-cd3fa282698c', 'd570565f-67a0-4e92-baff-c12a548690c7');
INSERT INTO public.evidence_controls VALUES ('390ad379-edf1-4450-87a6-08a78394574f', '9d17c9fd-6f8c-41cf-b87d-f907bc46caa0', 'd570565f-67a0-4e92-baff-c12a548690c7');
INSERT INTO public.evidence_controls VALUES ('70180fb8-bad9-4d0d-944e-d20485896b62', '6b13e636-5515-4537-8cd2-36328cac6330', 'd570565f-67a0-4e92-baff-c12a548690c7');


--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitations VALUES ('631a478b-54f1-4a46-93d9-ae17e8c01a35', 'd570565f-67a0-4e92-baff-c12a548690c7', 'new.hire@acme.test', 'member', NULL, NULL, '6121d02e75c3d85d6825fd1d46e6ea97fea35531622a0da8b96c7ac78669660b', 'b0174159-b652-47f6-9070-31f6cad06181', '2026-12-12 21:39:10.349+00', NULL, NULL, '2026-12-05 21:39:10.325491+00');


--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 'b0174159-b652-47f6-9070-31f6cad06181', 'owner', NULL, '2026-12-05 21:37:11.042754+00');
INSERT INTO public.memberships VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', '35450d7f-116d-4e91-8d43-a3f3940ee23a', 'member', NULL, '2026-12-05 21:37:33.227708+00');


--
-- Data for Name: oidc_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oidc_providers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organizations VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-05 21:37:11.042754+00');


--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 'trivy', NULL, 'vuln.finding', '2026-12-05 21:38:31.842+00', 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.resource_scopes VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 'trivy', NULL, 'vuln.target', '2026-12-05 21:38:31.842+00', 'a31e458e-fa67-417e-8cfc-4733d2f5a51e');
INSERT INTO public.resource_scopes VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 'grype', 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', 'vuln.finding', '2026-12-05 21:39:11.67+00', '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');
INSERT INTO public.resource_scopes VALUES ('d570565f-67a0-4e92-baff-c12a548690c7', 'grype', 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', 'vuln.target', '2026-12-05 21:39:11.67+00', '1a49e8b0-1418-427f-9ab0-6d43a45e1bfc');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('cf816946-731f-4416-8711-3462b311c127', 'd570565f-67a0-4e92-baff-c12a548690c7', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-05 21:38:31.842+00', '2026-12-05 21:38:31.842+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('be0b86dd-4508-482f-ac02-e6af719e21d6', 'd570565f-67a0-4e92-baff-c12a548690c7', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-05 21:38:31.842+00', '2026-12-05 21:38:31.842+00', NULL, NULL, '29ezymug3ki:fn');
INSERT INTO public.resources VALUES ('ab441719-7547-4f0a-9709-614a878fce54', 'd570565f-67a0-4e92-baff-c12a548690c7', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-05 21:38:31.842+00', '2026-12-05 21:38:31.842+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('aebc8157-fb4f-42bb-8c6a-bc4b430bd746', 'd570565f-67a0-4e92-baff-c12a548690c7', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-05 21:39:11.67+00', '2026-12-05 21:39:11.67+00', NULL, 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('9a2ab7f5-25f0-4830-b49b-58bc33742266', 'd570565f-67a0-4e92-baff-c12a548690c7', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-05 21:39:11.67+00', '2026-12-05 21:39:11.67+00', NULL, 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('4e909a5f-54aa-4c52-b953-414ff68ca1ef', 'd570565f-67a0-4e92-baff-c12a548690c7', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-05 21:39:11.67+00', '2026-12-05 21:39:11.67+00', NULL, 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', 'os05izi2np:pe');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('a31e458e-fa67-417e-8cfc-4733d2f5a51e', 'd570565f-67a0-4e92-baff-c12a548690c7', NULL, 'trivy', 'succeeded', NULL, '2026-12-05 21:38:31.842+00', '2026-12-05 21:38:32.324+00', 3, 6, '8457a6bb-d0eb-498f-acdd-bfe87e2518bc', '{"ms": {"read": 105, "write": 272, "evaluate": 105}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 3, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 3, "pass": 0, "error": 0, "not_applicable": 3}, "unchanged": 0}');
INSERT INTO public.runs VALUES ('1a49e8b0-1418-427f-9ab0-6d43a45e1bfc', 'd570565f-67a0-4e92-baff-c12a548690c7', 'd7bda973-3ba1-4c5d-9554-618e403ea7b1', 'grype', 'succeeded', NULL, '2026-12-05 21:39:11.67+00', '2026-12-05 21:39:12.145+00', 3, 6, '390ad379-edf1-4450-87a6-08a78394574f', '{"ms": {"read": 45, "write": 394, "evaluate": 36}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('8aeb9162-f62c-4577-a145-c110fe1052c2', 'd570565f-67a0-4e92-baff-c12a548690c7', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-05 21:39:09.057443+00');


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('b0174159-b652-47f6-9070-31f6cad06181', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$zpXeFeS78+lbvOptNYedqQ$qQBq4k8hBdcE70/2q+/90imH2TnIDGpfWfk0v/NV1EQ', 0, NULL, '2026-12-05 21:37:11.042754+00');
INSERT INTO public.users VALUES ('35450d7f-116d-4e91-8d43-a3f3940ee23a', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$7othqS//OlmXCnPJa6q22w$ia2csRphGRq+U2OHSkGUAlBJdd4eYlResUGdBe3TAuk', 0, NULL, '2026-12-05 21:37:33.227708+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 7, true);


--
-- Name: alert_outbox_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.alert_outbox_id_seq', 3, true);


--
-- Name: audit_events_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.audit_events_id_seq', 18, true);


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
-- Name: memberships memberships_org_id_user_id_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.memberships
    ADD CONSTRAINT memberships_org_id_user_id_pk PRIMARY KEY (org_id, user_id);


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
-- Name: resources_org_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX resources_org_type_idx ON public.resources USING btree (org_id, type);


--
-- Name: runs_org_started_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX runs_org_started_idx ON public.runs USING btree (org_id, started_at);


--
-- Name: sessions_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sessions_user_idx ON public.sessions USING btree (user_id);


--
-- Name: systems_org_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX systems_org_idx ON public.systems USING btree (org_id);


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
-- Name: user_identities user_identities_user_id_users_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_identities
    ADD CONSTRAINT user_identities_user_id_users_id_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--


