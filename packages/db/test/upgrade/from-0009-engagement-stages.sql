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
    'observation',
    'reporting',
    'completed'
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


--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('3a84ffba-f597-4568-82e8-e12313262543', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.pRWYuiPoStNVNkBc.6RI5xmB8rGYYuOzoDQYIPg.qV-9LE_hfszMOtoNry-Vfet9LvYFl8VITHZ9AX_R_kYFU0yvThlUF5GKY0K4EtV4bA', '{fail,recovered,connector_error,stale}', true, '2026-12-06 10:57:38.061074+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'fail', '{"runId": "552f42ee-a8fb-4437-9546-13dc1e86fe26", "reason": "CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available", "checkId": "vuln.no_critical_unfixed_older_than_15d", "severity": "critical", "checkTitle": "Fixable critical vulnerabilities are not left open beyond 15 days", "controlIds": [], "resourceId": "c81da908-eebe-431c-a65e-df840ffe06d7", "connectorId": null, "resourceKey": "trivy|vuln.finding|testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224", "resourceName": "CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)"}', NULL, '2026-12-06 10:57:34.486167+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'fail', '{"runId": "552f42ee-a8fb-4437-9546-13dc1e86fe26", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "d61ec7b3-8ecc-46e3-b52c-04ca5208cc4f", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 10:57:34.486167+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (3, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'fail', '{"runId": "552f42ee-a8fb-4437-9546-13dc1e86fe26", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1928 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "d61ec7b3-8ecc-46e3-b52c-04ca5208cc4f", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 10:57:34.486167+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('714a2763-83b4-4b18-ad93-89f38964e41e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'aefc7329-8660-463e-b995-f73491bb94e0', 'fill script', 'vgl_QxlH0ct5', '33de1331d1a7571a85f006d8a6d4aa65f7ab19490b592451f873b84c10046a3a', 'write', '2027-03-06 10:57:32.29+00', NULL, '2026-12-06 10:57:37.695+00', '2026-12-06 10:57:32.289504+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 18, 'daa5d9c414d8e86b6e8105ea23c3078d5a29a535cb23efad0aef934ff89becb9');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, '2b4fde89-8188-4707-adf3-ea3f2217857f', 1, '2026-12-06 10:57:27.872+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', '326a988cc8569137f617c109ea8930953aa616bfa235fb08751aed5a660ccf89');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, '2b4fde89-8188-4707-adf3-ea3f2217857f', 2, '2026-12-06 10:57:30.344+00', 'system', NULL, 'system:cli', 'user.added', 'user', '192862bd-a75b-4f4f-adda-d8b5292b36a1', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, '326a988cc8569137f617c109ea8930953aa616bfa235fb08751aed5a660ccf89', '9aa3f9309f7bb12aa417298f67538e72bdb5a95481136cb4168045f927e45009');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, '2b4fde89-8188-4707-adf3-ea3f2217857f', 3, '2026-12-06 10:57:32.301+00', 'system', 'aefc7329-8660-463e-b995-f73491bb94e0', 'system:cli', 'token.created', 'api_token', '714a2763-83b4-4b18-ad93-89f38964e41e', '{"name": "fill script", "scope": "write", "prefix": "vgl_QxlH0ct5", "expiresAt": "2027-03-06T10:57:32.290Z"}', NULL, NULL, NULL, '9aa3f9309f7bb12aa417298f67538e72bdb5a95481136cb4168045f927e45009', 'a80b805ce8cd56b7a580928d8aa388b5816ff2e8c18293e2f511d79509d433a5');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, '2b4fde89-8188-4707-adf3-ea3f2217857f', 4, '2026-12-06 10:57:34.537+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '8116f4ef-35bf-4cba-854c-2230c859f233', '{"kind": "collection", "size": 6337, "runId": "552f42ee-a8fb-4437-9546-13dc1e86fe26", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, 'a80b805ce8cd56b7a580928d8aa388b5816ff2e8c18293e2f511d79509d433a5', '88c8fe38f7e1b71ff893688b290822fc97ca4aa5494cea323931ab9e2d58804a');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, '2b4fde89-8188-4707-adf3-ea3f2217857f', 5, '2026-12-06 10:57:34.547+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', '552f42ee-a8fb-4437-9546-13dc1e86fe26', '{"source": "trivy", "evidenceId": "8116f4ef-35bf-4cba-854c-2230c859f233", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, '88c8fe38f7e1b71ff893688b290822fc97ca4aa5494cea323931ab9e2d58804a', 'f9e23a1110ec56d2fe0f0600f37ea7fc44198cd76305d7dc05b7e5109e601099');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, '2b4fde89-8188-4707-adf3-ea3f2217857f', 6, '2026-12-06 10:57:37.713+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', '24c128c1-790a-49ae-9f3f-74ccb8022610', '127.0.0.1', 'curl/7.88.1', 'f9e23a1110ec56d2fe0f0600f37ea7fc44198cd76305d7dc05b7e5109e601099', 'e531009b9613c563e659d92ad1e9a7e4d5dbefbb2d50ae32acf22b0dc6bebd07');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, '2b4fde89-8188-4707-adf3-ea3f2217857f', 7, '2026-12-06 10:57:37.94+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', '1b653382-9434-433f-ad1e-f51e8ff262b0', '127.0.0.1', 'curl/7.88.1', 'e531009b9613c563e659d92ad1e9a7e4d5dbefbb2d50ae32acf22b0dc6bebd07', 'a0e6f0dabac15ac86f9ac81bcb003789cf233bb8035f1366b1131d4f7a43120e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, '2b4fde89-8188-4707-adf3-ea3f2217857f', 8, '2026-12-06 10:57:37.968+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'system.created', 'system', 'f7477689-8b6d-4e96-b439-04dcd1cbddb2', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '4077875f-3506-495d-a41b-96d188d53f0a', '127.0.0.1', 'curl/7.88.1', 'a0e6f0dabac15ac86f9ac81bcb003789cf233bb8035f1366b1131d4f7a43120e', '66aba8bad00d6d0398bcccb0463f678613279aff972313d0bbd69579cb73cbd6');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, '2b4fde89-8188-4707-adf3-ea3f2217857f', 9, '2026-12-06 10:57:37.999+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '4afb7afe-d938-49ab-8586-ab5c9fa12c03', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', '8cebc57b-b99a-4881-8db1-92221474b03b', '127.0.0.1', 'curl/7.88.1', '66aba8bad00d6d0398bcccb0463f678613279aff972313d0bbd69579cb73cbd6', 'd90a8c474edcede950cbf7fd01285ce127d45017e268909bbc6d6be96feea301');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, '2b4fde89-8188-4707-adf3-ea3f2217857f', 10, '2026-12-06 10:57:38.033+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', 'a70b7fbb-0c7c-4dcd-acb3-bf6e333e62f5', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', '3132bdc3-ceac-4045-b028-660ce776ab46', '127.0.0.1', 'curl/7.88.1', 'd90a8c474edcede950cbf7fd01285ce127d45017e268909bbc6d6be96feea301', '9dba56476ee0a32348da8c92db750b295c163790211c29fa84379b115513c35e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, '2b4fde89-8188-4707-adf3-ea3f2217857f', 11, '2026-12-06 10:57:38.068+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', '3a84ffba-f597-4568-82e8-e12313262543', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale"], "target": "https://hooks.acme.test/vigil", "enabled": true}', 'aa7dbf6c-56a0-47f9-9237-75e2950bfd83', '127.0.0.1', 'curl/7.88.1', '9dba56476ee0a32348da8c92db750b295c163790211c29fa84379b115513c35e', '22e51df764ea8fd7ae45629eaf997a7f29c3aafb6b437a226de55667b07daf2e');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, '2b4fde89-8188-4707-adf3-ea3f2217857f', 12, '2026-12-06 10:57:38.099+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '110ac9ee-6813-4237-9ddc-7821c41a3236', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-13T10:57:38.096Z", "engagementId": null, "accessExpiresAt": null}', 'c6798f69-6280-4c4e-9300-3b8505d4cee4', '127.0.0.1', 'curl/7.88.1', '22e51df764ea8fd7ae45629eaf997a7f29c3aafb6b437a226de55667b07daf2e', 'a3d5ad6ff4b3f87f5e4616bfe0429052883fb70f3db329fdefbe23824a46bfba');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, '2b4fde89-8188-4707-adf3-ea3f2217857f', 13, '2026-12-06 10:57:38.127+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'ed8821a2-e461-46a4-930a-f013f3243c36', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', '323f5b52-30a0-483f-a265-ce26a00e29eb', '127.0.0.1', 'curl/7.88.1', 'a3d5ad6ff4b3f87f5e4616bfe0429052883fb70f3db329fdefbe23824a46bfba', '1b422c7e7d2a622de6daa32e618f62cfb0e347aebfec8a48998a437689a9ae3c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, '2b4fde89-8188-4707-adf3-ea3f2217857f', 14, '2026-12-06 10:57:38.41+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', 'ddd7ea09-68aa-4d1d-a1a7-6d19925d7772', '{"kind": "collection", "size": 4279, "runId": "1dbf7791-a382-424b-938f-9e631d579ce7", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["6e7c71a0-1c89-4828-95f5-2a6893ce6a4a", "688f1d78-e19b-4aea-8c43-85fef19c8a0c", "f8a114be-fec0-4f55-9286-3ce9add25ad7"], "supersedes": null, "periodStart": null}', 'b201f5cd-531a-479b-82fc-2baea353d52b', '127.0.0.1', 'curl/7.88.1', '1b422c7e7d2a622de6daa32e618f62cfb0e347aebfec8a48998a437689a9ae3c', 'd2ad70664c701f4538cbf83aadc2ae05b5b131cfe8111859bf461d62ea2710ff');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, '2b4fde89-8188-4707-adf3-ea3f2217857f', 15, '2026-12-06 10:57:38.426+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', '1dbf7791-a382-424b-938f-9e631d579ce7', '{"source": "grype", "evidenceId": "ddd7ea09-68aa-4d1d-a1a7-6d19925d7772", "connectorId": "ed8821a2-e461-46a4-930a-f013f3243c36", "transitions": 6, "resourcesSeen": 3}', 'b201f5cd-531a-479b-82fc-2baea353d52b', '127.0.0.1', 'curl/7.88.1', 'd2ad70664c701f4538cbf83aadc2ae05b5b131cfe8111859bf461d62ea2710ff', 'a1d24322b2c8d977b2e2fd6d80a860f153ad580789e8905f14c16d1ee4960981');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, '2b4fde89-8188-4707-adf3-ea3f2217857f', 16, '2026-12-06 10:57:38.464+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'f25e45b9-a040-4263-9d72-77ea4f0ff93e', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', 'a6899dd9-f540-45a2-ac1a-3391e621d2b7', '127.0.0.1', 'curl/7.88.1', 'a1d24322b2c8d977b2e2fd6d80a860f153ad580789e8905f14c16d1ee4960981', '35bd66885faa5e86adad7fc6ed7fad6b455fdbcfa69e965e2c1b180b4051a556');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, '2b4fde89-8188-4707-adf3-ea3f2217857f', 17, '2026-12-06 10:57:38.648+00', 'token', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', 'control.updated', 'control', '19dae373-a9ea-4ead-b0fe-1b9a5dba1a10', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', '737fd817-445e-4958-89e5-a885003ca2d1', '127.0.0.1', 'curl/7.88.1', '35bd66885faa5e86adad7fc6ed7fad6b455fdbcfa69e965e2c1b180b4051a556', '7caa08fb8ef7516a7b624ae975cc4741b2c727aa94c6fd6c4bc3e113341c0141');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, '2b4fde89-8188-4707-adf3-ea3f2217857f', 18, '2026-12-06 10:57:40.817+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', '05677444-be0f-4d4e-be72-74854b16d3a8', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-06", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["08100678-4c86-4309-a55b-d559dda604fc"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '7caa08fb8ef7516a7b624ae975cc4741b2c727aa94c6fd6c4bc3e113341c0141', 'daa5d9c414d8e86b6e8105ea23c3078d5a29a535cb23efad0aef934ff89becb9');


--
-- Data for Name: check_coverage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed', '2026-12-06 10:57:34.462+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-06 10:57:34.462+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.scan_recent', '2026-12-06 10:57:34.462+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed_older_than_15d', '416cbe74-aa8a-4485-915d-df249834c857', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 10:57:34.462+00', NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_high_unfixed_older_than_30d', '416cbe74-aa8a-4485-915d-df249834c857', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 10:57:34.462+00', NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed_older_than_15d', 'c81da908-eebe-431c-a65e-df840ffe06d7', 'fail', 'CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available', '{"actual": "2602 days", "expected": "≤ 15 days", "attribute": "publishedAt"}', '2026-12-06 10:57:34.462+00', NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_high_unfixed_older_than_30d', 'c81da908-eebe-431c-a65e-df840ffe06d7', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 10:57:34.462+00', NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed', 'd61ec7b3-8ecc-46e3-b52c-04ca5208cc4f', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 10:57:34.462+00', NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.scan_recent', 'd61ec7b3-8ecc-46e3-b52c-04ca5208cc4f', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1928 days old', '{"actual": "1928 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-06 10:57:34.462+00', NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed_older_than_15d', 'ef82c9e0-3513-49e0-b266-df2b48991762', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 10:57:38.329+00', NULL, '1dbf7791-a382-424b-938f-9e631d579ce7');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_high_unfixed_older_than_30d', 'ef82c9e0-3513-49e0-b266-df2b48991762', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 10:57:38.329+00', NULL, '1dbf7791-a382-424b-938f-9e631d579ce7');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed_older_than_15d', 'be5d8dfd-d0a8-4dea-bd5c-25d9bd710d23', 'error', 'missing input: fix available', '{"attribute": "fixAvailable"}', '2026-12-06 10:57:38.329+00', NULL, '1dbf7791-a382-424b-938f-9e631d579ce7');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_high_unfixed_older_than_30d', 'be5d8dfd-d0a8-4dea-bd5c-25d9bd710d23', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 10:57:38.329+00', NULL, '1dbf7791-a382-424b-938f-9e631d579ce7');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.no_critical_unfixed', '303829f3-244c-42d6-a7a0-be3ed406a5b3', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 10:57:38.329+00', NULL, '1dbf7791-a382-424b-938f-9e631d579ce7');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, '2b4fde89-8188-4707-adf3-ea3f2217857f', 'vuln.scan_recent', '303829f3-244c-42d6-a7a0-be3ed406a5b3', 'error', 'missing input: scanned at', '{"attribute": "scannedAt"}', '2026-12-06 10:57:38.329+00', NULL, '1dbf7791-a382-424b-938f-9e631d579ce7');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('ed8821a2-e461-46a4-930a-f013f3243c36', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-06 10:57:38.422+00', '2026-12-06 10:57:38.422+00', 'ok', NULL, '2026-12-06 10:57:38.12407+00');
INSERT INTO public.connectors VALUES ('f25e45b9-a040-4263-9d72-77ea4f0ff93e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-06 10:57:38.45713+00');


--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('47d62fcf-142d-44ab-9283-ec5600211729', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('0b30badb-07e8-4c29-9c89-c06995153ba5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('0b30badb-07e8-4c29-9c89-c06995153ba5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('0b30badb-07e8-4c29-9c89-c06995153ba5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('054ff299-9ef4-40d5-8f50-eba482aa4616', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('eb04d2ea-b627-4286-97a7-fac55e509ecc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('8ec5c405-51e2-45b7-93e0-5dea4bf648d0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('8ec5c405-51e2-45b7-93e0-5dea4bf648d0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('ca7115ee-bd18-48d0-aa9a-da70223bb00b', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('ca7115ee-bd18-48d0-aa9a-da70223bb00b', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('ca7115ee-bd18-48d0-aa9a-da70223bb00b', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('b9733688-ec4b-42fb-b510-8d5ef6e4fcba', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('b9733688-ec4b-42fb-b510-8d5ef6e4fcba', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('ef63ae0f-106f-4a31-bfde-5aa91e418791', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('ef63ae0f-106f-4a31-bfde-5aa91e418791', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('939a568b-bb8b-4b22-9464-a2f8e961429c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('939a568b-bb8b-4b22-9464-a2f8e961429c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('bf72a605-b0b7-4f50-a13b-a13bd9e99a8c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('c8e9a3c6-b935-43ec-822a-5f6bca475f94', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('c8e9a3c6-b935-43ec-822a-5f6bca475f94', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('8199766e-563f-4703-8b43-288258005102', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('8199766e-563f-4703-8b43-288258005102', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('8199766e-563f-4703-8b43-288258005102', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('7dd65f03-8cb5-4953-989c-9f58e1a2e0c7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('8e021879-95de-45ef-ab62-ab60bc2fef90', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('8e021879-95de-45ef-ab62-ab60bc2fef90', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('3bf8f064-d4bc-4a33-95d9-44bab7da253f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('3bf8f064-d4bc-4a33-95d9-44bab7da253f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('3bf8f064-d4bc-4a33-95d9-44bab7da253f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('2feaec25-74ef-427b-8c71-822fe5560ebb', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('2feaec25-74ef-427b-8c71-822fe5560ebb', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('2feaec25-74ef-427b-8c71-822fe5560ebb', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('103c3798-27b8-4e71-a44a-6a57f78af651', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('924a28dc-fccb-4d7e-8473-b663e9a03ba7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('924a28dc-fccb-4d7e-8473-b663e9a03ba7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('924a28dc-fccb-4d7e-8473-b663e9a03ba7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('134485e6-fc53-43de-a1a8-028d6a018107', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('93693b29-16b2-400c-b2eb-560d3ad80381', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('93693b29-16b2-400c-b2eb-560d3ad80381', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('528ee0c2-f171-4420-9451-e87ce567c0ad', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('0af2b6a5-2680-4cd5-a194-48578899735e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('0af2b6a5-2680-4cd5-a194-48578899735e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('36ef47f1-0d58-445e-ac17-bc2d7014211b', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('69a2221d-cbb8-456e-9db1-f96f056aba80', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('140d52f5-34c7-4dd2-9e2d-99c71e2ecf98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('140d52f5-34c7-4dd2-9e2d-99c71e2ecf98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('564f870e-01da-4355-beea-b8dfaf909215', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('564f870e-01da-4355-beea-b8dfaf909215', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('7901029e-ff07-435f-90de-0a64cfddac90', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('7901029e-ff07-435f-90de-0a64cfddac90', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('5e11f4b8-3bbc-4183-a000-1800b125bd4c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('5e11f4b8-3bbc-4183-a000-1800b125bd4c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('5e11f4b8-3bbc-4183-a000-1800b125bd4c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('54b5cf3a-e50e-48f8-a61e-dbab234a0030', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('54b5cf3a-e50e-48f8-a61e-dbab234a0030', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('48e685b1-2f95-408b-b44d-3fb26cca45a9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('48e685b1-2f95-408b-b44d-3fb26cca45a9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('2038b4a2-493f-44fa-a86a-922981b1e7ec', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('2038b4a2-493f-44fa-a86a-922981b1e7ec', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('569a79d6-9c38-4616-a2f1-58a2f37b2193', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('569a79d6-9c38-4616-a2f1-58a2f37b2193', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('08d8ec3f-a581-4fcc-9fae-22d5ea810374', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('aada3328-2c3b-48aa-8e3d-b2d3ff0173ff', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('25e53ed9-970e-47ff-a667-e4502ae34513', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('25e53ed9-970e-47ff-a667-e4502ae34513', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('2c81c9db-e29d-4393-9577-0706fcb37bb9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('2c81c9db-e29d-4393-9577-0706fcb37bb9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('3bf89893-fbdd-4666-9512-bb143aa8514d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('3bf89893-fbdd-4666-9512-bb143aa8514d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('0fb016fe-933b-47f2-8a67-7418577a86da', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('0fb016fe-933b-47f2-8a67-7418577a86da', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('5f9473e6-e903-47bd-b42b-3836d1251b98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('5f9473e6-e903-47bd-b42b-3836d1251b98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('5f9473e6-e903-47bd-b42b-3836d1251b98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P6.4');
INSERT INTO public.control_criteria VALUES ('5f9473e6-e903-47bd-b42b-3836d1251b98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P6.5');
INSERT INTO public.control_criteria VALUES ('b7558fbb-7cc5-46b9-bb97-74691c2412de', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('b7558fbb-7cc5-46b9-bb97-74691c2412de', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('b7558fbb-7cc5-46b9-bb97-74691c2412de', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('b5477264-aa09-4b0e-95f0-6af21207ae10', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P6.5');
INSERT INTO public.control_criteria VALUES ('b5477264-aa09-4b0e-95f0-6af21207ae10', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('19dae373-a9ea-4ead-b0fe-1b9a5dba1a10', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('19dae373-a9ea-4ead-b0fe-1b9a5dba1a10', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('08100678-4c86-4309-a55b-d559dda604fc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('08100678-4c86-4309-a55b-d559dda604fc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('436995b5-825f-4a1e-929f-7d42f6c05bd2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('436995b5-825f-4a1e-929f-7d42f6c05bd2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('db3e9eeb-6027-4d69-84c9-ff15e53f2cad', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('db3e9eeb-6027-4d69-84c9-ff15e53f2cad', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('39f606e0-ebfd-4fb2-959b-5c3d3476612d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('39f606e0-ebfd-4fb2-959b-5c3d3476612d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('39f606e0-ebfd-4fb2-959b-5c3d3476612d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('f60105f6-8acb-410c-8301-b491e2fe75d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('f60105f6-8acb-410c-8301-b491e2fe75d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('669726cf-486c-4af4-b9fe-7bc03d2459bc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('9a139f96-bf9b-4e8d-8d0b-d179e3a28fcf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('9a139f96-bf9b-4e8d-8d0b-d179e3a28fcf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('ea02966c-c31e-4286-955d-c9cf135f11ac', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('ea02966c-c31e-4286-955d-c9cf135f11ac', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('3fe78d47-e4f5-49f7-aa74-5e3ab94f45b5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('0d377df6-cc8d-4784-9baa-4da1f70309d5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('0d377df6-cc8d-4784-9baa-4da1f70309d5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('86ded150-350d-4449-a2b5-5f85d450b1ac', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('e0e8154f-7dcd-4572-98af-b0b86f823b32', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('d9a96ce8-7afe-4411-9277-5fb3f465b65f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('d9a96ce8-7afe-4411-9277-5fb3f465b65f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('5f6216a0-0030-4d02-b101-7db0907cbc2d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('5f6216a0-0030-4d02-b101-7db0907cbc2d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('5f6216a0-0030-4d02-b101-7db0907cbc2d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('763f0774-d6b9-4803-8ac5-04d23bb866cd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('042fffdb-3af0-43d9-9448-f8448a1fd705', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('6f47cf1b-9617-4aa9-be8a-98a454428d69', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('6f47cf1b-9617-4aa9-be8a-98a454428d69', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('6f47cf1b-9617-4aa9-be8a-98a454428d69', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('9f2a80de-b783-411e-8ab8-5a4856303218', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('9f2a80de-b783-411e-8ab8-5a4856303218', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('6e7c71a0-1c89-4828-95f5-2a6893ce6a4a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('688f1d78-e19b-4aea-8c43-85fef19c8a0c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('688f1d78-e19b-4aea-8c43-85fef19c8a0c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('4e6826cf-5cbd-4ff9-a1b5-ee3df029b338', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('4e6826cf-5cbd-4ff9-a1b5-ee3df029b338', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('f8a114be-fec0-4f55-9286-3ce9add25ad7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('f8a114be-fec0-4f55-9286-3ce9add25ad7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('b6d28d3d-4cdf-42ac-bd49-a64ed340f138', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('0a4434e9-4a3c-4105-9db5-1048ce3d3fd9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('0a4434e9-4a3c-4105-9db5-1048ce3d3fd9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('d87a94bb-f9f3-4790-a05a-41df33c8542e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('5e7f9b89-277b-4a47-aab3-25acc6b54030', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('5e7f9b89-277b-4a47-aab3-25acc6b54030', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('92760655-3bdb-463a-9586-abea24992bff', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('92760655-3bdb-463a-9586-abea24992bff', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('80739977-fe45-46ec-896d-b0766de2f6e5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('80739977-fe45-46ec-896d-b0766de2f6e5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('95ed98ff-722b-42e8-a786-5a274347f787', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('4bb27942-f23d-491f-80ca-2d9d36c2d910', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('4bb27942-f23d-491f-80ca-2d9d36c2d910', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('3d1884c9-23c4-4155-ae91-b2f1e03c31d6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('3d1884c9-23c4-4155-ae91-b2f1e03c31d6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('3d1884c9-23c4-4155-ae91-b2f1e03c31d6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('89ae1ace-0365-48d6-b3d5-da15ccad0d3e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('89ae1ace-0365-48d6-b3d5-da15ccad0d3e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('131211b3-564d-427e-88bc-9598a527b459', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('33c71a47-f0f7-4572-81e9-8aeb3f8326d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('33c71a47-f0f7-4572-81e9-8aeb3f8326d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('33c71a47-f0f7-4572-81e9-8aeb3f8326d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('768bde4c-843e-40b9-8835-0e3f17043f85', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('768bde4c-843e-40b9-8835-0e3f17043f85', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('47caac3a-67ea-4cef-89b6-2311ab581de6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('47caac3a-67ea-4cef-89b6-2311ab581de6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('184aca38-8348-4379-8e2e-7c3a7b692fb8', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('184aca38-8348-4379-8e2e-7c3a7b692fb8', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('edb86fd2-13c4-49a0-b798-c0f26826fea1', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('edb86fd2-13c4-49a0-b798-c0f26826fea1', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('8478a722-d917-4275-af37-77dd66962888', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('8478a722-d917-4275-af37-77dd66962888', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('70f788ab-472f-4961-bfa5-e21d5ed55dc7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('70f788ab-472f-4961-bfa5-e21d5ed55dc7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('b0d90905-10e1-40b5-96ef-121f72e9208a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('b0d90905-10e1-40b5-96ef-121f72e9208a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('ed6526f3-b5b6-44d0-b116-a0ad5f0a1d43', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('ed6526f3-b5b6-44d0-b116-a0ad5f0a1d43', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('ed6526f3-b5b6-44d0-b116-a0ad5f0a1d43', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('9ca1f908-716b-4be2-b48e-79fbb847ca8a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('9ca1f908-716b-4be2-b48e-79fbb847ca8a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('ad6a7da4-2a7a-4212-ab20-8ffd8e7cc70e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('ad6a7da4-2a7a-4212-ab20-8ffd8e7cc70e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('4c0333b1-83b7-4c7d-9032-9ec09360f276', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('4c0333b1-83b7-4c7d-9032-9ec09360f276', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('7c1b8269-50e5-4ca2-9329-a2d1cd276557', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('7c1b8269-50e5-4ca2-9329-a2d1cd276557', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('d620e41c-1a19-4a6a-8717-b8acb3a9ddca', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('9971b75a-a3af-46cd-911f-335d6435374e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('9971b75a-a3af-46cd-911f-335d6435374e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('52c94b1e-7ebb-4172-b27f-cc734ba1a51e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('52c94b1e-7ebb-4172-b27f-cc734ba1a51e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('52c94b1e-7ebb-4172-b27f-cc734ba1a51e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('6aab50f1-1980-4ab8-b54c-b731416f0611', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('6aab50f1-1980-4ab8-b54c-b731416f0611', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('d53838e0-1742-468b-81fb-5066856637f7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('d53838e0-1742-468b-81fb-5066856637f7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('d53838e0-1742-468b-81fb-5066856637f7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('6f8d9918-c268-4398-9fa8-50da7847dc00', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('6f8d9918-c268-4398-9fa8-50da7847dc00', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('6f8d9918-c268-4398-9fa8-50da7847dc00', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('fb64f480-d8e5-40d6-828d-aa648e4acfbd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('fb64f480-d8e5-40d6-828d-aa648e4acfbd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('c5711520-075e-4b0f-b0c2-8daf0e7cbaae', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('c5711520-075e-4b0f-b0c2-8daf0e7cbaae', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('c5711520-075e-4b0f-b0c2-8daf0e7cbaae', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('1724af48-42ba-4b9c-a686-9fbd7157b8ed', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('1724af48-42ba-4b9c-a686-9fbd7157b8ed', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('1724af48-42ba-4b9c-a686-9fbd7157b8ed', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('79d73780-a5e2-467f-b54d-4f23c46fa412', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('79d73780-a5e2-467f-b54d-4f23c46fa412', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('79d73780-a5e2-467f-b54d-4f23c46fa412', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P6.6');
INSERT INTO public.control_criteria VALUES ('cb37c43c-63f7-472a-9e05-9edd40951b2f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('cb37c43c-63f7-472a-9e05-9edd40951b2f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('0fbf332e-728c-4fae-ad73-1fc80d6f386d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('0fbf332e-728c-4fae-ad73-1fc80d6f386d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P6.3');
INSERT INTO public.control_criteria VALUES ('20e963b0-1f88-488d-821a-055193146619', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('20e963b0-1f88-488d-821a-055193146619', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('79dcf944-3302-4a60-ae7e-0a8eb65296e0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('79dcf944-3302-4a60-ae7e-0a8eb65296e0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('66251d1f-1ccc-4bbc-85c9-e4bd42c9be2c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('66251d1f-1ccc-4bbc-85c9-e4bd42c9be2c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('66251d1f-1ccc-4bbc-85c9-e4bd42c9be2c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('ff6e3100-cf7c-4495-98fd-308c8c764943', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('ff6e3100-cf7c-4495-98fd-308c8c764943', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('144233a0-a837-4bd4-a234-2c6e3264dfe9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.3');
INSERT INTO public.control_criteria VALUES ('144233a0-a837-4bd4-a234-2c6e3264dfe9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('144233a0-a837-4bd4-a234-2c6e3264dfe9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('94a5ac03-0f6f-4863-9c13-ea36ab9a4a5f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('94a5ac03-0f6f-4863-9c13-ea36ab9a4a5f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('23ffe9c4-05c4-44c6-8f4e-11623a811f76', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('8488a151-11c3-4b38-a7dd-90b0296bb09c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('49115b4d-d4a2-4bb5-9845-d2ec4c43c3ec', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.3');
INSERT INTO public.control_criteria VALUES ('49115b4d-d4a2-4bb5-9845-d2ec4c43c3ec', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('cf102c8f-0444-4e26-a02f-2fd0b35d25db', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('cf102c8f-0444-4e26-a02f-2fd0b35d25db', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('b30f0b1a-038d-4b51-8456-88ee3704c89d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('51d89b4f-aa6c-46e7-839b-a72732ed2cc0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('bc5bb471-927c-47eb-92a5-19305bb230f9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('a7ddecd7-9a97-4c19-81b1-4f6292bcb3dd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('a7ddecd7-9a97-4c19-81b1-4f6292bcb3dd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('291ada28-95eb-4e9e-93b3-e31c53fac015', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('291ada28-95eb-4e9e-93b3-e31c53fac015', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('1ff6b1d6-d80a-4e81-a39a-d6833397fd8f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('1ff6b1d6-d80a-4e81-a39a-d6833397fd8f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('1996d65e-7da1-4ecd-8534-2fc3df7dd563', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('1996d65e-7da1-4ecd-8534-2fc3df7dd563', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('2eac990a-4576-4f1f-aec6-95829fee892a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('2eac990a-4576-4f1f-aec6-95829fee892a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('2eac990a-4576-4f1f-aec6-95829fee892a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.2');
INSERT INTO public.control_criteria VALUES ('748a08fd-f991-4791-8157-3c97f6432b4f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('748a08fd-f991-4791-8157-3c97f6432b4f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.2');
INSERT INTO public.control_criteria VALUES ('748a08fd-f991-4791-8157-3c97f6432b4f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.3');
INSERT INTO public.control_criteria VALUES ('967d976a-f697-4336-8b6a-233898c263f0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('967d976a-f697-4336-8b6a-233898c263f0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.3');
INSERT INTO public.control_criteria VALUES ('3abe49c7-6ef1-4947-9e87-aa111f48f86c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('3abe49c7-6ef1-4947-9e87-aa111f48f86c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('528b1c45-7298-478c-a290-f7e66ae62b46', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('528b1c45-7298-478c-a290-f7e66ae62b46', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('8cfaa8b7-21e5-4de3-8411-0ab027e2736f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('8cfaa8b7-21e5-4de3-8411-0ab027e2736f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('8cfaa8b7-21e5-4de3-8411-0ab027e2736f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('7b540453-b249-4319-83b7-2113abd545bd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('7b540453-b249-4319-83b7-2113abd545bd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('361cf843-05b9-4bfb-b676-7ef199606daa', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P1.1');
INSERT INTO public.control_criteria VALUES ('361cf843-05b9-4bfb-b676-7ef199606daa', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('eb954af6-8823-4c9b-ad0d-2c29cd22faaf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('eb954af6-8823-4c9b-ad0d-2c29cd22faaf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P2.1');
INSERT INTO public.control_criteria VALUES ('eb954af6-8823-4c9b-ad0d-2c29cd22faaf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('12dd06ea-70c4-4b19-b2a5-afda3f7f61c5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('12dd06ea-70c4-4b19-b2a5-afda3f7f61c5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('12dd06ea-70c4-4b19-b2a5-afda3f7f61c5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('bd41badf-8280-402a-8159-21084b251e66', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'P8.1');
INSERT INTO public.control_criteria VALUES ('bd41badf-8280-402a-8159-21084b251e66', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CC4.1');


--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('47d62fcf-142d-44ab-9283-ec5600211729', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "47d62fcf-142d-44ab-9283-ec5600211729", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('0b30badb-07e8-4c29-9c89-c06995153ba5', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "0b30badb-07e8-4c29-9c89-c06995153ba5", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('054ff299-9ef4-40d5-8f50-eba482aa4616', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "054ff299-9ef4-40d5-8f50-eba482aa4616", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('eb04d2ea-b627-4286-97a7-fac55e509ecc', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "eb04d2ea-b627-4286-97a7-fac55e509ecc", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('8ec5c405-51e2-45b7-93e0-5dea4bf648d0', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "8ec5c405-51e2-45b7-93e0-5dea4bf648d0", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('ca7115ee-bd18-48d0-aa9a-da70223bb00b', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "ca7115ee-bd18-48d0-aa9a-da70223bb00b", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('b9733688-ec4b-42fb-b510-8d5ef6e4fcba', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "b9733688-ec4b-42fb-b510-8d5ef6e4fcba", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('ef63ae0f-106f-4a31-bfde-5aa91e418791', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "ef63ae0f-106f-4a31-bfde-5aa91e418791", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('939a568b-bb8b-4b22-9464-a2f8e961429c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "939a568b-bb8b-4b22-9464-a2f8e961429c", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('bf72a605-b0b7-4f50-a13b-a13bd9e99a8c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "bf72a605-b0b7-4f50-a13b-a13bd9e99a8c", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('c8e9a3c6-b935-43ec-822a-5f6bca475f94', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "c8e9a3c6-b935-43ec-822a-5f6bca475f94", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('8199766e-563f-4703-8b43-288258005102', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "8199766e-563f-4703-8b43-288258005102", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('7dd65f03-8cb5-4953-989c-9f58e1a2e0c7', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "7dd65f03-8cb5-4953-989c-9f58e1a2e0c7", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('8e021879-95de-45ef-ab62-ab60bc2fef90', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "8e021879-95de-45ef-ab62-ab60bc2fef90", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('3bf8f064-d4bc-4a33-95d9-44bab7da253f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "3bf8f064-d4bc-4a33-95d9-44bab7da253f", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('2feaec25-74ef-427b-8c71-822fe5560ebb', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "2feaec25-74ef-427b-8c71-822fe5560ebb", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('103c3798-27b8-4e71-a44a-6a57f78af651', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "103c3798-27b8-4e71-a44a-6a57f78af651", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('924a28dc-fccb-4d7e-8473-b663e9a03ba7', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "924a28dc-fccb-4d7e-8473-b663e9a03ba7", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('134485e6-fc53-43de-a1a8-028d6a018107', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "134485e6-fc53-43de-a1a8-028d6a018107", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('93693b29-16b2-400c-b2eb-560d3ad80381', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "93693b29-16b2-400c-b2eb-560d3ad80381", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('528ee0c2-f171-4420-9451-e87ce567c0ad', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "528ee0c2-f171-4420-9451-e87ce567c0ad", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('0af2b6a5-2680-4cd5-a194-48578899735e', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "0af2b6a5-2680-4cd5-a194-48578899735e", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('36ef47f1-0d58-445e-ac17-bc2d7014211b', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "36ef47f1-0d58-445e-ac17-bc2d7014211b", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('69a2221d-cbb8-456e-9db1-f96f056aba80', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "69a2221d-cbb8-456e-9db1-f96f056aba80", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('140d52f5-34c7-4dd2-9e2d-99c71e2ecf98', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "140d52f5-34c7-4dd2-9e2d-99c71e2ecf98", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('564f870e-01da-4355-beea-b8dfaf909215', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "564f870e-01da-4355-beea-b8dfaf909215", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('7901029e-ff07-435f-90de-0a64cfddac90', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "7901029e-ff07-435f-90de-0a64cfddac90", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('5e11f4b8-3bbc-4183-a000-1800b125bd4c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "5e11f4b8-3bbc-4183-a000-1800b125bd4c", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('54b5cf3a-e50e-48f8-a61e-dbab234a0030', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "54b5cf3a-e50e-48f8-a61e-dbab234a0030", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('48e685b1-2f95-408b-b44d-3fb26cca45a9', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "48e685b1-2f95-408b-b44d-3fb26cca45a9", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('2038b4a2-493f-44fa-a86a-922981b1e7ec', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "2038b4a2-493f-44fa-a86a-922981b1e7ec", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('569a79d6-9c38-4616-a2f1-58a2f37b2193', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "569a79d6-9c38-4616-a2f1-58a2f37b2193", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('08d8ec3f-a581-4fcc-9fae-22d5ea810374', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "08d8ec3f-a581-4fcc-9fae-22d5ea810374", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('aada3328-2c3b-48aa-8e3d-b2d3ff0173ff', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "aada3328-2c3b-48aa-8e3d-b2d3ff0173ff", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('25e53ed9-970e-47ff-a667-e4502ae34513', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "25e53ed9-970e-47ff-a667-e4502ae34513", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('2c81c9db-e29d-4393-9577-0706fcb37bb9', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "2c81c9db-e29d-4393-9577-0706fcb37bb9", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('3bf89893-fbdd-4666-9512-bb143aa8514d', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "3bf89893-fbdd-4666-9512-bb143aa8514d", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('0fb016fe-933b-47f2-8a67-7418577a86da', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "0fb016fe-933b-47f2-8a67-7418577a86da", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('5f9473e6-e903-47bd-b42b-3836d1251b98', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "5f9473e6-e903-47bd-b42b-3836d1251b98", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('b7558fbb-7cc5-46b9-bb97-74691c2412de', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "b7558fbb-7cc5-46b9-bb97-74691c2412de", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('b5477264-aa09-4b0e-95f0-6af21207ae10', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "b5477264-aa09-4b0e-95f0-6af21207ae10", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('19dae373-a9ea-4ead-b0fe-1b9a5dba1a10', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "19dae373-a9ea-4ead-b0fe-1b9a5dba1a10", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('08100678-4c86-4309-a55b-d559dda604fc', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "08100678-4c86-4309-a55b-d559dda604fc", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('436995b5-825f-4a1e-929f-7d42f6c05bd2', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "436995b5-825f-4a1e-929f-7d42f6c05bd2", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('db3e9eeb-6027-4d69-84c9-ff15e53f2cad', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "db3e9eeb-6027-4d69-84c9-ff15e53f2cad", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('39f606e0-ebfd-4fb2-959b-5c3d3476612d', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "39f606e0-ebfd-4fb2-959b-5c3d3476612d", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('f60105f6-8acb-410c-8301-b491e2fe75d2', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "f60105f6-8acb-410c-8301-b491e2fe75d2", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('669726cf-486c-4af4-b9fe-7bc03d2459bc', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "669726cf-486c-4af4-b9fe-7bc03d2459bc", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('9a139f96-bf9b-4e8d-8d0b-d179e3a28fcf', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "9a139f96-bf9b-4e8d-8d0b-d179e3a28fcf", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('ea02966c-c31e-4286-955d-c9cf135f11ac', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "ea02966c-c31e-4286-955d-c9cf135f11ac", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('3fe78d47-e4f5-49f7-aa74-5e3ab94f45b5', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "3fe78d47-e4f5-49f7-aa74-5e3ab94f45b5", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('0d377df6-cc8d-4784-9baa-4da1f70309d5', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "0d377df6-cc8d-4784-9baa-4da1f70309d5", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('86ded150-350d-4449-a2b5-5f85d450b1ac', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "86ded150-350d-4449-a2b5-5f85d450b1ac", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('e0e8154f-7dcd-4572-98af-b0b86f823b32', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "e0e8154f-7dcd-4572-98af-b0b86f823b32", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('d9a96ce8-7afe-4411-9277-5fb3f465b65f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "d9a96ce8-7afe-4411-9277-5fb3f465b65f", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('5f6216a0-0030-4d02-b101-7db0907cbc2d', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "5f6216a0-0030-4d02-b101-7db0907cbc2d", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('763f0774-d6b9-4803-8ac5-04d23bb866cd', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "763f0774-d6b9-4803-8ac5-04d23bb866cd", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('042fffdb-3af0-43d9-9448-f8448a1fd705', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "042fffdb-3af0-43d9-9448-f8448a1fd705", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('6f47cf1b-9617-4aa9-be8a-98a454428d69', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "6f47cf1b-9617-4aa9-be8a-98a454428d69", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('9f2a80de-b783-411e-8ab8-5a4856303218', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "9f2a80de-b783-411e-8ab8-5a4856303218", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('6e7c71a0-1c89-4828-95f5-2a6893ce6a4a', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "6e7c71a0-1c89-4828-95f5-2a6893ce6a4a", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('688f1d78-e19b-4aea-8c43-85fef19c8a0c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "688f1d78-e19b-4aea-8c43-85fef19c8a0c", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('4e6826cf-5cbd-4ff9-a1b5-ee3df029b338', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "4e6826cf-5cbd-4ff9-a1b5-ee3df029b338", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('f8a114be-fec0-4f55-9286-3ce9add25ad7', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "f8a114be-fec0-4f55-9286-3ce9add25ad7", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('b6d28d3d-4cdf-42ac-bd49-a64ed340f138', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "b6d28d3d-4cdf-42ac-bd49-a64ed340f138", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('0a4434e9-4a3c-4105-9db5-1048ce3d3fd9', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "0a4434e9-4a3c-4105-9db5-1048ce3d3fd9", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('d87a94bb-f9f3-4790-a05a-41df33c8542e', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "d87a94bb-f9f3-4790-a05a-41df33c8542e", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('5e7f9b89-277b-4a47-aab3-25acc6b54030', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "5e7f9b89-277b-4a47-aab3-25acc6b54030", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('92760655-3bdb-463a-9586-abea24992bff', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "92760655-3bdb-463a-9586-abea24992bff", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('80739977-fe45-46ec-896d-b0766de2f6e5', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "80739977-fe45-46ec-896d-b0766de2f6e5", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('95ed98ff-722b-42e8-a786-5a274347f787', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "95ed98ff-722b-42e8-a786-5a274347f787", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('4bb27942-f23d-491f-80ca-2d9d36c2d910', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "4bb27942-f23d-491f-80ca-2d9d36c2d910", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('3d1884c9-23c4-4155-ae91-b2f1e03c31d6', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "3d1884c9-23c4-4155-ae91-b2f1e03c31d6", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('89ae1ace-0365-48d6-b3d5-da15ccad0d3e', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "89ae1ace-0365-48d6-b3d5-da15ccad0d3e", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('131211b3-564d-427e-88bc-9598a527b459', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "131211b3-564d-427e-88bc-9598a527b459", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('33c71a47-f0f7-4572-81e9-8aeb3f8326d2', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "33c71a47-f0f7-4572-81e9-8aeb3f8326d2", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('768bde4c-843e-40b9-8835-0e3f17043f85', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "768bde4c-843e-40b9-8835-0e3f17043f85", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('47caac3a-67ea-4cef-89b6-2311ab581de6', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "47caac3a-67ea-4cef-89b6-2311ab581de6", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('184aca38-8348-4379-8e2e-7c3a7b692fb8', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "184aca38-8348-4379-8e2e-7c3a7b692fb8", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('edb86fd2-13c4-49a0-b798-c0f26826fea1', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "edb86fd2-13c4-49a0-b798-c0f26826fea1", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('8478a722-d917-4275-af37-77dd66962888', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "8478a722-d917-4275-af37-77dd66962888", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('70f788ab-472f-4961-bfa5-e21d5ed55dc7', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "70f788ab-472f-4961-bfa5-e21d5ed55dc7", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('b0d90905-10e1-40b5-96ef-121f72e9208a', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "b0d90905-10e1-40b5-96ef-121f72e9208a", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('ed6526f3-b5b6-44d0-b116-a0ad5f0a1d43', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "ed6526f3-b5b6-44d0-b116-a0ad5f0a1d43", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('9ca1f908-716b-4be2-b48e-79fbb847ca8a', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "9ca1f908-716b-4be2-b48e-79fbb847ca8a", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('ad6a7da4-2a7a-4212-ab20-8ffd8e7cc70e', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "ad6a7da4-2a7a-4212-ab20-8ffd8e7cc70e", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('4c0333b1-83b7-4c7d-9032-9ec09360f276', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "4c0333b1-83b7-4c7d-9032-9ec09360f276", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('7c1b8269-50e5-4ca2-9329-a2d1cd276557', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "7c1b8269-50e5-4ca2-9329-a2d1cd276557", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('d620e41c-1a19-4a6a-8717-b8acb3a9ddca', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "d620e41c-1a19-4a6a-8717-b8acb3a9ddca", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('9971b75a-a3af-46cd-911f-335d6435374e', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "9971b75a-a3af-46cd-911f-335d6435374e", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('52c94b1e-7ebb-4172-b27f-cc734ba1a51e', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "52c94b1e-7ebb-4172-b27f-cc734ba1a51e", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('6aab50f1-1980-4ab8-b54c-b731416f0611', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "6aab50f1-1980-4ab8-b54c-b731416f0611", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('d53838e0-1742-468b-81fb-5066856637f7', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "d53838e0-1742-468b-81fb-5066856637f7", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('6f8d9918-c268-4398-9fa8-50da7847dc00', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "6f8d9918-c268-4398-9fa8-50da7847dc00", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('fb64f480-d8e5-40d6-828d-aa648e4acfbd', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "fb64f480-d8e5-40d6-828d-aa648e4acfbd", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('c5711520-075e-4b0f-b0c2-8daf0e7cbaae', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "c5711520-075e-4b0f-b0c2-8daf0e7cbaae", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('1724af48-42ba-4b9c-a686-9fbd7157b8ed', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "1724af48-42ba-4b9c-a686-9fbd7157b8ed", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('79d73780-a5e2-467f-b54d-4f23c46fa412', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "79d73780-a5e2-467f-b54d-4f23c46fa412", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('cb37c43c-63f7-472a-9e05-9edd40951b2f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "cb37c43c-63f7-472a-9e05-9edd40951b2f", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('0fbf332e-728c-4fae-ad73-1fc80d6f386d', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "0fbf332e-728c-4fae-ad73-1fc80d6f386d", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('20e963b0-1f88-488d-821a-055193146619', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "20e963b0-1f88-488d-821a-055193146619", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('79dcf944-3302-4a60-ae7e-0a8eb65296e0', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "79dcf944-3302-4a60-ae7e-0a8eb65296e0", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('66251d1f-1ccc-4bbc-85c9-e4bd42c9be2c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "66251d1f-1ccc-4bbc-85c9-e4bd42c9be2c", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('ff6e3100-cf7c-4495-98fd-308c8c764943', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "ff6e3100-cf7c-4495-98fd-308c8c764943", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('144233a0-a837-4bd4-a234-2c6e3264dfe9', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "144233a0-a837-4bd4-a234-2c6e3264dfe9", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('94a5ac03-0f6f-4863-9c13-ea36ab9a4a5f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "94a5ac03-0f6f-4863-9c13-ea36ab9a4a5f", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('23ffe9c4-05c4-44c6-8f4e-11623a811f76', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "23ffe9c4-05c4-44c6-8f4e-11623a811f76", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('8488a151-11c3-4b38-a7dd-90b0296bb09c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "8488a151-11c3-4b38-a7dd-90b0296bb09c", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('49115b4d-d4a2-4bb5-9845-d2ec4c43c3ec', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "49115b4d-d4a2-4bb5-9845-d2ec4c43c3ec", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('cf102c8f-0444-4e26-a02f-2fd0b35d25db', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "cf102c8f-0444-4e26-a02f-2fd0b35d25db", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('b30f0b1a-038d-4b51-8456-88ee3704c89d', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "b30f0b1a-038d-4b51-8456-88ee3704c89d", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('51d89b4f-aa6c-46e7-839b-a72732ed2cc0', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "51d89b4f-aa6c-46e7-839b-a72732ed2cc0", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('bc5bb471-927c-47eb-92a5-19305bb230f9', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "bc5bb471-927c-47eb-92a5-19305bb230f9", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('a7ddecd7-9a97-4c19-81b1-4f6292bcb3dd', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "a7ddecd7-9a97-4c19-81b1-4f6292bcb3dd", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('291ada28-95eb-4e9e-93b3-e31c53fac015', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "291ada28-95eb-4e9e-93b3-e31c53fac015", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('1ff6b1d6-d80a-4e81-a39a-d6833397fd8f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "1ff6b1d6-d80a-4e81-a39a-d6833397fd8f", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('1996d65e-7da1-4ecd-8534-2fc3df7dd563', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "1996d65e-7da1-4ecd-8534-2fc3df7dd563", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('2eac990a-4576-4f1f-aec6-95829fee892a', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "2eac990a-4576-4f1f-aec6-95829fee892a", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('748a08fd-f991-4791-8157-3c97f6432b4f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "748a08fd-f991-4791-8157-3c97f6432b4f", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('967d976a-f697-4336-8b6a-233898c263f0', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "967d976a-f697-4336-8b6a-233898c263f0", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('3abe49c7-6ef1-4947-9e87-aa111f48f86c', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "3abe49c7-6ef1-4947-9e87-aa111f48f86c", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('528b1c45-7298-478c-a290-f7e66ae62b46', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "528b1c45-7298-478c-a290-f7e66ae62b46", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('8cfaa8b7-21e5-4de3-8411-0ab027e2736f', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "8cfaa8b7-21e5-4de3-8411-0ab027e2736f", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('7b540453-b249-4319-83b7-2113abd545bd', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "7b540453-b249-4319-83b7-2113abd545bd", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('361cf843-05b9-4bfb-b676-7ef199606daa', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "361cf843-05b9-4bfb-b676-7ef199606daa", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('eb954af6-8823-4c9b-ad0d-2c29cd22faaf', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "eb954af6-8823-4c9b-ad0d-2c29cd22faaf", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('12dd06ea-70c4-4b19-b2a5-afda3f7f61c5', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "12dd06ea-70c4-4b19-b2a5-afda3f7f61c5", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('bd41badf-8280-402a-8159-21084b251e66', 1, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "bd41badf-8280-402a-8159-21084b251e66", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.control_versions VALUES ('19dae373-a9ea-4ead-b0fe-1b9a5dba1a10', 2, '2b4fde89-8188-4707-adf3-ea3f2217857f', '{"id": "19dae373-a9ea-4ead-b0fe-1b9a5dba1a10", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "2b4fde89-8188-4707-adf3-ea3f2217857f", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test (token fill script)', '2026-12-06 10:57:38.641797+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('47d62fcf-142d-44ab-9283-ec5600211729', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('0b30badb-07e8-4c29-9c89-c06995153ba5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('054ff299-9ef4-40d5-8f50-eba482aa4616', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('eb04d2ea-b627-4286-97a7-fac55e509ecc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('8ec5c405-51e2-45b7-93e0-5dea4bf648d0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('ca7115ee-bd18-48d0-aa9a-da70223bb00b', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('b9733688-ec4b-42fb-b510-8d5ef6e4fcba', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('ef63ae0f-106f-4a31-bfde-5aa91e418791', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('939a568b-bb8b-4b22-9464-a2f8e961429c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('bf72a605-b0b7-4f50-a13b-a13bd9e99a8c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('c8e9a3c6-b935-43ec-822a-5f6bca475f94', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('8199766e-563f-4703-8b43-288258005102', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('7dd65f03-8cb5-4953-989c-9f58e1a2e0c7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('8e021879-95de-45ef-ab62-ab60bc2fef90', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('3bf8f064-d4bc-4a33-95d9-44bab7da253f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('2feaec25-74ef-427b-8c71-822fe5560ebb', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('103c3798-27b8-4e71-a44a-6a57f78af651', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('924a28dc-fccb-4d7e-8473-b663e9a03ba7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('134485e6-fc53-43de-a1a8-028d6a018107', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('93693b29-16b2-400c-b2eb-560d3ad80381', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('528ee0c2-f171-4420-9451-e87ce567c0ad', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('0af2b6a5-2680-4cd5-a194-48578899735e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('36ef47f1-0d58-445e-ac17-bc2d7014211b', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('69a2221d-cbb8-456e-9db1-f96f056aba80', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('140d52f5-34c7-4dd2-9e2d-99c71e2ecf98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('564f870e-01da-4355-beea-b8dfaf909215', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('7901029e-ff07-435f-90de-0a64cfddac90', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('5e11f4b8-3bbc-4183-a000-1800b125bd4c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('54b5cf3a-e50e-48f8-a61e-dbab234a0030', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('48e685b1-2f95-408b-b44d-3fb26cca45a9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('2038b4a2-493f-44fa-a86a-922981b1e7ec', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('569a79d6-9c38-4616-a2f1-58a2f37b2193', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('08d8ec3f-a581-4fcc-9fae-22d5ea810374', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('aada3328-2c3b-48aa-8e3d-b2d3ff0173ff', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('25e53ed9-970e-47ff-a667-e4502ae34513', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('2c81c9db-e29d-4393-9577-0706fcb37bb9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('3bf89893-fbdd-4666-9512-bb143aa8514d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('131211b3-564d-427e-88bc-9598a527b459', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('0fb016fe-933b-47f2-8a67-7418577a86da', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('5f9473e6-e903-47bd-b42b-3836d1251b98', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('b7558fbb-7cc5-46b9-bb97-74691c2412de', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('b5477264-aa09-4b0e-95f0-6af21207ae10', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('08100678-4c86-4309-a55b-d559dda604fc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('436995b5-825f-4a1e-929f-7d42f6c05bd2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('db3e9eeb-6027-4d69-84c9-ff15e53f2cad', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('39f606e0-ebfd-4fb2-959b-5c3d3476612d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('f60105f6-8acb-410c-8301-b491e2fe75d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('669726cf-486c-4af4-b9fe-7bc03d2459bc', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('9a139f96-bf9b-4e8d-8d0b-d179e3a28fcf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('ea02966c-c31e-4286-955d-c9cf135f11ac', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('3fe78d47-e4f5-49f7-aa74-5e3ab94f45b5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('0d377df6-cc8d-4784-9baa-4da1f70309d5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('86ded150-350d-4449-a2b5-5f85d450b1ac', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('e0e8154f-7dcd-4572-98af-b0b86f823b32', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('d9a96ce8-7afe-4411-9277-5fb3f465b65f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('5f6216a0-0030-4d02-b101-7db0907cbc2d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('763f0774-d6b9-4803-8ac5-04d23bb866cd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('042fffdb-3af0-43d9-9448-f8448a1fd705', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('6f47cf1b-9617-4aa9-be8a-98a454428d69', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('9f2a80de-b783-411e-8ab8-5a4856303218', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('6e7c71a0-1c89-4828-95f5-2a6893ce6a4a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('688f1d78-e19b-4aea-8c43-85fef19c8a0c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('4e6826cf-5cbd-4ff9-a1b5-ee3df029b338', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('f8a114be-fec0-4f55-9286-3ce9add25ad7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('b6d28d3d-4cdf-42ac-bd49-a64ed340f138', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('0a4434e9-4a3c-4105-9db5-1048ce3d3fd9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('d87a94bb-f9f3-4790-a05a-41df33c8542e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('5e7f9b89-277b-4a47-aab3-25acc6b54030', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('92760655-3bdb-463a-9586-abea24992bff', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('80739977-fe45-46ec-896d-b0766de2f6e5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('95ed98ff-722b-42e8-a786-5a274347f787', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('4bb27942-f23d-491f-80ca-2d9d36c2d910', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('3d1884c9-23c4-4155-ae91-b2f1e03c31d6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('89ae1ace-0365-48d6-b3d5-da15ccad0d3e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('33c71a47-f0f7-4572-81e9-8aeb3f8326d2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('768bde4c-843e-40b9-8835-0e3f17043f85', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('47caac3a-67ea-4cef-89b6-2311ab581de6', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('184aca38-8348-4379-8e2e-7c3a7b692fb8', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('edb86fd2-13c4-49a0-b798-c0f26826fea1', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('8478a722-d917-4275-af37-77dd66962888', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('70f788ab-472f-4961-bfa5-e21d5ed55dc7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('b0d90905-10e1-40b5-96ef-121f72e9208a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('ed6526f3-b5b6-44d0-b116-a0ad5f0a1d43', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('9ca1f908-716b-4be2-b48e-79fbb847ca8a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('ad6a7da4-2a7a-4212-ab20-8ffd8e7cc70e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('4c0333b1-83b7-4c7d-9032-9ec09360f276', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('7c1b8269-50e5-4ca2-9329-a2d1cd276557', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('d620e41c-1a19-4a6a-8717-b8acb3a9ddca', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('9971b75a-a3af-46cd-911f-335d6435374e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('52c94b1e-7ebb-4172-b27f-cc734ba1a51e', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('6aab50f1-1980-4ab8-b54c-b731416f0611', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('d53838e0-1742-468b-81fb-5066856637f7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('6f8d9918-c268-4398-9fa8-50da7847dc00', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('fb64f480-d8e5-40d6-828d-aa648e4acfbd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('c5711520-075e-4b0f-b0c2-8daf0e7cbaae', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('1724af48-42ba-4b9c-a686-9fbd7157b8ed', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('79d73780-a5e2-467f-b54d-4f23c46fa412', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('cb37c43c-63f7-472a-9e05-9edd40951b2f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('0fbf332e-728c-4fae-ad73-1fc80d6f386d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('20e963b0-1f88-488d-821a-055193146619', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('79dcf944-3302-4a60-ae7e-0a8eb65296e0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('66251d1f-1ccc-4bbc-85c9-e4bd42c9be2c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('ff6e3100-cf7c-4495-98fd-308c8c764943', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('144233a0-a837-4bd4-a234-2c6e3264dfe9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('94a5ac03-0f6f-4863-9c13-ea36ab9a4a5f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('23ffe9c4-05c4-44c6-8f4e-11623a811f76', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('8488a151-11c3-4b38-a7dd-90b0296bb09c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('49115b4d-d4a2-4bb5-9845-d2ec4c43c3ec', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('cf102c8f-0444-4e26-a02f-2fd0b35d25db', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('b30f0b1a-038d-4b51-8456-88ee3704c89d', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('51d89b4f-aa6c-46e7-839b-a72732ed2cc0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('bc5bb471-927c-47eb-92a5-19305bb230f9', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('a7ddecd7-9a97-4c19-81b1-4f6292bcb3dd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('291ada28-95eb-4e9e-93b3-e31c53fac015', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('1ff6b1d6-d80a-4e81-a39a-d6833397fd8f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('1996d65e-7da1-4ecd-8534-2fc3df7dd563', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('2eac990a-4576-4f1f-aec6-95829fee892a', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('748a08fd-f991-4791-8157-3c97f6432b4f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('967d976a-f697-4336-8b6a-233898c263f0', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('3abe49c7-6ef1-4947-9e87-aa111f48f86c', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('528b1c45-7298-478c-a290-f7e66ae62b46', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('8cfaa8b7-21e5-4de3-8411-0ab027e2736f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('7b540453-b249-4319-83b7-2113abd545bd', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('361cf843-05b9-4bfb-b676-7ef199606daa', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('eb954af6-8823-4c9b-ad0d-2c29cd22faaf', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('12dd06ea-70c4-4b19-b2a5-afda3f7f61c5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('bd41badf-8280-402a-8159-21084b251e66', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:37.738839+00');
INSERT INTO public.controls VALUES ('19dae373-a9ea-4ead-b0fe-1b9a5dba1a10', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-06 10:57:37.738839+00', '2026-12-06 10:57:38.644+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('4afb7afe-d938-49ab-8586-ab5c9fa12c03', 'f7477689-8b6d-4e96-b439-04dcd1cbddb2');
INSERT INTO public.engagement_systems VALUES ('a70b7fbb-0c7c-4dcd-acb3-bf6e333e62f5', 'f7477689-8b6d-4e96-b439-04dcd1cbddb2');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('4afb7afe-d938-49ab-8586-ab5c9fa12c03', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-06 10:57:37.993821+00');
INSERT INTO public.engagements VALUES ('a70b7fbb-0c7c-4dcd-acb3-bf6e333e62f5', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-06 10:57:38.0277+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('8116f4ef-35bf-4cba-854c-2230c859f233', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run 552f42ee-a8fb-4437-9546-13dc1e86fe26, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', '2b4fde89-8188-4707-adf3-ea3f2217857f/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, '552f42ee-a8fb-4437-9546-13dc1e86fe26', NULL, '2026-12-06 10:57:34.486167+00', 4);
INSERT INTO public.evidence VALUES ('ddd7ea09-68aa-4d1d-a1a7-6d19925d7772', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run 1dbf7791-a382-424b-938f-9e631d579ce7, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', '2b4fde89-8188-4707-adf3-ea3f2217857f/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, '1dbf7791-a382-424b-938f-9e631d579ce7', 'aefc7329-8660-463e-b995-f73491bb94e0', '2026-12-06 10:57:38.353456+00', 14);
INSERT INTO public.evidence VALUES ('05677444-be0f-4d4e-be72-74854b16d3a8', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', '2b4fde89-8188-4707-adf3-ea3f2217857f/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-06', NULL, NULL, NULL, '2026-12-06 10:57:40.798032+00', 18);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('ddd7ea09-68aa-4d1d-a1a7-6d19925d7772', '6e7c71a0-1c89-4828-95f5-2a6893ce6a4a', '2b4fde89-8188-4707-adf3-ea3f2217857f');
INSERT INTO public.evidence_controls VALUES ('ddd7ea09-68aa-4d1d-a1a7-6d19925d7772', '688f1d78-e19b-4aea-8c43-85fef19c8a0c', '2b4fde89-8188-4707-adf3-ea3f2217857f');
INSERT INTO public.evidence_controls VALUES ('ddd7ea09-68aa-4d1d-a1a7-6d19925d7772', 'f8a114be-fec0-4f55-9286-3ce9add25ad7', '2b4fde89-8188-4707-adf3-ea3f2217857f');
INSERT INTO public.evidence_controls VALUES ('05677444-be0f-4d4e-be72-74854b16d3a8', '08100678-4c86-4309-a55b-d559dda604fc', '2b4fde89-8188-4707-adf3-ea3f2217857f');


--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitations VALUES ('110ac9ee-6813-4237-9ddc-7821c41a3236', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'new.hire@acme.test', 'member', NULL, NULL, 'cf4f11ce439be8955b0c1158149d8c959136240319ac46851fc7ac7f1b3cf9b9', 'aefc7329-8660-463e-b995-f73491bb94e0', '2026-12-13 10:57:38.096+00', NULL, NULL, '2026-12-06 10:57:38.09251+00');


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 'aefc7329-8660-463e-b995-f73491bb94e0', 'owner', NULL, '2026-12-06 10:57:27.800606+00');
INSERT INTO public.memberships VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', '192862bd-a75b-4f4f-adda-d8b5292b36a1', 'member', NULL, '2026-12-06 10:57:30.287659+00');


--
-- Data for Name: oidc_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oidc_providers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organizations VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-06 10:57:27.800606+00');


--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 'trivy', NULL, 'vuln.finding', '2026-12-06 10:57:34.462+00', '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.resource_scopes VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 'trivy', NULL, 'vuln.target', '2026-12-06 10:57:34.462+00', '552f42ee-a8fb-4437-9546-13dc1e86fe26');
INSERT INTO public.resource_scopes VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 'grype', 'ed8821a2-e461-46a4-930a-f013f3243c36', 'vuln.finding', '2026-12-06 10:57:38.329+00', '1dbf7791-a382-424b-938f-9e631d579ce7');
INSERT INTO public.resource_scopes VALUES ('2b4fde89-8188-4707-adf3-ea3f2217857f', 'grype', 'ed8821a2-e461-46a4-930a-f013f3243c36', 'vuln.target', '2026-12-06 10:57:38.329+00', '1dbf7791-a382-424b-938f-9e631d579ce7');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('416cbe74-aa8a-4485-915d-df249834c857', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-06 10:57:34.462+00', '2026-12-06 10:57:34.462+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('c81da908-eebe-431c-a65e-df840ffe06d7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-06 10:57:34.462+00', '2026-12-06 10:57:34.462+00', NULL, NULL, '29ezymug3ki:fn');
INSERT INTO public.resources VALUES ('d61ec7b3-8ecc-46e3-b52c-04ca5208cc4f', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-06 10:57:34.462+00', '2026-12-06 10:57:34.462+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('ef82c9e0-3513-49e0-b266-df2b48991762', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-06 10:57:38.329+00', '2026-12-06 10:57:38.329+00', NULL, 'ed8821a2-e461-46a4-930a-f013f3243c36', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('be5d8dfd-d0a8-4dea-bd5c-25d9bd710d23', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-06 10:57:38.329+00', '2026-12-06 10:57:38.329+00', NULL, 'ed8821a2-e461-46a4-930a-f013f3243c36', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('303829f3-244c-42d6-a7a0-be3ed406a5b3', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-06 10:57:38.329+00', '2026-12-06 10:57:38.329+00', NULL, 'ed8821a2-e461-46a4-930a-f013f3243c36', 'os05izi2np:pe');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('552f42ee-a8fb-4437-9546-13dc1e86fe26', '2b4fde89-8188-4707-adf3-ea3f2217857f', NULL, 'trivy', 'succeeded', NULL, '2026-12-06 10:57:34.462+00', '2026-12-06 10:57:34.544+00', 3, 6, '8116f4ef-35bf-4cba-854c-2230c859f233', '{"ms": {"read": 20, "write": 57, "evaluate": 5}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 3, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 3, "pass": 0, "error": 0, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 10:57:34.484397+00');
INSERT INTO public.runs VALUES ('1dbf7791-a382-424b-938f-9e631d579ce7', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'ed8821a2-e461-46a4-930a-f013f3243c36', 'grype', 'succeeded', NULL, '2026-12-06 10:57:38.329+00', '2026-12-06 10:57:38.422+00', 3, 6, 'ddd7ea09-68aa-4d1d-a1a7-6d19925d7772', '{"ms": {"read": 21, "write": 65, "evaluate": 7}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 10:57:38.351492+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('f7477689-8b6d-4e96-b439-04dcd1cbddb2', '2b4fde89-8188-4707-adf3-ea3f2217857f', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-06 10:57:37.964703+00');


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('aefc7329-8660-463e-b995-f73491bb94e0', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$RbHSxyw+bftZsyoJXUYtrA$EMc0//6g8PJtbK1djo5rTciXjUVLHn9ecNuIexNktpE', 0, NULL, '2026-12-06 10:57:27.800606+00');
INSERT INTO public.users VALUES ('192862bd-a75b-4f4f-adda-d8b5292b36a1', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$MesBLm/88mCPYQ/nRQ+69Q$k4cb2Ecw89kaE2FLf4+0/H/rDvXGXXy+GA/Ca7ZNJSQ', 0, NULL, '2026-12-06 10:57:30.287659+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 10, true);


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


