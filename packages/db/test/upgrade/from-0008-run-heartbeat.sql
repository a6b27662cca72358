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


--
-- Data for Name: alert_channels; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_channels VALUES ('986b54a2-abec-4463-a17a-b413f522f231', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'webhook', 'Ops hook', 'https://hooks.acme.test/vigil', 'v1.PIJ8HYdMt8Q6y62Q.1Ti2se23JdjkVGn6MlOw4g.r0ciHXZ_u_EK3jI-rKnGn8Ezi335DQ1dWRDqyZZ6FHOyhS2MhZAhUmpa9KFo0nBqCQ', '{fail,recovered,connector_error,stale}', true, '2026-12-06 05:33:47.332789+00');


--
-- Data for Name: alert_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'fail', '{"runId": "4eef2bad-8b99-4922-bb2e-ac2ab495e9fb", "reason": "CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available", "checkId": "vuln.no_critical_unfixed_older_than_15d", "severity": "critical", "checkTitle": "Critical vulnerabilities fixed within 15 days", "controlIds": [], "resourceId": "f8d54404-8a36-45fd-83d3-7a88e911659d", "connectorId": null, "resourceKey": "trivy|vuln.finding|testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224", "resourceName": "CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)"}', NULL, '2026-12-06 05:33:43.798583+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (2, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'fail', '{"runId": "4eef2bad-8b99-4922-bb2e-ac2ab495e9fb", "reason": "1 critical vulnerability has a fix: CVE-2019-18224", "checkId": "vuln.no_critical_unfixed", "severity": "critical", "checkTitle": "No fixable critical vulnerabilities", "controlIds": [], "resourceId": "6f543855-d769-4b22-b810-2fdae91053a2", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 05:33:43.798583+00', NULL, 0, NULL, NULL, '{}');
INSERT INTO public.alert_outbox OVERRIDING SYSTEM VALUE VALUES (3, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'fail', '{"runId": "4eef2bad-8b99-4922-bb2e-ac2ab495e9fb", "reason": "the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1928 days old", "checkId": "vuln.scan_recent", "severity": "medium", "checkTitle": "Vulnerability scan is at most 7 days old", "controlIds": [], "resourceId": "6f543855-d769-4b22-b810-2fdae91053a2", "connectorId": null, "resourceKey": "trivy|vuln.target|testdata/fixtures/images/debian-buster.tar.gz", "resourceName": "testdata/fixtures/images/debian-buster.tar.gz"}', NULL, '2026-12-06 05:33:43.798583+00', NULL, 0, NULL, NULL, '{}');


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.api_tokens VALUES ('d1fb2d4f-d2b3-4c6f-84e8-5e704cbbd92c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '0743f6f5-38c7-471d-a280-29883482ddec', 'fill script', 'vgl_GsTMbpPU', '1285c2131ef924f36a56244c14e23517975047efd3df8f76f964e87860b86e5b', 'write', '2027-03-06 05:33:41.386+00', NULL, '2026-12-06 05:33:47.004+00', '2026-12-06 05:33:41.386133+00');


--
-- Data for Name: audit_chain_heads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_chain_heads VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', 18, '6b12e31b10fca2350ebc7c779af5d77200eee33e2a91b883a5a69d6b214f6b2d');


--
-- Data for Name: audit_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 1, '2026-12-06 05:33:36.794+00', 'system', NULL, 'system:cli', 'organization.created', 'organization', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"name": "Acme Cloud", "slug": "acme-cloud", "owner": "owner@acme.test"}', NULL, NULL, NULL, '0000000000000000000000000000000000000000000000000000000000000000', '519c1a9fb38bc63075b63401bedc242c45c54fa59cf44cb8c5b515d5a2f08c48');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (2, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 2, '2026-12-06 05:33:39.1+00', 'system', NULL, 'system:cli', 'user.added', 'user', '7fcd6a34-0fdd-4487-8854-2860410a3381', '{"role": "member", "email": "eve@acme.test", "accountCreated": true}', NULL, NULL, NULL, '519c1a9fb38bc63075b63401bedc242c45c54fa59cf44cb8c5b515d5a2f08c48', 'd232680bca550fc7c5b8d224c33ff5ec2bd5c29f75735194e01ed8196d7e6b28');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (3, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 3, '2026-12-06 05:33:41.39+00', 'system', '0743f6f5-38c7-471d-a280-29883482ddec', 'system:cli', 'token.created', 'api_token', 'd1fb2d4f-d2b3-4c6f-84e8-5e704cbbd92c', '{"name": "fill script", "scope": "write", "prefix": "vgl_GsTMbpPU", "expiresAt": "2027-03-06T05:33:41.386Z"}', NULL, NULL, NULL, 'd232680bca550fc7c5b8d224c33ff5ec2bd5c29f75735194e01ed8196d7e6b28', '7568e85cbe17cb941100b52dbc19ad8565e3aa0ee644e813482f540a2f8f8c37');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (4, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 4, '2026-12-06 05:33:43.833+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', 'c83e8ed3-c691-4edf-a06a-96d6c68df2b4', '{"kind": "collection", "size": 6337, "runId": "4eef2bad-8b99-4922-bb2e-ac2ab495e9fb", "title": "Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden", "sha256": "dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f", "renewBy": null, "controls": [], "fileName": "trivy-image-debian-buster.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": [], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '7568e85cbe17cb941100b52dbc19ad8565e3aa0ee644e813482f540a2f8f8c37', '8603565e0472c5051fb2edffff6b5c3043067839b68fe35484eed542d7585522');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (5, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 5, '2026-12-06 05:33:43.844+00', 'system', NULL, 'system:cli', 'monitoring.run_completed', 'run', '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb', '{"source": "trivy", "evidenceId": "c83e8ed3-c691-4edf-a06a-96d6c68df2b4", "connectorId": null, "transitions": 6, "resourcesSeen": 3}', NULL, NULL, NULL, '8603565e0472c5051fb2edffff6b5c3043067839b68fe35484eed542d7585522', '0231c48e6ecf0e542e559dca9b55421973bec8cb77e0d0397a935d855bd1f65c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (6, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 6, '2026-12-06 05:33:47.017+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'scope.updated', 'organization', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"categories": {"to": ["security", "availability", "confidentiality"], "from": ["security"]}}', 'cddaf0b2-6f58-4c45-87dd-b642c7c1ba68', '127.0.0.1', 'curl/7.88.1', '0231c48e6ecf0e542e559dca9b55421973bec8cb77e0d0397a935d855bd1f65c', 'ff7f336544fae44aba2617f05488ada0a332f174524260ee6cc7838b9509750c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (7, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 7, '2026-12-06 05:33:47.229+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'controls.adopted', 'control_library', NULL, '{"added": 128, "codes": ["GOV-01", "GOV-02", "GOV-03", "GOV-04", "GOV-05", "GOV-06", "GOV-07", "GOV-08", "GOV-09", "GOV-10", "GOV-11", "GOV-12", "GOV-13", "GOV-14", "GOV-15", "RISK-01", "RISK-02", "RISK-03", "RISK-04", "RISK-05", "RISK-06", "RISK-07", "RISK-08", "HR-01", "HR-02", "HR-03", "HR-04", "HR-05", "HR-06", "HR-07", "HR-08", "HR-09", "HR-10", "HR-11", "HR-12", "VEN-01", "VEN-02", "VEN-03", "VEN-04", "VEN-05", "VEN-07", "AC-01", "AC-02", "AC-03", "AC-04", "AC-05", "AC-06", "AC-07", "AC-08", "AC-09", "AC-10", "AC-11", "AC-12", "AC-13", "AC-14", "AC-15", "AC-16", "AC-17", "AC-18", "OPS-01", "OPS-02", "OPS-03", "OPS-04", "OPS-05", "OPS-06", "OPS-07", "OPS-08", "OPS-09", "OPS-10", "OPS-11", "OPS-12", "OPS-13", "OPS-14", "OPS-15", "OPS-16", "OPS-17", "OPS-18", "OPS-19", "MON-01", "MON-02", "MON-03", "MON-04", "MON-05", "CHG-01", "CHG-02", "CHG-03", "CHG-04", "CHG-05", "CHG-06", "CHG-07", "CHG-08", "CHG-09", "CHG-10", "INC-01", "INC-02", "INC-03", "INC-04", "INC-05", "INC-06", "INC-07", "INC-08", "INC-09", "BCP-01", "BCP-02", "BCP-03", "BCP-04", "BCP-05", "BCP-06", "BCP-07", "BCP-08", "AV-01", "AV-02", "AV-03", "AV-04", "AV-05", "DATA-01", "DATA-02", "DATA-03", "DATA-04", "DATA-05", "DATA-06", "DATA-07", "DATA-08", "PI-02", "PRIV-01", "PRIV-08", "PRIV-16", "PRIV-19"], "categories": ["security", "availability", "confidentiality"]}', '76fca442-b400-4ee3-ade2-a81c00da2624', '127.0.0.1', 'curl/7.88.1', 'ff7f336544fae44aba2617f05488ada0a332f174524260ee6cc7838b9509750c', '62ea4707315e3e75712c6c81dd4afc07d14e7a16a49c0f35ed426cac82a2fd76');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (8, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 8, '2026-12-06 05:33:47.254+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'system.created', 'system', '39daed96-0061-4c3d-a028-8040d7fe57ab', '{"kind": "infrastructure", "name": "Production platform", "inScope": true, "ownerId": null, "description": ""}', '288bbcec-812a-474a-b5f2-c945b1f51cf7', '127.0.0.1', 'curl/7.88.1', '62ea4707315e3e75712c6c81dd4afc07d14e7a16a49c0f35ed426cac82a2fd76', '14a4ec8d5106cef32c5af95b7690c402646826ab37bedf9219373e7720c587a6');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (9, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 9, '2026-12-06 05:33:47.284+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', 'c0ee0f3a-c637-44a4-bae1-0911eac9cfc8', '{"name": "FY26 Type II", "systems": 1, "asOfDate": null, "windowEnd": "2026-06-30", "categories": ["security", "availability", "confidentiality"], "reportType": "type2", "windowStart": "2026-01-01"}', '783db8e5-82e7-4777-8f3b-b71b8746f8de', '127.0.0.1', 'curl/7.88.1', '14a4ec8d5106cef32c5af95b7690c402646826ab37bedf9219373e7720c587a6', '6b2f4bf1ececb45718d7a096e04efa3250a2b86b8b6b07d3f2a138647fc52f2a');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (10, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 10, '2026-12-06 05:33:47.311+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'engagement.opened', 'engagement', '1b1b31d8-b03a-43d3-b54b-2973b10eeebc', '{"name": "Readiness Type I", "systems": 1, "asOfDate": "2026-03-31", "windowEnd": null, "categories": ["security", "availability", "confidentiality"], "reportType": "type1", "windowStart": null}', '65ad3be0-9178-4151-b191-3437b6f4ed8f', '127.0.0.1', 'curl/7.88.1', '6b2f4bf1ececb45718d7a096e04efa3250a2b86b8b6b07d3f2a138647fc52f2a', '6641ce0700502e5ea799f3b9d25dbc075a9928c062d2e70297dbff7501477a6a');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (11, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 11, '2026-12-06 05:33:47.336+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'alert_channel.created', 'alert_channel', '986b54a2-abec-4463-a17a-b413f522f231', '{"kind": "webhook", "name": "Ops hook", "events": ["fail", "recovered", "connector_error", "stale"], "target": "https://hooks.acme.test/vigil", "enabled": true}', '2c0606e8-e0d2-40be-a012-3fd4bd0d6cff', '127.0.0.1', 'curl/7.88.1', '6641ce0700502e5ea799f3b9d25dbc075a9928c062d2e70297dbff7501477a6a', '122325111e72823c92fe8170e94c09abe0ad49a8ff94d97edae44acd45c2d510');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (12, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 12, '2026-12-06 05:33:47.362+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'invitation.created', 'invitation', '777832de-a57e-40e7-8b6b-e7a2e2b69c32', '{"role": "member", "email": "new.hire@acme.test", "expiresAt": "2026-12-13T05:33:47.359Z", "engagementId": null, "accessExpiresAt": null}', '7f9d46ab-55ca-413d-b4a1-11bd18bf9f1c', '127.0.0.1', 'curl/7.88.1', '122325111e72823c92fe8170e94c09abe0ad49a8ff94d97edae44acd45c2d510', 'b22fbc29278b15b67936c71dab15b7aff5322a53735254a335fe70ddaf4f9c56');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (13, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 13, '2026-12-06 05:33:47.384+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'connector.created', 'connector', 'be59c009-8eab-4c9d-82ad-857d198d5277', '{"kind": "file.auto", "name": "Scanner uploads", "config": {}, "credentials": "none", "scheduleMinutes": null}', '54890cab-fa74-400b-bc10-5cc7959a3fc7', '127.0.0.1', 'curl/7.88.1', 'b22fbc29278b15b67936c71dab15b7aff5322a53735254a335fe70ddaf4f9c56', '9fb460b27348ff574db181b15684bddf460945d5caa82cd4f32d17aa6342026c');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (14, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 14, '2026-12-06 05:33:47.594+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'evidence.added', 'evidence', 'c90b6ed4-8d65-4073-bec0-3e38103ad90a', '{"kind": "collection", "size": 4279, "runId": "096a824b-110a-4be7-b4aa-3b73a5b1a97d", "title": "Grype vulnerability report (JSON): grype-image.json.golden", "sha256": "e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077", "renewBy": null, "controls": ["OPS-02", "OPS-03", "OPS-05"], "fileName": "grype-image.json.golden", "mediaType": "application/octet-stream", "periodEnd": null, "controlIds": ["c2bc86cc-9b51-453d-bd8b-3a9b64ae1fc9", "a1ebd620-2749-474d-a4cf-f3a29203566b", "60ac2987-1b07-4dad-b2e8-6caab6b71104"], "supersedes": null, "periodStart": null}', '033eb715-dbb4-416f-9ea9-eea0ed4a3ae3', '127.0.0.1', 'curl/7.88.1', '9fb460b27348ff574db181b15684bddf460945d5caa82cd4f32d17aa6342026c', '76e6b41a85ea1b6b4ab2d765e816bd3bb9dd474dbf60798d31ba4be6a3eb974b');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (15, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 15, '2026-12-06 05:33:47.601+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'monitoring.run_completed', 'run', '096a824b-110a-4be7-b4aa-3b73a5b1a97d', '{"source": "grype", "evidenceId": "c90b6ed4-8d65-4073-bec0-3e38103ad90a", "connectorId": "be59c009-8eab-4c9d-82ad-857d198d5277", "transitions": 6, "resourcesSeen": 3}', '033eb715-dbb4-416f-9ea9-eea0ed4a3ae3', '127.0.0.1', 'curl/7.88.1', '76e6b41a85ea1b6b4ab2d765e816bd3bb9dd474dbf60798d31ba4be6a3eb974b', '27da30a3be7837c431aff6de1be62449d5a52e5664abd6d4c0f1b757c8029695');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (16, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 16, '2026-12-06 05:33:47.629+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'connector.created', 'connector', '63a0c8d9-c8d2-4972-8937-7b6e1bf3139c', '{"kind": "tls.probe", "name": "Public endpoints", "config": {"endpoints": ["https://acme.test"]}, "credentials": "none", "scheduleMinutes": null}', 'c6367826-4766-4d7a-a334-d40cb834ee78', '127.0.0.1', 'curl/7.88.1', '27da30a3be7837c431aff6de1be62449d5a52e5664abd6d4c0f1b757c8029695', 'b12dd9b3283efd3fee24b6b62a22329d2d1e1e80c7d7b1faf9dabe51cf94abfb');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (17, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 17, '2026-12-06 05:33:47.744+00', 'token', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', 'control.updated', 'control', '3654d7e6-8a5d-448c-bb94-423b47a3134f', '{"code": "AC-01", "status": {"to": "implemented", "from": "not_started"}}', 'bedd3beb-bb49-4d49-9606-ae96e081c6d2', '127.0.0.1', 'curl/7.88.1', 'b12dd9b3283efd3fee24b6b62a22329d2d1e1e80c7d7b1faf9dabe51cf94abfb', '1e84213b2e80db897c9935199ba576f449aae455052a0c2e55ed4e7fccfe6909');
INSERT INTO public.audit_events OVERRIDING SYSTEM VALUE VALUES (18, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 18, '2026-12-06 05:33:50.389+00', 'system', NULL, 'system:cli', 'evidence.added', 'evidence', 'c6965810-098f-4fb9-988c-e567b8daaa61', '{"kind": "upload", "size": 45, "title": "Q3 access review", "sha256": "1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5", "renewBy": "2027-12-06", "controls": ["AC-02"], "fileName": "review.txt", "mediaType": "text/plain", "periodEnd": null, "controlIds": ["5c610623-f181-4179-ba5f-15418652ac97"], "supersedes": null, "periodStart": null}', NULL, NULL, NULL, '1e84213b2e80db897c9935199ba576f449aae455052a0c2e55ed4e7fccfe6909', '6b12e31b10fca2350ebc7c779af5d77200eee33e2a91b883a5a69d6b214f6b2d');


--
-- Data for Name: check_coverage; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed', '2026-12-06 05:33:43.765+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (2, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed_older_than_15d', '2026-12-06 05:33:43.765+00', NULL);
INSERT INTO public.check_coverage OVERRIDING SYSTEM VALUE VALUES (3, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.scan_recent', '2026-12-06 05:33:43.765+00', NULL);


--
-- Data for Name: check_intervals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed_older_than_15d', '621bc62c-3ad2-47c5-a8af-f9af9c91baa5', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 05:33:43.765+00', NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (2, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_high_unfixed_older_than_30d', '621bc62c-3ad2-47c5-a8af-f9af9c91baa5', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 05:33:43.765+00', NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (3, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed_older_than_15d', 'f8d54404-8a36-45fd-83d3-7a88e911659d', 'fail', 'CVE-2019-18224 in libidn2-0 has been open for 2602 days with a fix available', '{"actual": "2602 days", "expected": "≤ 15 days", "attribute": "publishedAt"}', '2026-12-06 05:33:43.765+00', NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (4, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_high_unfixed_older_than_30d', 'f8d54404-8a36-45fd-83d3-7a88e911659d', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 05:33:43.765+00', NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (5, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed', '6f543855-d769-4b22-b810-2fdae91053a2', 'fail', '1 critical vulnerability has a fix: CVE-2019-18224', '{"actual": 1, "expected": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 05:33:43.765+00', NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (6, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.scan_recent', '6f543855-d769-4b22-b810-2fdae91053a2', 'fail', 'the last scan of testdata/fixtures/images/debian-buster.tar.gz is 1928 days old', '{"actual": "1928 days old", "expected": "≤ 7 days old", "attribute": "scannedAt"}', '2026-12-06 05:33:43.765+00', NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (7, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed_older_than_15d', '1d63e086-8dc2-4479-8bdc-b70c5774feae', 'not_applicable', 'the finding is low, not critical', '{}', '2026-12-06 05:33:47.527+00', NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (8, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_high_unfixed_older_than_30d', '1d63e086-8dc2-4479-8bdc-b70c5774feae', 'not_applicable', 'the finding is low, not high', '{}', '2026-12-06 05:33:47.527+00', NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (9, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed_older_than_15d', '62e027b3-0a4d-4eb6-a21a-d84a2c17f7e0', 'error', 'missing input: fixAvailable', '{"attribute": "fixAvailable"}', '2026-12-06 05:33:47.527+00', NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (10, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_high_unfixed_older_than_30d', '62e027b3-0a4d-4eb6-a21a-d84a2c17f7e0', 'not_applicable', 'the finding is critical, not high', '{}', '2026-12-06 05:33:47.527+00', NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (11, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.no_critical_unfixed', '21765fd2-296d-4da5-a158-96d53618c0ae', 'pass', 'no critical vulnerability with a fix (1 critical without a fix)', '{"actual": 0, "attribute": "fixableCounts.critical"}', '2026-12-06 05:33:47.527+00', NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d');
INSERT INTO public.check_intervals OVERRIDING SYSTEM VALUE VALUES (12, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'vuln.scan_recent', '21765fd2-296d-4da5-a158-96d53618c0ae', 'error', 'missing input: scannedAt', '{"attribute": "scannedAt"}', '2026-12-06 05:33:47.527+00', NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d');


--
-- Data for Name: connectors; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.connectors VALUES ('be59c009-8eab-4c9d-82ad-857d198d5277', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'file.auto', 'Scanner uploads', NULL, '{}', NULL, true, '2026-12-06 05:33:47.598+00', '2026-12-06 05:33:47.598+00', 'ok', NULL, '2026-12-06 05:33:47.381254+00');
INSERT INTO public.connectors VALUES ('63a0c8d9-c8d2-4972-8937-7b6e1bf3139c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'tls.probe', 'Public endpoints', NULL, '{"endpoints": ["https://acme.test"]}', NULL, true, NULL, NULL, NULL, NULL, '2026-12-06 05:33:47.625712+00');


--
-- Data for Name: control_criteria; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_criteria VALUES ('79eefa1d-0b20-425d-8d5b-912452c02bcc', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('d46f0503-89be-4ef4-91d6-3d61504a0fda', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('d46f0503-89be-4ef4-91d6-3d61504a0fda', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('d46f0503-89be-4ef4-91d6-3d61504a0fda', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('3e5cb8d2-3749-4839-aa9c-34ef19cb509a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.2');
INSERT INTO public.control_criteria VALUES ('c06ad7b7-5c6f-442c-8344-615cb84e7db4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('eb51696a-56c7-4728-ae25-38543b30f971', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('eb51696a-56c7-4728-ae25-38543b30f971', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('5767df63-bf6e-4c38-9187-00975196ebfa', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('5767df63-bf6e-4c38-9187-00975196ebfa', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('5767df63-bf6e-4c38-9187-00975196ebfa', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('38ee1fb1-4754-42a3-8a5f-f1ed101f0980', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('38ee1fb1-4754-42a3-8a5f-f1ed101f0980', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('a39b016e-51f8-4b9e-a698-fae1b0bf0459', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('a39b016e-51f8-4b9e-a698-fae1b0bf0459', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('369a7675-fc2e-4886-87f8-3dd8aaad4cb2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('369a7675-fc2e-4886-87f8-3dd8aaad4cb2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('7867c028-a664-4d99-a53a-3dae4ff45180', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('bc172117-2bb0-49c8-8b28-05445657ee9b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('bc172117-2bb0-49c8-8b28-05445657ee9b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('41dd963c-33be-469b-b56f-d51795fd196e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('41dd963c-33be-469b-b56f-d51795fd196e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('41dd963c-33be-469b-b56f-d51795fd196e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('24de8731-8cc1-498c-ae98-3f1b3f0fd55f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('a3c74c52-c15f-4db1-ba7c-99225fe53961', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('a3c74c52-c15f-4db1-ba7c-99225fe53961', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('8f5a2e4b-ad77-4f91-8c04-9d77ee9fed65', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('8f5a2e4b-ad77-4f91-8c04-9d77ee9fed65', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('8f5a2e4b-ad77-4f91-8c04-9d77ee9fed65', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('8f36e580-3a4a-4365-a690-b792e1d37391', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('8f36e580-3a4a-4365-a690-b792e1d37391', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('8f36e580-3a4a-4365-a690-b792e1d37391', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('abf443fa-0965-4d13-83c3-8ed4c57d2e1f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.3');
INSERT INTO public.control_criteria VALUES ('4a621df2-30a0-4bc2-83d6-dbc065e4b9a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('4a621df2-30a0-4bc2-83d6-dbc065e4b9a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('4a621df2-30a0-4bc2-83d6-dbc065e4b9a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('7d611632-c091-400e-a085-ee86d4826411', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('f3b6a33a-989b-412b-85dd-4f2a46a43a7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.1');
INSERT INTO public.control_criteria VALUES ('f3b6a33a-989b-412b-85dd-4f2a46a43a7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('dae72f81-c784-4240-a094-5e53913dd310', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('3f327169-fd21-4156-bef4-fc263f0949fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('3f327169-fd21-4156-bef4-fc263f0949fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('6bff8d99-0e14-4707-b6f0-12225324137e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('f3010ffb-794d-4b4f-b4f6-86e374e128c5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('15b481b7-9deb-49e0-8eff-0e6b6a2828e4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('15b481b7-9deb-49e0-8eff-0e6b6a2828e4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('a17c75ee-f370-4acd-b649-887dcbdebefd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('a17c75ee-f370-4acd-b649-887dcbdebefd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('89cee514-eedd-4349-85cd-75dfafcff574', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('89cee514-eedd-4349-85cd-75dfafcff574', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('20c4a234-01dc-4d99-8667-899dd1bdb402', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('20c4a234-01dc-4d99-8667-899dd1bdb402', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('20c4a234-01dc-4d99-8667-899dd1bdb402', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('07d39986-750d-41f0-b397-e43d56841608', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('07d39986-750d-41f0-b397-e43d56841608', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('34d30c07-27b6-4f48-974d-e71ea767a538', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.5');
INSERT INTO public.control_criteria VALUES ('34d30c07-27b6-4f48-974d-e71ea767a538', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('304e4b9a-7c19-460e-8298-9b0e638cfa1b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('304e4b9a-7c19-460e-8298-9b0e638cfa1b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('c0b8381b-41b5-4bbd-95ac-653ec3ab3458', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('c0b8381b-41b5-4bbd-95ac-653ec3ab3458', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('6372ef54-2bd6-4b33-a143-318e91aba808', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('f9bc1ec9-9c78-46c8-98ca-aaad3a5dab3f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('e5c28088-f01c-4bf7-8774-4bc46b91e76d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.1');
INSERT INTO public.control_criteria VALUES ('e5c28088-f01c-4bf7-8774-4bc46b91e76d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('cf9d9569-e875-4156-adcb-f763e806fb40', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('cf9d9569-e875-4156-adcb-f763e806fb40', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.3');
INSERT INTO public.control_criteria VALUES ('559f6a75-5a9f-42c1-9993-12ed804fc04b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('559f6a75-5a9f-42c1-9993-12ed804fc04b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('54dafea9-ab3e-4028-ac95-c4de00208d4e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('54dafea9-ab3e-4028-ac95-c4de00208d4e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('9688d791-9a64-4a1d-b4a1-81371d5b520f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('9688d791-9a64-4a1d-b4a1-81371d5b520f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('9688d791-9a64-4a1d-b4a1-81371d5b520f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P6.4');
INSERT INTO public.control_criteria VALUES ('9688d791-9a64-4a1d-b4a1-81371d5b520f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P6.5');
INSERT INTO public.control_criteria VALUES ('e41a576e-4ed3-4fd9-85c9-24463ec668a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('e41a576e-4ed3-4fd9-85c9-24463ec668a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('e41a576e-4ed3-4fd9-85c9-24463ec668a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('06222b84-6359-4962-acb5-3fbf0734f7d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P6.5');
INSERT INTO public.control_criteria VALUES ('06222b84-6359-4962-acb5-3fbf0734f7d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('3654d7e6-8a5d-448c-bb94-423b47a3134f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('3654d7e6-8a5d-448c-bb94-423b47a3134f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('5c610623-f181-4179-ba5f-15418652ac97', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('5c610623-f181-4179-ba5f-15418652ac97', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('4790ae92-ab25-40a1-a5bc-abddf1df37f6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('4790ae92-ab25-40a1-a5bc-abddf1df37f6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('4835684c-1de8-464a-a458-eeda8563a334', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('4835684c-1de8-464a-a458-eeda8563a334', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('f0932130-4178-4aac-b4e9-d7f589ed5fa4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('f0932130-4178-4aac-b4e9-d7f589ed5fa4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('f0932130-4178-4aac-b4e9-d7f589ed5fa4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('ce3c4c3a-c206-48b4-ba3e-390ea7c7a05b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('ce3c4c3a-c206-48b4-ba3e-390ea7c7a05b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('6fde680b-fca5-4231-97d3-f104970eeaaf', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('8f58f466-6749-43b9-b908-522e94ff0eb1', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('8f58f466-6749-43b9-b908-522e94ff0eb1', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('984d3a30-9945-47d3-9a1b-95da46ca45d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('984d3a30-9945-47d3-9a1b-95da46ca45d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('2397fd6d-fc37-4448-8b42-14c99319d26a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('b255f568-d5af-48cf-bdf0-08b0c960578d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('b255f568-d5af-48cf-bdf0-08b0c960578d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.2');
INSERT INTO public.control_criteria VALUES ('24089499-e163-4140-aa9c-f7208c366b0b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('a64d400d-0f73-4ceb-8610-839f9c898017', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('663e0c83-5100-4b93-82b8-4d569947a183', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('663e0c83-5100-4b93-82b8-4d569947a183', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('57484df9-ba95-4cf8-9fec-8ea66dbc6273', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('57484df9-ba95-4cf8-9fec-8ea66dbc6273', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('57484df9-ba95-4cf8-9fec-8ea66dbc6273', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('0736a5fb-0240-4a41-aa3f-066713a919dd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('9e8b8ea2-739f-430a-8161-d3fa85c43200', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('42a6ae02-2bcf-4398-84f3-4ee590766bbd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.4');
INSERT INTO public.control_criteria VALUES ('42a6ae02-2bcf-4398-84f3-4ee590766bbd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('42a6ae02-2bcf-4398-84f3-4ee590766bbd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.2');
INSERT INTO public.control_criteria VALUES ('a452b5f2-7274-4bb4-9cbb-f78cd49b8ac4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('a452b5f2-7274-4bb4-9cbb-f78cd49b8ac4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('c2bc86cc-9b51-453d-bd8b-3a9b64ae1fc9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('a1ebd620-2749-474d-a4cf-f3a29203566b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('a1ebd620-2749-474d-a4cf-f3a29203566b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('514b45df-b9fd-455a-8b0d-ae755d7c8a89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('514b45df-b9fd-455a-8b0d-ae755d7c8a89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('60ac2987-1b07-4dad-b2e8-6caab6b71104', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('60ac2987-1b07-4dad-b2e8-6caab6b71104', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('470b026e-64eb-4b1a-87fc-1dfa523ad71f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('b28322c4-71ba-4c9e-8c6b-090b94e0a8e6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('b28322c4-71ba-4c9e-8c6b-090b94e0a8e6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('679117a4-caa5-4ea4-bf17-c8e33727e5b2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('7a5111d7-2d5e-4c40-9e62-d068d4b0b2a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('7a5111d7-2d5e-4c40-9e62-d068d4b0b2a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('bd6c6038-5818-471f-9171-0c42127c46c4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('bd6c6038-5818-471f-9171-0c42127c46c4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('abcb13c5-2343-427c-97ae-bfe6b42a4fb0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('abcb13c5-2343-427c-97ae-bfe6b42a4fb0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('00a8a4c8-44a3-46ce-906a-225ec61edb2c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('a3f478e0-9412-4f84-b0e9-da1c80faaeaf', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('a3f478e0-9412-4f84-b0e9-da1c80faaeaf', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('c339958e-069f-423d-b3a6-f4ff39c0c5ef', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('c339958e-069f-423d-b3a6-f4ff39c0c5ef', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('c339958e-069f-423d-b3a6-f4ff39c0c5ef', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('b6bdd48a-9b6f-40e1-8104-e0c0c7673c69', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('b6bdd48a-9b6f-40e1-8104-e0c0c7673c69', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('cb43e429-47f8-498a-a5a3-c3fe0403bc6f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('242a8a8c-2f25-4a6e-9ea9-ee0659f8a920', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('242a8a8c-2f25-4a6e-9ea9-ee0659f8a920', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('242a8a8c-2f25-4a6e-9ea9-ee0659f8a920', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('19ee60e2-6d6f-4392-8d8a-336c63bd98a9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.6');
INSERT INTO public.control_criteria VALUES ('19ee60e2-6d6f-4392-8d8a-336c63bd98a9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('0c49c2be-c108-4c0e-b681-edfebb0e6f8c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.7');
INSERT INTO public.control_criteria VALUES ('0c49c2be-c108-4c0e-b681-edfebb0e6f8c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('14c97260-e074-4363-9e77-b66e1916f087', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('14c97260-e074-4363-9e77-b66e1916f087', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('1814a384-e912-4ad4-aa25-9a6713020bde', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('1814a384-e912-4ad4-aa25-9a6713020bde', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('8ffefaa5-7ccb-48f5-9033-20edf6e4c786', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('8ffefaa5-7ccb-48f5-9033-20edf6e4c786', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('0792b564-cb78-4955-a669-08c396fcff3d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('0792b564-cb78-4955-a669-08c396fcff3d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('42fef454-fec9-4bff-8b7d-f777e595762b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('42fef454-fec9-4bff-8b7d-f777e595762b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('28d10939-8ce0-4d97-80d1-0143b04668d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('28d10939-8ce0-4d97-80d1-0143b04668d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.2');
INSERT INTO public.control_criteria VALUES ('28d10939-8ce0-4d97-80d1-0143b04668d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.3');
INSERT INTO public.control_criteria VALUES ('c967c105-b07e-491d-abdd-372f21771201', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('c967c105-b07e-491d-abdd-372f21771201', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('10b1fb45-e6b7-410b-b0bf-0e7ae60aab52', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('10b1fb45-e6b7-410b-b0bf-0e7ae60aab52', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('6e86a129-e74c-430c-9ac2-0dfbf13ae8a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('6e86a129-e74c-430c-9ac2-0dfbf13ae8a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC5.1');
INSERT INTO public.control_criteria VALUES ('583c2d7e-da01-4360-83c3-b5667e755f5e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('583c2d7e-da01-4360-83c3-b5667e755f5e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.8');
INSERT INTO public.control_criteria VALUES ('972a9a70-ed1c-4de9-9a08-f8962df73b31', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('42d29c3c-722c-4aed-bfc5-5cf1b0e8947f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('42d29c3c-722c-4aed-bfc5-5cf1b0e8947f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.1');
INSERT INTO public.control_criteria VALUES ('d68b67ed-6428-4ce8-a0dc-9b7bf28d72fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('d68b67ed-6428-4ce8-a0dc-9b7bf28d72fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('d68b67ed-6428-4ce8-a0dc-9b7bf28d72fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('65467b21-6e25-4897-b223-f8a7d46fd403', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('65467b21-6e25-4897-b223-f8a7d46fd403', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PI1.3');
INSERT INTO public.control_criteria VALUES ('c962cba9-8117-4e06-89e6-cfc28f10b5b4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC8.1');
INSERT INTO public.control_criteria VALUES ('c962cba9-8117-4e06-89e6-cfc28f10b5b4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('c962cba9-8117-4e06-89e6-cfc28f10b5b4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.1');
INSERT INTO public.control_criteria VALUES ('1abacf60-0a9e-49b7-bf50-74b2f9e13f44', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('1abacf60-0a9e-49b7-bf50-74b2f9e13f44', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('1abacf60-0a9e-49b7-bf50-74b2f9e13f44', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('717a91d8-39d9-487e-951f-93c4038df0e8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('717a91d8-39d9-487e-951f-93c4038df0e8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('454f4cb7-51b4-4b77-8fa8-37fb334389c5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('454f4cb7-51b4-4b77-8fa8-37fb334389c5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('454f4cb7-51b4-4b77-8fa8-37fb334389c5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('e3ffc488-1b57-4c41-b0ed-6514746fe0d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('e3ffc488-1b57-4c41-b0ed-6514746fe0d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('e3ffc488-1b57-4c41-b0ed-6514746fe0d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.2');
INSERT INTO public.control_criteria VALUES ('74e4cf6f-e220-4d42-adf0-432cf396dd89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('74e4cf6f-e220-4d42-adf0-432cf396dd89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('74e4cf6f-e220-4d42-adf0-432cf396dd89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P6.6');
INSERT INTO public.control_criteria VALUES ('c49fb793-088c-4c0d-8f9d-857bc617ad1c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('c49fb793-088c-4c0d-8f9d-857bc617ad1c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('89149a9e-54e3-49de-b951-7c6ad913658c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('89149a9e-54e3-49de-b951-7c6ad913658c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P6.3');
INSERT INTO public.control_criteria VALUES ('2614dbd4-e235-4896-b0c9-cdfc04c84d82', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.4');
INSERT INTO public.control_criteria VALUES ('2614dbd4-e235-4896-b0c9-cdfc04c84d82', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');
INSERT INTO public.control_criteria VALUES ('940907f6-e670-4232-bb46-cbe24c0b181a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('940907f6-e670-4232-bb46-cbe24c0b181a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.3');
INSERT INTO public.control_criteria VALUES ('a05905ba-5e5e-4800-99d9-f34f411291d9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('a05905ba-5e5e-4800-99d9-f34f411291d9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('a05905ba-5e5e-4800-99d9-f34f411291d9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('c4e32fec-a9be-4c5b-9b94-96a868b52b5b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('c4e32fec-a9be-4c5b-9b94-96a868b52b5b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.2');
INSERT INTO public.control_criteria VALUES ('ea0a2a26-ff13-4d2d-b706-b9a8dac6294e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.3');
INSERT INTO public.control_criteria VALUES ('ea0a2a26-ff13-4d2d-b706-b9a8dac6294e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('ea0a2a26-ff13-4d2d-b706-b9a8dac6294e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.5');
INSERT INTO public.control_criteria VALUES ('c905471d-a0d5-4fb9-b30b-5137300d4523', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('c905471d-a0d5-4fb9-b30b-5137300d4523', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PI1.5');
INSERT INTO public.control_criteria VALUES ('878ccfe0-0b9c-42aa-a265-47ca754d9487', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('3dbe429b-c612-4724-bc57-11cc55ddf7c2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('e1ce8197-7b3b-44eb-a732-80c445293f7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.3');
INSERT INTO public.control_criteria VALUES ('e1ce8197-7b3b-44eb-a732-80c445293f7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('adaf8e1b-c6f8-434f-b1e2-bb9bb1ab9dc1', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.2');
INSERT INTO public.control_criteria VALUES ('adaf8e1b-c6f8-434f-b1e2-bb9bb1ab9dc1', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC9.1');
INSERT INTO public.control_criteria VALUES ('12fc1574-1ba9-4c2b-98b9-5855d5e0b15f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('0fd59a51-8e3a-4d33-b42a-b69dc1fb266d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('227c2303-7218-425b-a898-d289c3ea0a15', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('c01b327a-d4d7-4210-95a7-ab26e954add6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('c01b327a-d4d7-4210-95a7-ab26e954add6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC7.2');
INSERT INTO public.control_criteria VALUES ('3df66ec5-32ea-4006-a9a9-b4f099c7c272', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'A1.1');
INSERT INTO public.control_criteria VALUES ('3df66ec5-32ea-4006-a9a9-b4f099c7c272', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('694cd780-060e-48e7-b366-aedd20521ea8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('694cd780-060e-48e7-b366-aedd20521ea8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('9a50260b-e148-4bfa-84ec-28f31cf12e59', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('9a50260b-e148-4bfa-84ec-28f31cf12e59', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.1');
INSERT INTO public.control_criteria VALUES ('327869e6-4ec3-4c4a-ba0a-412de577d263', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('327869e6-4ec3-4c4a-ba0a-412de577d263', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('327869e6-4ec3-4c4a-ba0a-412de577d263', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.2');
INSERT INTO public.control_criteria VALUES ('ce6e6cde-73c3-4a1a-827c-f2159191ab7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('ce6e6cde-73c3-4a1a-827c-f2159191ab7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.2');
INSERT INTO public.control_criteria VALUES ('ce6e6cde-73c3-4a1a-827c-f2159191ab7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.3');
INSERT INTO public.control_criteria VALUES ('38719180-f16b-4578-bd75-3ccc623ffe9c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('38719180-f16b-4578-bd75-3ccc623ffe9c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.3');
INSERT INTO public.control_criteria VALUES ('9b4452bd-3a47-4cd0-b6fc-15edeacfb64d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.5');
INSERT INTO public.control_criteria VALUES ('9b4452bd-3a47-4cd0-b6fc-15edeacfb64d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.2');
INSERT INTO public.control_criteria VALUES ('4ae73d14-58cc-42f1-ae3e-d2eca21c7be0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('4ae73d14-58cc-42f1-ae3e-d2eca21c7be0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('c3465c46-9108-444b-bfc8-fa320f80dbfb', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'C1.1');
INSERT INTO public.control_criteria VALUES ('c3465c46-9108-444b-bfc8-fa320f80dbfb', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC6.3');
INSERT INTO public.control_criteria VALUES ('c3465c46-9108-444b-bfc8-fa320f80dbfb', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('a7da0b49-eb3b-4846-b446-e941482f5821', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PI1.1');
INSERT INTO public.control_criteria VALUES ('a7da0b49-eb3b-4846-b446-e941482f5821', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('35f55502-0ba3-43b5-969c-d1b85b5feb2d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P1.1');
INSERT INTO public.control_criteria VALUES ('35f55502-0ba3-43b5-969c-d1b85b5feb2d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.3');
INSERT INTO public.control_criteria VALUES ('6dd6306f-27e8-4569-8a3d-f0f8d7fe99d6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('6dd6306f-27e8-4569-8a3d-f0f8d7fe99d6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P2.1');
INSERT INTO public.control_criteria VALUES ('6dd6306f-27e8-4569-8a3d-f0f8d7fe99d6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC3.4');
INSERT INTO public.control_criteria VALUES ('82724dd1-d6e6-4dc2-9ef3-881411375510', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC2.2');
INSERT INTO public.control_criteria VALUES ('82724dd1-d6e6-4dc2-9ef3-881411375510', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC1.4');
INSERT INTO public.control_criteria VALUES ('82724dd1-d6e6-4dc2-9ef3-881411375510', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P4.1');
INSERT INTO public.control_criteria VALUES ('37183f65-e7fe-4efd-b045-4bc8267e62cc', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'P8.1');
INSERT INTO public.control_criteria VALUES ('37183f65-e7fe-4efd-b045-4bc8267e62cc', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CC4.1');


--
-- Data for Name: control_versions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.control_versions VALUES ('79eefa1d-0b20-425d-8d5b-912452c02bcc', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "79eefa1d-0b20-425d-8d5b-912452c02bcc", "code": "GOV-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Code of conduct", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-01", "automatable": false, "description": "A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.", "naJustification": null, "suggestedEvidence": ["Current code of conduct with approval date", "Version history showing the annual review"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('d46f0503-89be-4ef4-91d6-3d61504a0fda', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "d46f0503-89be-4ef4-91d6-3d61504a0fda", "code": "GOV-02", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Board oversight of security", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2", "CC2.2", "CC4.2"], "frequency": "quarterly", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-02", "automatable": false, "description": "The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.", "naJustification": null, "suggestedEvidence": ["Meeting minutes showing security and compliance agenda items", "Security report or slides presented to the board"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('3e5cb8d2-3749-4839-aa9c-34ef19cb509a', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "3e5cb8d2-3749-4839-aa9c-34ef19cb509a", "code": "GOV-03", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Oversight charter and independence", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.2"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-03", "automatable": false, "description": "A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.", "naJustification": null, "suggestedEvidence": ["Board or advisory charter", "Member list noting independence and areas of expertise"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c06ad7b7-5c6f-442c-8344-615cb84e7db4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c06ad7b7-5c6f-442c-8344-615cb84e7db4", "code": "GOV-04", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Organisation chart", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "GOV-04", "automatable": true, "description": "An organisation chart showing reporting lines is kept current and reviewed at least annually by management.", "naJustification": null, "suggestedEvidence": ["Organisation chart export from the HR system with its review date"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('eb51696a-56c7-4728-ae25-38543b30f971', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "eb51696a-56c7-4728-ae25-38543b30f971", "code": "GOV-05", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Security and privacy roles assigned", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC5.3"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "GOV-05", "automatable": false, "description": "Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.", "naJustification": null, "suggestedEvidence": ["Information security policy section naming role owners", "Job descriptions for the security and compliance leads"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('5767df63-bf6e-4c38-9187-00975196ebfa', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "5767df63-bf6e-4c38-9187-00975196ebfa", "code": "GOV-06", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual policy review and approval", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC5.1", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-06", "automatable": true, "description": "The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.", "naJustification": null, "suggestedEvidence": ["Policy list with owner, version and approval date", "Approval record signed by management for the current year"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('38ee1fb1-4754-42a3-8a5f-f1ed101f0980', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "38ee1fb1-4754-42a3-8a5f-f1ed101f0980", "code": "GOV-07", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Policy exception handling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.3"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-07", "automatable": false, "description": "Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.", "naJustification": null, "suggestedEvidence": ["Exception register with approver, rationale and expiry for each entry"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a39b016e-51f8-4b9e-a698-fae1b0bf0459', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a39b016e-51f8-4b9e-a698-fae1b0bf0459", "code": "GOV-08", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Confidential reporting channel", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2"], "frequency": "continuous", "ownerRole": "legal", "applicable": true, "templateId": "GOV-08", "automatable": false, "description": "Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.", "naJustification": null, "suggestedEvidence": ["Whistleblower policy describing the channel and non-retaliation", "Screenshot of the anonymous reporting form or hotline details"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('369a7675-fc2e-4886-87f8-3dd8aaad4cb2', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "369a7675-fc2e-4886-87f8-3dd8aaad4cb2", "code": "GOV-09", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual internal control assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-09", "automatable": false, "description": "Once a year someone independent of the control owners tests a sample of controls and reports findings to management.", "naJustification": null, "suggestedEvidence": ["Internal audit or self-assessment report", "Management sign-off on the findings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('7867c028-a664-4d99-a53a-3dae4ff45180', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "7867c028-a664-4d99-a53a-3dae4ff45180", "code": "GOV-10", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Deficiency tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-10", "automatable": true, "description": "Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.", "naJustification": null, "suggestedEvidence": ["Findings register showing owner, due date and status", "Closed remediation tickets"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('bc172117-2bb0-49c8-8b28-05445657ee9b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "bc172117-2bb0-49c8-8b28-05445657ee9b", "code": "GOV-11", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Control matrix maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC5.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-11", "automatable": true, "description": "A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.", "naJustification": null, "suggestedEvidence": ["Control matrix export mapping controls to criteria and risks"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('41dd963c-33be-469b-b56f-d51795fd196e', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "41dd963c-33be-469b-b56f-d51795fd196e", "code": "GOV-12", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "System description maintained", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC2.2", "CC2.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-12", "automatable": false, "description": "A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.", "naJustification": null, "suggestedEvidence": ["Current system description with review date", "Architecture and data flow diagrams"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('24de8731-8cc1-498c-ae98-3f1b3f0fd55f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "24de8731-8cc1-498c-ae98-3f1b3f0fd55f", "code": "GOV-13", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Customer commitments published", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "GOV-13", "automatable": false, "description": "Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.", "naJustification": null, "suggestedEvidence": ["Terms of service and SLA showing security commitments", "Documented customer responsibilities (complementary user entity controls)"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a3c74c52-c15f-4db1-ba7c-99225fe53961', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a3c74c52-c15f-4db1-ba7c-99225fe53961", "code": "GOV-14", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "External security contact", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "GOV-14", "automatable": false, "description": "Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.", "naJustification": null, "suggestedEvidence": ["Published security.txt or vulnerability disclosure page", "Sample of triaged external reports"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('8f5a2e4b-ad77-4f91-8c04-9d77ee9fed65', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "8f5a2e4b-ad77-4f91-8c04-9d77ee9fed65", "code": "GOV-15", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Management compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC4.1", "CC4.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "GOV-15", "automatable": false, "description": "Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.", "naJustification": null, "suggestedEvidence": ["Quarterly meeting notes with actions", "Control status dashboard snapshot"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('8f36e580-3a4a-4365-a690-b792e1d37391', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "8f36e580-3a4a-4365-a690-b792e1d37391", "code": "RISK-01", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1", "CC3.2", "CC5.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-01", "automatable": false, "description": "Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.", "naJustification": null, "suggestedEvidence": ["Risk register with likelihood, impact, owner and treatment", "Leadership approval of the completed assessment"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('abf443fa-0965-4d13-83c3-8ed4c57d2e1f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "abf443fa-0965-4d13-83c3-8ed4c57d2e1f", "code": "RISK-02", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Fraud risk assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-02", "automatable": false, "description": "As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.", "naJustification": null, "suggestedEvidence": ["Fraud risk section of the risk assessment with scenarios and mitigating controls"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('4a621df2-30a0-4bc2-83d6-dbc065e4b9a5', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "4a621df2-30a0-4bc2-83d6-dbc065e4b9a5", "code": "RISK-03", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Risk treatment plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC5.1", "CC9.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-03", "automatable": false, "description": "Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.", "naJustification": null, "suggestedEvidence": ["Treatment plan with status of each action", "Signed risk acceptances"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('7d611632-c091-400e-a085-ee86d4826411', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "7d611632-c091-400e-a085-ee86d4826411", "code": "RISK-04", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Objectives and risk tolerance", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-04", "automatable": false, "description": "Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.", "naJustification": null, "suggestedEvidence": ["Documented objectives and risk appetite statement approved by leadership"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('f3b6a33a-989b-412b-85dd-4f2a46a43a7b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "f3b6a33a-989b-412b-85dd-4f2a46a43a7b", "code": "RISK-05", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Legal and regulatory requirements register", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC3.1"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "RISK-05", "automatable": false, "description": "Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.", "naJustification": null, "suggestedEvidence": ["Requirements register with review date"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('dae72f81-c784-4240-a094-5e53913dd310', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "dae72f81-c784-4240-a094-5e53913dd310", "code": "RISK-06", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Significant change risk review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4"], "frequency": "per_event", "ownerRole": "compliance_owner", "applicable": true, "templateId": "RISK-06", "automatable": false, "description": "Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.", "naJustification": null, "suggestedEvidence": ["Change risk assessment record for each significant change"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('3f327169-fd21-4156-bef4-fc263f0949fe', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "3f327169-fd21-4156-bef4-fc263f0949fe", "code": "RISK-07", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Threat intelligence monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "RISK-07", "automatable": true, "description": "The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.", "naJustification": null, "suggestedEvidence": ["Subscribed advisory sources", "Risk register entries or tickets raised from advisories"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('6bff8d99-0e14-4707-b6f0-12225324137e', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "6bff8d99-0e14-4707-b6f0-12225324137e", "code": "RISK-08", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Insurance coverage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC9.1"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "RISK-08", "automatable": false, "description": "Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.", "naJustification": null, "suggestedEvidence": ["Current certificate of insurance showing cyber coverage"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('f3010ffb-794d-4b4f-b4f6-86e374e128c5', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "f3010ffb-794d-4b4f-b4f6-86e374e128c5", "code": "HR-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Background checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-01", "automatable": true, "description": "New employees and contractors with system access pass a background check appropriate to their role and local law before they start.", "naJustification": null, "suggestedEvidence": ["Background check completion report for each sampled hire", "List of hires for the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('15b481b7-9deb-49e0-8eff-0e6b6a2828e4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "15b481b7-9deb-49e0-8eff-0e6b6a2828e4", "code": "HR-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Job descriptions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC1.4"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-02", "automatable": false, "description": "Each role has a written description of its responsibilities and required skills, including any security duties.", "naJustification": null, "suggestedEvidence": ["Job descriptions for sampled roles, including security responsibilities"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a17c75ee-f370-4acd-b649-887dcbdebefd', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a17c75ee-f370-4acd-b649-887dcbdebefd", "code": "HR-03", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Onboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-03", "automatable": true, "description": "New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.", "naJustification": null, "suggestedEvidence": ["Completed onboarding checklist for each sampled hire"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('89cee514-eedd-4349-85cd-75dfafcff574', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "89cee514-eedd-4349-85cd-75dfafcff574", "code": "HR-04", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Security awareness training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "HR-04", "automatable": true, "description": "Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.", "naJustification": null, "suggestedEvidence": ["Training completion report with dates for all staff", "Copy or outline of the training content"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('20c4a234-01dc-4d99-8667-899dd1bdb402', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "20c4a234-01dc-4d99-8667-899dd1bdb402", "code": "HR-05", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Policy acknowledgement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC2.2", "CC5.3"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "HR-05", "automatable": true, "description": "Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.", "naJustification": null, "suggestedEvidence": ["Policy acceptance records with names, policy versions and dates"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('07d39986-750d-41f0-b397-e43d56841608', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "07d39986-750d-41f0-b397-e43d56841608", "code": "HR-06", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Performance reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC1.5"], "frequency": "annual", "ownerRole": "hr", "applicable": true, "templateId": "HR-06", "automatable": false, "description": "Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.", "naJustification": null, "suggestedEvidence": ["Completion report of the latest review cycle", "Sample of completed review forms"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('34d30c07-27b6-4f48-974d-e71ea767a538', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "34d30c07-27b6-4f48-974d-e71ea767a538", "code": "HR-07", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Disciplinary process", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.5"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-07", "automatable": false, "description": "A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.", "naJustification": null, "suggestedEvidence": ["Disciplinary policy", "Log of policy violations and actions taken (redacted)"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('304e4b9a-7c19-460e-8298-9b0e638cfa1b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "304e4b9a-7c19-460e-8298-9b0e638cfa1b", "code": "HR-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Offboarding checklist", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.4"], "frequency": "per_event", "ownerRole": "hr", "applicable": true, "templateId": "HR-08", "automatable": true, "description": "When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.", "naJustification": null, "suggestedEvidence": ["Completed offboarding checklist for each sampled leaver", "List of leavers for the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c0b8381b-41b5-4bbd-95ac-653ec3ab3458', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c0b8381b-41b5-4bbd-95ac-653ec3ab3458", "code": "HR-09", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Confidentiality agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC1.1"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-09", "automatable": false, "description": "Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.", "naJustification": null, "suggestedEvidence": ["Signed confidentiality agreement for each sampled hire or contractor"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('6372ef54-2bd6-4b33-a143-318e91aba808', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "6372ef54-2bd6-4b33-a143-318e91aba808", "code": "HR-10", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Role-specific security training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "HR-10", "automatable": true, "description": "Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.", "naJustification": null, "suggestedEvidence": ["Completion records for secure coding training", "Training syllabus"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('f9bc1ec9-9c78-46c8-98ca-aaad3a5dab3f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "f9bc1ec9-9c78-46c8-98ca-aaad3a5dab3f", "code": "HR-11", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Succession planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4"], "frequency": "annual", "ownerRole": "leadership", "applicable": true, "templateId": "HR-11", "automatable": false, "description": "Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.", "naJustification": null, "suggestedEvidence": ["Succession plan listing critical roles and their designated backups"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('e5c28088-f01c-4bf7-8774-4bc46b91e76d', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "e5c28088-f01c-4bf7-8774-4bc46b91e76d", "code": "HR-12", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Contractor security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.1", "CC1.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "HR-12", "automatable": false, "description": "Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.", "naJustification": null, "suggestedEvidence": ["Contractor agreement template with security clauses", "Signed agreements for samples"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('cf9d9569-e875-4156-adcb-f763e806fb40', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "cf9d9569-e875-4156-adcb-f763e806fb40", "code": "VEN-01", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vendor inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.3", "CC9.2"], "frequency": "quarterly", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-01", "automatable": true, "description": "All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Vendor register export with criticality, data access and owner"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('559f6a75-5a9f-42c1-9993-12ed804fc04b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "559f6a75-5a9f-42c1-9993-12ed804fc04b", "code": "VEN-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vendor due diligence at onboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.2"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-02", "automatable": false, "description": "Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.", "naJustification": null, "suggestedEvidence": ["Completed vendor security assessment", "Approval record for each new vendor sampled"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('54dafea9-ab3e-4028-ac95-c4de00208d4e', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "54dafea9-ab3e-4028-ac95-c4de00208d4e", "code": "VEN-03", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual review of critical vendors", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "VEN-03", "automatable": false, "description": "Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.", "naJustification": null, "suggestedEvidence": ["Vendor SOC report review notes covering exceptions and bridge letters", "Mapping of vendor-expected customer controls to internal controls"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('9688d791-9a64-4a1d-b4a1-81371d5b520f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "9688d791-9a64-4a1d-b4a1-81371d5b520f", "code": "VEN-04", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vendor contract security terms", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC9.2", "P6.4", "P6.5"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "VEN-04", "automatable": false, "description": "Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.", "naJustification": null, "suggestedEvidence": ["Signed contract or data processing agreement for each sampled vendor"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('e41a576e-4ed3-4fd9-85c9-24463ec668a0', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "e41a576e-4ed3-4fd9-85c9-24463ec668a0", "code": "VEN-05", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vendor offboarding", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.2", "CC9.2"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "VEN-05", "automatable": false, "description": "When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.", "naJustification": null, "suggestedEvidence": ["Vendor offboarding ticket", "Written confirmation of data deletion from the vendor"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('06222b84-6359-4962-acb5-3fbf0734f7d4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "06222b84-6359-4962-acb5-3fbf0734f7d4", "code": "VEN-07", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vendor incident intake", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.5"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "VEN-07", "automatable": false, "description": "Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.", "naJustification": null, "suggestedEvidence": ["Incident tickets opened from vendor notifications", "Vendor notification correspondence"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('3654d7e6-8a5d-448c-bb94-423b47a3134f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "3654d7e6-8a5d-448c-bb94-423b47a3134f", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Single sign-on for workforce applications", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('5c610623-f181-4179-ba5f-15418652ac97', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "5c610623-f181-4179-ba5f-15418652ac97", "code": "AC-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Multi-factor authentication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-02", "automatable": true, "description": "A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.", "naJustification": null, "suggestedEvidence": ["Identity provider MFA policy settings", "User list showing MFA enrolment status for all accounts"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('4790ae92-ab25-40a1-a5bc-abddf1df37f6', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "4790ae92-ab25-40a1-a5bc-abddf1df37f6", "code": "AC-03", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Access provisioning by approved request", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-03", "automatable": true, "description": "New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.", "naJustification": null, "suggestedEvidence": ["Access request tickets with approvals for sampled grants", "Population of access grants"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('4835684c-1de8-464a-a458-eeda8563a334', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "4835684c-1de8-464a-a458-eeda8563a334", "code": "AC-04", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Role-based least privilege", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-04", "automatable": false, "description": "Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.", "naJustification": null, "suggestedEvidence": ["Role and permission matrix for production systems", "Group membership export"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('f0932130-4178-4aac-b4e9-d7f589ed5fa4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "f0932130-4178-4aac-b4e9-d7f589ed5fa4", "code": "AC-05", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Quarterly user access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC6.2", "CC6.3"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "AC-05", "automatable": true, "description": "Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.", "naJustification": null, "suggestedEvidence": ["Signed-off access review for each in-scope system", "Tickets for access removed as a result of the review"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('ce3c4c3a-c206-48b4-ba3e-390ea7c7a05b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "ce3c4c3a-c206-48b4-ba3e-390ea7c7a05b", "code": "AC-06", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Access revoked within 24 hours of termination", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-06", "automatable": true, "description": "When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.", "naJustification": null, "suggestedEvidence": ["List of leavers with termination dates from the HR system", "Identity provider deactivation timestamps for sampled leavers"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('6fde680b-fca5-4231-97d3-f104970eeaaf', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "6fde680b-fca5-4231-97d3-f104970eeaaf", "code": "AC-07", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Access adjusted on role change", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "AC-07", "automatable": false, "description": "When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.", "naJustification": null, "suggestedEvidence": ["Transfer tickets showing removed and added access for sampled role changes"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('8f58f466-6749-43b9-b908-522e94ff0eb1', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "8f58f466-6749-43b9-b908-522e94ff0eb1", "code": "AC-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Privileged access restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "AC-08", "automatable": true, "description": "Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.", "naJustification": null, "suggestedEvidence": ["List of users holding administrative roles in the cloud account", "Configuration of just-in-time or break-glass access"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('984d3a30-9945-47d3-9a1b-95da46ca45d5', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "984d3a30-9945-47d3-9a1b-95da46ca45d5", "code": "AC-09", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Monthly privileged access review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.2", "CC6.3"], "frequency": "monthly", "ownerRole": "security", "applicable": true, "templateId": "AC-09", "automatable": true, "description": "Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.", "naJustification": null, "suggestedEvidence": ["Monthly privileged access review sign-off", "Tickets for privileges removed"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('2397fd6d-fc37-4448-8b42-14c99319d26a', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "2397fd6d-fc37-4448-8b42-14c99319d26a", "code": "AC-10", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Password and session policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-10", "automatable": true, "description": "The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.", "naJustification": null, "suggestedEvidence": ["Identity provider password policy settings", "Application authentication configuration"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('b255f568-d5af-48cf-bdf0-08b0c960578d', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "b255f568-d5af-48cf-bdf0-08b0c960578d", "code": "AC-11", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Unique accounts and owned service accounts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.2"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "AC-11", "automatable": true, "description": "Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.", "naJustification": null, "suggestedEvidence": ["Service account inventory with owners and last review date"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('24089499-e163-4140-aa9c-f7208c366b0b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "24089499-e163-4140-aa9c-f7208c366b0b", "code": "AC-12", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Secrets management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-12", "automatable": true, "description": "Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.", "naJustification": null, "suggestedEvidence": ["Secrets manager access policy", "Secret-scanning results for source repositories"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a64d400d-0f73-4ceb-8610-839f9c898017', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a64d400d-0f73-4ceb-8610-839f9c898017", "code": "AC-13", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Encryption key management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-13", "automatable": true, "description": "Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.", "naJustification": null, "suggestedEvidence": ["Key management service configuration showing rotation", "Key policy restricting use"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('663e0c83-5100-4b93-82b8-4d569947a183', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "663e0c83-5100-4b93-82b8-4d569947a183", "code": "AC-14", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Secure remote access to production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-14", "automatable": true, "description": "Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.", "naJustification": null, "suggestedEvidence": ["Access gateway configuration", "Security group rules showing no public management ports"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('57484df9-ba95-4cf8-9fec-8ea66dbc6273', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "57484df9-ba95-4cf8-9fec-8ea66dbc6273", "code": "AC-15", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Customer application access controls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC6.1", "CC6.3"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AC-15", "automatable": false, "description": "The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.", "naJustification": null, "suggestedEvidence": ["Product documentation of roles and MFA", "Screenshot of customer audit log"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('0736a5fb-0240-4a41-aa3f-066713a919dd', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "0736a5fb-0240-4a41-aa3f-066713a919dd", "code": "AC-16", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Office badge access", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "AC-16", "automatable": false, "description": "Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.", "naJustification": null, "suggestedEvidence": ["Badge issuance approvals", "Badge system export showing deactivation for leavers"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('9e8b8ea2-739f-430a-8161-d3fa85c43200', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "9e8b8ea2-739f-430a-8161-d3fa85c43200", "code": "AC-17", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Physical access review and visitor log", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.4"], "frequency": "quarterly", "ownerRole": "operations", "applicable": true, "templateId": "AC-17", "automatable": false, "description": "The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.", "naJustification": null, "suggestedEvidence": ["Quarterly badge list review sign-off", "Visitor log extract"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('42a6ae02-2bcf-4398-84f3-4ee590766bbd', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "42a6ae02-2bcf-4398-84f3-4ee590766bbd", "code": "AC-18", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Data centre security inherited from cloud provider", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.4", "CC9.2"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "AC-18", "automatable": false, "description": "Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.", "naJustification": null, "suggestedEvidence": ["Cloud provider SOC 2 report for the period", "Review notes covering physical and environmental controls"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a452b5f2-7274-4bb4-9cbb-f78cd49b8ac4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a452b5f2-7274-4bb4-9cbb-f78cd49b8ac4", "code": "OPS-01", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Asset inventory", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC6.1"], "frequency": "quarterly", "ownerRole": "it", "applicable": true, "templateId": "OPS-01", "automatable": true, "description": "Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.", "naJustification": null, "suggestedEvidence": ["Device inventory export from MDM", "Cloud resource inventory with tags for owner"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c2bc86cc-9b51-453d-bd8b-3a9b64ae1fc9', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c2bc86cc-9b51-453d-bd8b-3a9b64ae1fc9", "code": "OPS-02", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vulnerability scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "OPS-02", "automatable": true, "description": "Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.", "naJustification": null, "suggestedEvidence": ["Scanner configuration showing scope and schedule", "Recent scan reports"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a1ebd620-2749-474d-a4cf-f3a29203566b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a1ebd620-2749-474d-a4cf-f3a29203566b", "code": "OPS-03", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Vulnerability remediation within SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-03", "automatable": true, "description": "Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.", "naJustification": null, "suggestedEvidence": ["Population of vulnerabilities with found and fixed dates", "Approved exceptions for findings past their deadline"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('514b45df-b9fd-455a-8b0d-ae755d7c8a89', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "514b45df-b9fd-455a-8b0d-ae755d7c8a89", "code": "OPS-04", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual penetration test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.1"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-04", "automatable": false, "description": "An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.", "naJustification": null, "suggestedEvidence": ["Penetration test report", "Remediation tickets or retest letter for the findings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('60ac2987-1b07-4dad-b2e8-6caab6b71104', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "60ac2987-1b07-4dad-b2e8-6caab6b71104", "code": "OPS-05", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Patch management", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-05", "automatable": true, "description": "Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.", "naJustification": null, "suggestedEvidence": ["Patch compliance report for servers and images", "Auto-update settings for managed services"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('470b026e-64eb-4b1a-87fc-1dfa523ad71f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "470b026e-64eb-4b1a-87fc-1dfa523ad71f", "code": "OPS-06", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Endpoint protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-06", "automatable": true, "description": "Company laptops run anti-malware protection that updates automatically and reports detections to a central console.", "naJustification": null, "suggestedEvidence": ["Endpoint protection console export showing coverage and update status"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('b28322c4-71ba-4c9e-8c6b-090b94e0a8e6', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "b28322c4-71ba-4c9e-8c6b-090b94e0a8e6", "code": "OPS-07", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Device management (MDM)", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7", "CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-07", "automatable": true, "description": "Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.", "naJustification": null, "suggestedEvidence": ["MDM enrolment report for all staff devices", "MDM configuration profile settings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('679117a4-caa5-4ea4-bf17-c8e33727e5b2', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "679117a4-caa5-4ea4-bf17-c8e33727e5b2", "code": "OPS-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Endpoint disk encryption", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-08", "automatable": true, "description": "Full-disk encryption is enforced on every company laptop and verified through device management.", "naJustification": null, "suggestedEvidence": ["MDM report showing disk encryption status for each device"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('7a5111d7-2d5e-4c40-9e62-d068d4b0b2a0', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "7a5111d7-2d5e-4c40-9e62-d068d4b0b2a0", "code": "OPS-09", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Encryption at rest", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-09", "automatable": true, "description": "Production databases, object storage, volumes and backups are encrypted at rest with managed keys.", "naJustification": null, "suggestedEvidence": ["Cloud configuration export showing encryption enabled on each data store"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('bd6c6038-5818-471f-9171-0c42127c46c4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "bd6c6038-5818-471f-9171-0c42127c46c4", "code": "OPS-10", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Encryption in transit", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC6.7"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-10", "automatable": true, "description": "All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.", "naJustification": null, "suggestedEvidence": ["TLS scan result for public endpoints", "Load balancer listener and TLS policy settings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('abcb13c5-2343-427c-97ae-bfe6b42a4fb0', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "abcb13c5-2343-427c-97ae-bfe6b42a4fb0", "code": "OPS-11", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Network segmentation and firewalls", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.1", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-11", "automatable": true, "description": "Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.", "naJustification": null, "suggestedEvidence": ["Network diagram of production", "Security group rules export"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('00a8a4c8-44a3-46ce-906a-225ec61edb2c', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "00a8a4c8-44a3-46ce-906a-225ec61edb2c", "code": "OPS-12", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Firewall rule review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "OPS-12", "automatable": true, "description": "Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.", "naJustification": null, "suggestedEvidence": ["Signed firewall rule review", "Report showing no publicly accessible data stores"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a3f478e0-9412-4f84-b0e9-da1c80faaeaf', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a3f478e0-9412-4f84-b0e9-da1c80faaeaf", "code": "OPS-13", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Intrusion detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.6", "CC7.2"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-13", "automatable": true, "description": "A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.", "naJustification": null, "suggestedEvidence": ["Threat detection service enabled in all regions", "Sample alerts and their triage"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c339958e-069f-423d-b3a6-f4ff39c0c5ef', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c339958e-069f-423d-b3a6-f4ff39c0c5ef", "code": "OPS-14", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Hardened configuration baselines", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-14", "automatable": true, "description": "Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.", "naJustification": null, "suggestedEvidence": ["Infrastructure-as-code repository", "Baseline standard or benchmark in use"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('b6bdd48a-9b6f-40e1-8104-e0c0c7673c69', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "b6bdd48a-9b6f-40e1-8104-e0c0c7673c69", "code": "OPS-15", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Configuration drift detection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "OPS-15", "automatable": true, "description": "Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.", "naJustification": null, "suggestedEvidence": ["Configuration monitoring rules", "Sample drift alerts and their resolution"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('cb43e429-47f8-498a-a5a3-c3fe0403bc6f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "cb43e429-47f8-498a-a5a3-c3fe0403bc6f", "code": "OPS-16", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Software installation restricted", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-16", "automatable": true, "description": "Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.", "naJustification": null, "suggestedEvidence": ["MDM policy restricting admin rights or software sources"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('242a8a8c-2f25-4a6e-9ea9-ee0659f8a920', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "242a8a8c-2f25-4a6e-9ea9-ee0659f8a920", "code": "OPS-17", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Dependency and code scanning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-17", "automatable": true, "description": "Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.", "naJustification": null, "suggestedEvidence": ["CI configuration showing scanning steps", "Sample pull requests with scan results"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('19ee60e2-6d6f-4392-8d8a-336c63bd98a9', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "19ee60e2-6d6f-4392-8d8a-336c63bd98a9", "code": "OPS-18", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Edge protection", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC6.6"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "OPS-18", "automatable": true, "description": "Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.", "naJustification": null, "suggestedEvidence": ["WAF and rate-limiting configuration for public endpoints"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('0c49c2be-c108-4c0e-b681-edfebb0e6f8c', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "0c49c2be-c108-4c0e-b681-edfebb0e6f8c", "code": "OPS-19", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Removable media and data transfer restrictions", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.7"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "OPS-19", "automatable": true, "description": "Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.", "naJustification": null, "suggestedEvidence": ["MDM removable media policy", "Collaboration suite external sharing settings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('14c97260-e074-4363-9e77-b66e1916f087', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "14c97260-e074-4363-9e77-b66e1916f087", "code": "MON-01", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Centralised logging", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-01", "automatable": true, "description": "Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.", "naJustification": null, "suggestedEvidence": ["Log pipeline configuration listing sources", "Retention and immutability settings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('1814a384-e912-4ad4-aa25-9a6713020bde', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "1814a384-e912-4ad4-aa25-9a6713020bde", "code": "MON-02", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Security alerting and on-call triage", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "MON-02", "automatable": true, "description": "Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.", "naJustification": null, "suggestedEvidence": ["List of active alert rules", "On-call schedule", "Sample of triaged alerts"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('8ffefaa5-7ccb-48f5-9033-20edf6e4c786', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "8ffefaa5-7ccb-48f5-9033-20edf6e4c786", "code": "MON-03", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Weekly review of privileged activity", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.3", "CC7.2"], "frequency": "weekly", "ownerRole": "security", "applicable": true, "templateId": "MON-03", "automatable": false, "description": "Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.", "naJustification": null, "suggestedEvidence": ["Weekly review records with reviewer and date", "Follow-up tickets for anomalies"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('0792b564-cb78-4955-a669-08c396fcff3d', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "0792b564-cb78-4955-a669-08c396fcff3d", "code": "MON-04", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Monitoring health checks", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "MON-04", "automatable": true, "description": "The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.", "naJustification": null, "suggestedEvidence": ["Heartbeat or missing-data alert configuration"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('42fef454-fec9-4bff-8b7d-f777e595762b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "42fef454-fec9-4bff-8b7d-f777e595762b", "code": "MON-05", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Continuous control monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC4.2"], "frequency": "daily", "ownerRole": "compliance_owner", "applicable": true, "templateId": "MON-05", "automatable": true, "description": "Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.", "naJustification": null, "suggestedEvidence": ["Control test results history", "Tasks raised from failing tests"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('28d10939-8ce0-4d97-80d1-0143b04668d5', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "28d10939-8ce0-4d97-80d1-0143b04668d5", "code": "CHG-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Change management and SDLC policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.2", "CC5.3", "CC8.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-01", "automatable": false, "description": "A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Approved change management policy"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c967c105-b07e-491d-abdd-372f21771201', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c967c105-b07e-491d-abdd-372f21771201", "code": "CHG-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Peer review before merge", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-02", "automatable": true, "description": "Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.", "naJustification": null, "suggestedEvidence": ["Export of branch protection settings for production repositories", "Population of merged pull requests with reviewers"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('10b1fb45-e6b7-410b-b0bf-0e7ae60aab52', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "10b1fb45-e6b7-410b-b0bf-0e7ae60aab52", "code": "CHG-03", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Automated tests in CI", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-03", "automatable": true, "description": "Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.", "naJustification": null, "suggestedEvidence": ["Required status checks configuration", "CI run history for sampled changes"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('6e86a129-e74c-430c-9ac2-0dfbf13ae8a5', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "6e86a129-e74c-430c-9ac2-0dfbf13ae8a5", "code": "CHG-04", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Separate environments", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC5.1", "CC8.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-04", "automatable": true, "description": "Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.", "naJustification": null, "suggestedEvidence": ["Cloud account structure showing separate environments", "Deployment pipeline stages"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('583c2d7e-da01-4360-83c3-b5667e755f5e', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "583c2d7e-da01-4360-83c3-b5667e755f5e", "code": "CHG-05", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Deployments only through the pipeline", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC6.8", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-05", "automatable": true, "description": "Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.", "naJustification": null, "suggestedEvidence": ["Deployment log for the period", "Permissions showing only the pipeline can deploy"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('972a9a70-ed1c-4de9-9a08-f8962df73b31', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "972a9a70-ed1c-4de9-9a08-f8962df73b31", "code": "CHG-06", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Emergency change procedure", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-06", "automatable": false, "description": "Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.", "naJustification": null, "suggestedEvidence": ["List of emergency changes", "Retroactive review and approval for each one"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('42d29c3c-722c-4aed-bfc5-5cf1b0e8947f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "42d29c3c-722c-4aed-bfc5-5cf1b0e8947f", "code": "CHG-07", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Infrastructure changes as reviewed code", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.1", "CC8.1"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-07", "automatable": true, "description": "Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.", "naJustification": null, "suggestedEvidence": ["Infrastructure repository branch protection", "Sample reviewed infrastructure changes"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('d68b67ed-6428-4ce8-a0dc-9b7bf28d72fe', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "d68b67ed-6428-4ce8-a0dc-9b7bf28d72fe", "code": "CHG-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "No production data outside production", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC8.1", "P4.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-08", "automatable": false, "description": "Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.", "naJustification": null, "suggestedEvidence": ["Test data policy", "Description of the seed or anonymisation process"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('65467b21-6e25-4897-b223-f8a7d46fd403', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "65467b21-6e25-4897-b223-f8a7d46fd403", "code": "CHG-09", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Approved production data changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC8.1", "PI1.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "CHG-09", "automatable": false, "description": "Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.", "naJustification": null, "suggestedEvidence": ["Data change tickets with approval and script output"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c962cba9-8117-4e06-89e6-cfc28f10b5b4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c962cba9-8117-4e06-89e6-cfc28f10b5b4", "code": "CHG-10", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Security review of significant changes", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "CC6.1", "CC8.1"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "CHG-10", "automatable": false, "description": "Major features and architectural changes get a documented security and privacy design review before release.", "naJustification": null, "suggestedEvidence": ["Design review records for significant changes in the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('1abacf60-0a9e-49b7-bf50-74b2f9e13f44', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "1abacf60-0a9e-49b7-bf50-74b2f9e13f44", "code": "INC-01", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Incident response plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-01", "automatable": false, "description": "A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.", "naJustification": null, "suggestedEvidence": ["Approved incident response plan with review date"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('717a91d8-39d9-487e-951f-93c4038df0e8', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "717a91d8-39d9-487e-951f-93c4038df0e8", "code": "INC-02", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Incident triage and tracking", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "CC7.4"], "frequency": "per_event", "ownerRole": "security", "applicable": true, "templateId": "INC-02", "automatable": true, "description": "Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.", "naJustification": null, "suggestedEvidence": ["Full population of incidents for the period", "Incident tickets with timeline and severity"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('454f4cb7-51b4-4b77-8fa8-37fb334389c5', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "454f4cb7-51b4-4b77-8fa8-37fb334389c5", "code": "INC-03", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual tabletop exercise", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.4", "CC7.5"], "frequency": "annual", "ownerRole": "security", "applicable": true, "templateId": "INC-03", "automatable": false, "description": "The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.", "naJustification": null, "suggestedEvidence": ["Tabletop exercise report with attendees and lessons learned", "Resulting plan updates"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('e3ffc488-1b57-4c41-b0ed-6514746fe0d4', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "e3ffc488-1b57-4c41-b0ed-6514746fe0d4", "code": "INC-04", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Post-incident reviews", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.2", "CC7.4", "CC7.5"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "INC-04", "automatable": false, "description": "Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.", "naJustification": null, "suggestedEvidence": ["Post-mortem documents for significant incidents", "Follow-up action tickets"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('74e4cf6f-e220-4d42-adf0-432cf396dd89', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "74e4cf6f-e220-4d42-adf0-432cf396dd89", "code": "INC-05", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Customer and regulator notification", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4", "P6.6"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "INC-05", "automatable": false, "description": "When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.", "naJustification": null, "suggestedEvidence": ["Notification procedure and templates", "Copies of notices sent in the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c49fb793-088c-4c0d-8f9d-857bc617ad1c', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c49fb793-088c-4c0d-8f9d-857bc617ad1c", "code": "INC-06", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Status page communication", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "CC7.4"], "frequency": "per_event", "ownerRole": "operations", "applicable": true, "templateId": "INC-06", "automatable": true, "description": "Service disruptions and their resolution are posted on a public status page that customers can subscribe to.", "naJustification": null, "suggestedEvidence": ["Status page incident history"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('89149a9e-54e3-49de-b951-7c6ad913658c', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "89149a9e-54e3-49de-b951-7c6ad913658c", "code": "INC-07", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Personal data impact assessment", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC7.3", "P6.3"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "INC-07", "automatable": false, "description": "For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.", "naJustification": null, "suggestedEvidence": ["Privacy impact section completed in each incident record"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('2614dbd4-e235-4896-b0c9-cdfc04c84d82', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "2614dbd4-e235-4896-b0c9-cdfc04c84d82", "code": "INC-08", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Quarterly incident trend review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "CC7.4"], "frequency": "quarterly", "ownerRole": "security", "applicable": true, "templateId": "INC-08", "automatable": false, "description": "Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.", "naJustification": null, "suggestedEvidence": ["Quarterly incident review notes with agreed actions"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('940907f6-e670-4232-bb46-cbe24c0b181a', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "940907f6-e670-4232-bb46-cbe24c0b181a", "code": "INC-09", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Staff incident reporting", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.2", "CC7.3"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "INC-09", "automatable": false, "description": "Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.", "naJustification": null, "suggestedEvidence": ["Internal page describing how to report", "Sample reports received from staff"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a05905ba-5e5e-4800-99d9-f34f411291d9', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a05905ba-5e5e-4800-99d9-f34f411291d9", "code": "BCP-01", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Business continuity and disaster recovery plan", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-01", "automatable": false, "description": "A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.", "naJustification": null, "suggestedEvidence": ["Approved BC/DR plan with recovery objectives and review date"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c4e32fec-a9be-4c5b-9b94-96a868b52b5b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c4e32fec-a9be-4c5b-9b94-96a868b52b5b", "code": "BCP-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Business impact analysis", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.2", "CC9.1"], "frequency": "annual", "ownerRole": "operations", "applicable": true, "templateId": "BCP-02", "automatable": false, "description": "Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.", "naJustification": null, "suggestedEvidence": ["Business impact analysis document"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('ea0a2a26-ff13-4d2d-b706-b9a8dac6294e', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "ea0a2a26-ff13-4d2d-b706-b9a8dac6294e", "code": "BCP-03", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual disaster recovery test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.3", "CC7.5", "CC9.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-03", "automatable": false, "description": "Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.", "naJustification": null, "suggestedEvidence": ["DR test report with timings compared to objectives", "Plan updates made after the test"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c905471d-a0d5-4fb9-b30b-5137300d4523', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c905471d-a0d5-4fb9-b30b-5137300d4523", "code": "BCP-04", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Automated backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "PI1.5"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-04", "automatable": true, "description": "Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.", "naJustification": null, "suggestedEvidence": ["Backup policy or configuration with schedule and retention", "Recent backup job history"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('878ccfe0-0b9c-42aa-a265-47ca754d9487', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "878ccfe0-0b9c-42aa-a265-47ca754d9487", "code": "BCP-05", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Isolated and encrypted backups", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-05", "automatable": true, "description": "Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.", "naJustification": null, "suggestedEvidence": ["Cross-region or cross-account backup configuration", "Backup encryption settings"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('3dbe429b-c612-4724-bc57-11cc55ddf7c2', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "3dbe429b-c612-4724-bc57-11cc55ddf7c2", "code": "BCP-06", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Backup failure monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2"], "frequency": "daily", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-06", "automatable": true, "description": "Failed or missed backup jobs raise an alert that is investigated and resolved the same day.", "naJustification": null, "suggestedEvidence": ["Backup alert configuration", "Tickets for backup failures in the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('e1ce8197-7b3b-44eb-a732-80c445293f7b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "e1ce8197-7b3b-44eb-a732-80c445293f7b", "code": "BCP-07", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Backup restore test", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "A1.3"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-07", "automatable": true, "description": "A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.", "naJustification": null, "suggestedEvidence": ["Restore test record with date, dataset, duration and validation result"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('adaf8e1b-c6f8-434f-b1e2-bb9bb1ab9dc1', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "adaf8e1b-c6f8-434f-b1e2-bb9bb1ab9dc1", "code": "BCP-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Redundant production architecture", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.2", "CC9.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "BCP-08", "automatable": true, "description": "Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.", "naJustification": null, "suggestedEvidence": ["Infrastructure configuration showing multi-zone deployment"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('12fc1574-1ba9-4c2b-98b9-5855d5e0b15f', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "12fc1574-1ba9-4c2b-98b9-5855d5e0b15f", "code": "AV-01", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Capacity monitoring and alerts", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-01", "automatable": true, "description": "Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.", "naJustification": null, "suggestedEvidence": ["Capacity dashboards", "Alert rules with thresholds"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('0fd59a51-8e3a-4d33-b42a-b69dc1fb266d', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "0fd59a51-8e3a-4d33-b42a-b69dc1fb266d", "code": "AV-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Quarterly capacity planning", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "quarterly", "ownerRole": "engineering", "applicable": true, "templateId": "AV-02", "automatable": false, "description": "Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.", "naJustification": null, "suggestedEvidence": ["Capacity review notes with forecasts and decisions"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('227c2303-7218-425b-a898-d289c3ea0a15', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "227c2303-7218-425b-a898-d289c3ea0a15", "code": "AV-03", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Automatic scaling", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1"], "frequency": "continuous", "ownerRole": "engineering", "applicable": true, "templateId": "AV-03", "automatable": true, "description": "Stateless services scale automatically with load within defined limits.", "naJustification": null, "suggestedEvidence": ["Autoscaling configuration for production services"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c01b327a-d4d7-4210-95a7-ab26e954add6', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c01b327a-d4d7-4210-95a7-ab26e954add6", "code": "AV-04", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Uptime monitoring", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC7.2"], "frequency": "continuous", "ownerRole": "operations", "applicable": true, "templateId": "AV-04", "automatable": true, "description": "External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.", "naJustification": null, "suggestedEvidence": ["Uptime monitor configuration", "Uptime history for the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('3df66ec5-32ea-4006-a9a9-b4f099c7c272', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "3df66ec5-32ea-4006-a9a9-b4f099c7c272", "code": "AV-05", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Availability reporting against SLA", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["A1.1", "CC2.3"], "frequency": "monthly", "ownerRole": "operations", "applicable": true, "templateId": "AV-05", "automatable": true, "description": "Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.", "naJustification": null, "suggestedEvidence": ["Monthly availability report", "Record of SLA breaches and credits"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('694cd780-060e-48e7-b366-aedd20521ea8', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "694cd780-060e-48e7-b366-aedd20521ea8", "code": "DATA-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Data classification policy", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "compliance_owner", "applicable": true, "templateId": "DATA-01", "automatable": false, "description": "A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.", "naJustification": null, "suggestedEvidence": ["Approved data classification and handling policy"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('9a50260b-e148-4bfa-84ec-28f31cf12e59', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "9a50260b-e148-4bfa-84ec-28f31cf12e59", "code": "DATA-02", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Inventory of confidential data stores", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-02", "automatable": true, "description": "Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.", "naJustification": null, "suggestedEvidence": ["Data inventory with classification, location and owner for each store"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('327869e6-4ec3-4c4a-ba0a-412de577d263', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "327869e6-4ec3-4c4a-ba0a-412de577d263", "code": "DATA-03", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Data retention schedule", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "C1.2", "P4.2"], "frequency": "annual", "ownerRole": "legal", "applicable": true, "templateId": "DATA-03", "automatable": false, "description": "Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.", "naJustification": null, "suggestedEvidence": ["Approved retention schedule"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('ce6e6cde-73c3-4a1a-827c-f2159191ab7b', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "ce6e6cde-73c3-4a1a-827c-f2159191ab7b", "code": "DATA-04", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Automated retention enforcement", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.2", "P4.3"], "frequency": "monthly", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-04", "automatable": true, "description": "Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.", "naJustification": null, "suggestedEvidence": ["Lifecycle rule or purge job configuration", "Run logs showing records deleted"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('38719180-f16b-4578-bd75-3ccc623ffe9c', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "38719180-f16b-4578-bd75-3ccc623ffe9c", "code": "DATA-05", "kind": "corrective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Customer data deletion at contract end", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "P4.3"], "frequency": "per_event", "ownerRole": "engineering", "applicable": true, "templateId": "DATA-05", "automatable": true, "description": "When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.", "naJustification": null, "suggestedEvidence": ["Deletion request tickets with completion dates", "Deletion confirmation sent to customer"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('9b4452bd-3a47-4cd0-b6fc-15edeacfb64d', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "9b4452bd-3a47-4cd0-b6fc-15edeacfb64d", "code": "DATA-06", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Secure disposal of devices and media", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.2", "CC6.5"], "frequency": "per_event", "ownerRole": "it", "applicable": true, "templateId": "DATA-06", "automatable": false, "description": "Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.", "naJustification": null, "suggestedEvidence": ["Disposal log linked to asset inventory", "Certificates of destruction from the vendor"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('4ae73d14-58cc-42f1-ae3e-d2eca21c7be0', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "4ae73d14-58cc-42f1-ae3e-d2eca21c7be0", "code": "DATA-07", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Non-disclosure agreements", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC2.3"], "frequency": "per_event", "ownerRole": "legal", "applicable": true, "templateId": "DATA-07", "automatable": false, "description": "Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.", "naJustification": null, "suggestedEvidence": ["NDA template", "Register of signed NDAs"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('c3465c46-9108-444b-bfc8-fa320f80dbfb', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "c3465c46-9108-444b-bfc8-fa320f80dbfb", "code": "DATA-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Restricted access to customer data", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["C1.1", "CC6.3", "P4.1"], "frequency": "continuous", "ownerRole": "security", "applicable": true, "templateId": "DATA-08", "automatable": true, "description": "Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.", "naJustification": null, "suggestedEvidence": ["Support access tooling configuration", "Access log sample tied to tickets"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('a7da0b49-eb3b-4846-b446-e941482f5821', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "a7da0b49-eb3b-4846-b446-e941482f5821", "code": "PI-02", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Customer-facing processing documentation", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "PI1.1"], "frequency": "annual", "ownerRole": "engineering", "applicable": true, "templateId": "PI-02", "automatable": false, "description": "Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.", "naJustification": null, "suggestedEvidence": ["Public API or product documentation pages with review date"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('35f55502-0ba3-43b5-969c-d1b85b5feb2d', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "35f55502-0ba3-43b5-969c-d1b85b5feb2d", "code": "PRIV-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Published privacy notice", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC2.3", "P1.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-01", "automatable": false, "description": "A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.", "naJustification": null, "suggestedEvidence": ["Current privacy notice with last-reviewed date", "Annual review record"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('6dd6306f-27e8-4569-8a3d-f0f8d7fe99d6', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "6dd6306f-27e8-4569-8a3d-f0f8d7fe99d6", "code": "PRIV-08", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Privacy review of new uses", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC3.4", "P2.1", "P4.1"], "frequency": "per_event", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-08", "automatable": false, "description": "New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.", "naJustification": null, "suggestedEvidence": ["Completed privacy impact assessments for new features in the period"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('82724dd1-d6e6-4dc2-9ef3-881411375510', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "82724dd1-d6e6-4dc2-9ef3-881411375510", "code": "PRIV-16", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Privacy training", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC1.4", "CC2.2", "P4.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-16", "automatable": true, "description": "Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.", "naJustification": null, "suggestedEvidence": ["Privacy training completion report"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('37183f65-e7fe-4efd-b045-4bc8267e62cc', 1, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "37183f65-e7fe-4efd-b045-4bc8267e62cc", "code": "PRIV-19", "kind": "detective", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Annual privacy compliance review", "status": "not_started", "ownerId": null, "version": 1, "criteria": ["CC4.1", "P8.1"], "frequency": "annual", "ownerRole": "privacy_officer", "applicable": true, "templateId": "PRIV-19", "automatable": false, "description": "Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.", "naJustification": null, "suggestedEvidence": ["Privacy compliance review report", "Remediation plan for gaps found"]}', '{adopted}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.control_versions VALUES ('3654d7e6-8a5d-448c-bb94-423b47a3134f', 2, 'a023969d-e93d-45ac-9f75-b005e7b3d06f', '{"id": "3654d7e6-8a5d-448c-bb94-423b47a3134f", "code": "AC-01", "kind": "preventive", "notes": "", "orgId": "a023969d-e93d-45ac-9f75-b005e7b3d06f", "title": "Single sign-on for workforce applications", "status": "implemented", "ownerId": null, "version": 2, "criteria": ["CC6.1", "CC6.2"], "frequency": "continuous", "ownerRole": "it", "applicable": true, "templateId": "AC-01", "automatable": true, "description": "Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.", "naJustification": null, "suggestedEvidence": ["Identity provider application list showing SSO enforcement for in-scope systems"]}', '{status}', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test (token fill script)', '2026-12-06 05:33:47.739185+00');


--
-- Data for Name: controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.controls VALUES ('79eefa1d-0b20-425d-8d5b-912452c02bcc', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-01', 'GOV-01', 'Code of conduct', 'A code of conduct describing expected ethical behaviour is approved by leadership, reviewed every year and made available to all staff and contractors.', NULL, 'leadership', 'annual', 'preventive', false, '{"Current code of conduct with approval date","Version history showing the annual review"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('d46f0503-89be-4ef4-91d6-3d61504a0fda', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-02', 'GOV-02', 'Board oversight of security', 'The board or an oversight body independent of day-to-day management meets at least quarterly and reviews security posture, risks, incidents and audit results.', NULL, 'leadership', 'quarterly', 'detective', false, '{"Meeting minutes showing security and compliance agenda items","Security report or slides presented to the board"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('3e5cb8d2-3749-4839-aa9c-34ef19cb509a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-03', 'GOV-03', 'Oversight charter and independence', 'A charter sets out the oversight body’s responsibilities for internal control, and its membership is reviewed each year for independence and relevant expertise, including security.', NULL, 'leadership', 'annual', 'preventive', false, '{"Board or advisory charter","Member list noting independence and areas of expertise"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c06ad7b7-5c6f-442c-8344-615cb84e7db4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-04', 'GOV-04', 'Organisation chart', 'An organisation chart showing reporting lines is kept current and reviewed at least annually by management.', NULL, 'hr', 'annual', 'preventive', true, '{"Organisation chart export from the HR system with its review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('eb51696a-56c7-4728-ae25-38543b30f971', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-05', 'GOV-05', 'Security and privacy roles assigned', 'Named people are accountable for the security programme, privacy and compliance, and their responsibilities are written down in policy or job descriptions.', NULL, 'leadership', 'annual', 'preventive', false, '{"Information security policy section naming role owners","Job descriptions for the security and compliance leads"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('5767df63-bf6e-4c38-9187-00975196ebfa', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-06', 'GOV-06', 'Annual policy review and approval', 'The information security policy set is reviewed, updated where needed and approved by management every year, then published where staff can find it.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy list with owner, version and approval date","Approval record signed by management for the current year"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('38ee1fb1-4754-42a3-8a5f-f1ed101f0980', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-07', 'GOV-07', 'Policy exception handling', 'Requests to deviate from a policy are documented with a business reason, risk-assessed, approved by the policy owner and given an expiry date.', NULL, 'compliance_owner', 'per_event', 'corrective', false, '{"Exception register with approver, rationale and expiry for each entry"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a39b016e-51f8-4b9e-a698-fae1b0bf0459', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-08', 'GOV-08', 'Confidential reporting channel', 'Staff and contractors can report ethical concerns or suspected wrongdoing anonymously, outside the normal management chain, without fear of retaliation.', NULL, 'legal', 'continuous', 'detective', false, '{"Whistleblower policy describing the channel and non-retaliation","Screenshot of the anonymous reporting form or hotline details"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('369a7675-fc2e-4886-87f8-3dd8aaad4cb2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-09', 'GOV-09', 'Annual internal control assessment', 'Once a year someone independent of the control owners tests a sample of controls and reports findings to management.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Internal audit or self-assessment report","Management sign-off on the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('7867c028-a664-4d99-a53a-3dae4ff45180', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-10', 'GOV-10', 'Deficiency tracking', 'Control failures and audit findings are logged with an owner and due date, and tracked to closure with escalation when they run late.', NULL, 'compliance_owner', 'per_event', 'corrective', true, '{"Findings register showing owner, due date and status","Closed remediation tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('bc172117-2bb0-49c8-8b28-05445657ee9b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-11', 'GOV-11', 'Control matrix maintained', 'A matrix linking each risk and criterion to the controls that address it is kept up to date and reviewed each year so gaps are found.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Control matrix export mapping controls to criteria and risks"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('41dd963c-33be-469b-b56f-d51795fd196e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-12', 'GOV-12', 'System description maintained', 'A description of the system’s services, boundaries, components and data flows is kept current and shared with staff and, on request, with customers.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Current system description with review date","Architecture and data flow diagrams"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('24de8731-8cc1-498c-ae98-3f1b3f0fd55f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-13', 'GOV-13', 'Customer commitments published', 'Security, availability and confidentiality commitments and the customer’s own responsibilities are set out in the terms of service, service level agreement or a trust page.', NULL, 'legal', 'annual', 'preventive', false, '{"Terms of service and SLA showing security commitments","Documented customer responsibilities (complementary user entity controls)"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a3c74c52-c15f-4db1-ba7c-99225fe53961', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-14', 'GOV-14', 'External security contact', 'Customers and researchers can report security issues through a published contact or disclosure policy, and reports are triaged promptly.', NULL, 'security', 'continuous', 'detective', false, '{"Published security.txt or vulnerability disclosure page","Sample of triaged external reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('8f5a2e4b-ad77-4f91-8c04-9d77ee9fed65', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'GOV-15', 'GOV-15', 'Management compliance review', 'Management meets quarterly to review control health, open findings, risk changes and upcoming audit work, and records the decisions taken.', NULL, 'compliance_owner', 'quarterly', 'detective', false, '{"Quarterly meeting notes with actions","Control status dashboard snapshot"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('8f36e580-3a4a-4365-a690-b792e1d37391', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-01', 'RISK-01', 'Annual risk assessment', 'Every year the organisation identifies threats to its objectives and assets, rates likelihood and impact, and records each risk with an owner in a risk register approved by leadership.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Risk register with likelihood, impact, owner and treatment","Leadership approval of the completed assessment"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('abf443fa-0965-4d13-83c3-8ed4c57d2e1f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-02', 'RISK-02', 'Fraud risk assessment', 'As part of the annual risk work, the organisation considers how fraud could occur, including misuse of access and manipulation of data, and what would prevent or reveal it.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Fraud risk section of the risk assessment with scenarios and mitigating controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('4a621df2-30a0-4bc2-83d6-dbc065e4b9a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-03', 'RISK-03', 'Risk treatment plan', 'Risks above the agreed tolerance get a treatment plan with actions, owners and target dates, and accepted risks are signed off by leadership.', NULL, 'compliance_owner', 'annual', 'corrective', false, '{"Treatment plan with status of each action","Signed risk acceptances"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('7d611632-c091-400e-a085-ee86d4826411', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-04', 'RISK-04', 'Objectives and risk tolerance', 'Leadership documents the security, availability and compliance objectives the programme supports, along with the level of risk it is willing to accept.', NULL, 'leadership', 'annual', 'preventive', false, '{"Documented objectives and risk appetite statement approved by leadership"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('f3b6a33a-989b-412b-85dd-4f2a46a43a7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-05', 'RISK-05', 'Legal and regulatory requirements register', 'Laws, regulations and contractual obligations that apply to the service are listed with owners and reviewed each year.', NULL, 'legal', 'annual', 'preventive', false, '{"Requirements register with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('dae72f81-c784-4240-a094-5e53913dd310', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-06', 'RISK-06', 'Significant change risk review', 'Before major changes such as acquisitions, new products, new regions or new critical vendors, the effect on risks and controls is assessed and recorded.', NULL, 'compliance_owner', 'per_event', 'preventive', false, '{"Change risk assessment record for each significant change"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('3f327169-fd21-4156-bef4-fc263f0949fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-07', 'RISK-07', 'Threat intelligence monitoring', 'The security team follows advisories and threat feeds relevant to the technology stack and feeds new threats into the risk register and patching priorities.', NULL, 'security', 'continuous', 'detective', true, '{"Subscribed advisory sources","Risk register entries or tickets raised from advisories"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('6bff8d99-0e14-4707-b6f0-12225324137e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'RISK-08', 'RISK-08', 'Insurance coverage', 'Cyber and general liability insurance is held at a level leadership considers adequate and is reviewed at each renewal.', NULL, 'leadership', 'annual', 'corrective', false, '{"Current certificate of insurance showing cyber coverage"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('f3010ffb-794d-4b4f-b4f6-86e374e128c5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-01', 'HR-01', 'Background checks', 'New employees and contractors with system access pass a background check appropriate to their role and local law before they start.', NULL, 'hr', 'per_event', 'preventive', true, '{"Background check completion report for each sampled hire","List of hires for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('15b481b7-9deb-49e0-8eff-0e6b6a2828e4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-02', 'HR-02', 'Job descriptions', 'Each role has a written description of its responsibilities and required skills, including any security duties.', NULL, 'hr', 'annual', 'preventive', false, '{"Job descriptions for sampled roles, including security responsibilities"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a17c75ee-f370-4acd-b649-887dcbdebefd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-03', 'HR-03', 'Onboarding checklist', 'New starters complete a checklist covering contract signature, policy acceptance, security training and role-based access requests within their first 30 days.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed onboarding checklist for each sampled hire"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('89cee514-eedd-4349-85cd-75dfafcff574', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-04', 'HR-04', 'Security awareness training', 'Everyone with system access completes security awareness training when they join and again every year, covering phishing, data handling and incident reporting.', NULL, 'security', 'annual', 'preventive', true, '{"Training completion report with dates for all staff","Copy or outline of the training content"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('20c4a234-01dc-4d99-8667-899dd1bdb402', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-05', 'HR-05', 'Policy acknowledgement', 'Staff and contractors confirm they have read and accept the security policies and code of conduct at hire and again each year.', NULL, 'compliance_owner', 'annual', 'preventive', true, '{"Policy acceptance records with names, policy versions and dates"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('07d39986-750d-41f0-b397-e43d56841608', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-06', 'HR-06', 'Performance reviews', 'Managers formally review each employee’s performance, including adherence to security and conduct expectations, at least once a year.', NULL, 'hr', 'annual', 'detective', false, '{"Completion report of the latest review cycle","Sample of completed review forms"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('34d30c07-27b6-4f48-974d-e71ea767a538', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-07', 'HR-07', 'Disciplinary process', 'A documented sanctions process is applied when staff breach policies or the code of conduct, proportionate to the severity of the breach.', NULL, 'hr', 'per_event', 'corrective', false, '{"Disciplinary policy","Log of policy violations and actions taken (redacted)"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('304e4b9a-7c19-460e-8298-9b0e638cfa1b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-08', 'HR-08', 'Offboarding checklist', 'When someone leaves, a checklist covers the return of devices and badges, removal of access and a reminder of continuing confidentiality obligations.', NULL, 'hr', 'per_event', 'preventive', true, '{"Completed offboarding checklist for each sampled leaver","List of leavers for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c0b8381b-41b5-4bbd-95ac-653ec3ab3458', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-09', 'HR-09', 'Confidentiality agreements', 'Employees and contractors sign a confidentiality agreement before they are given access to systems or confidential information.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed confidentiality agreement for each sampled hire or contractor"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('6372ef54-2bd6-4b33-a143-318e91aba808', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-10', 'HR-10', 'Role-specific security training', 'Engineers complete secure development training each year, and other roles with elevated access receive training matched to their risks.', NULL, 'engineering', 'annual', 'preventive', true, '{"Completion records for secure coding training","Training syllabus"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('f9bc1ec9-9c78-46c8-98ca-aaad3a5dab3f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-11', 'HR-11', 'Succession planning', 'Backups are identified for roles critical to operations and internal control, and key knowledge is documented so absences do not halt controls.', NULL, 'leadership', 'annual', 'preventive', false, '{"Succession plan listing critical roles and their designated backups"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('e5c28088-f01c-4bf7-8774-4bc46b91e76d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'HR-12', 'HR-12', 'Contractor security terms', 'Agreements with individual contractors and staffing agencies require them to follow the same security policies and conduct standards as employees.', NULL, 'legal', 'per_event', 'preventive', false, '{"Contractor agreement template with security clauses","Signed agreements for samples"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('cf9d9569-e875-4156-adcb-f763e806fb40', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'VEN-01', 'VEN-01', 'Vendor inventory', 'All vendors that touch the system or its data are listed with their service, data access, criticality and an internal owner, and the list is reviewed quarterly.', NULL, 'compliance_owner', 'quarterly', 'detective', true, '{"Vendor register export with criticality, data access and owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('559f6a75-5a9f-42c1-9993-12ed804fc04b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'VEN-02', 'VEN-02', 'Vendor due diligence at onboarding', 'Before a new vendor gets access to systems or data, its security posture is assessed through a questionnaire or its assurance reports and the result is approved.', NULL, 'security', 'per_event', 'preventive', false, '{"Completed vendor security assessment","Approval record for each new vendor sampled"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('cb43e429-47f8-498a-a5a3-c3fe0403bc6f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-16', 'OPS-16', 'Software installation restricted', 'Staff cannot install unapproved software or run with local administrator rights on company devices without an approved exception.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM policy restricting admin rights or software sources"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('54dafea9-ab3e-4028-ac95-c4de00208d4e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'VEN-03', 'VEN-03', 'Annual review of critical vendors', 'Each year the latest SOC report or equivalent for every critical vendor is reviewed for scope, exceptions and the customer controls it expects, which are mapped to internal controls.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Vendor SOC report review notes covering exceptions and bridge letters","Mapping of vendor-expected customer controls to internal controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('9688d791-9a64-4a1d-b4a1-81371d5b520f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'VEN-04', 'VEN-04', 'Vendor contract security terms', 'Contracts with vendors that handle confidential or personal data include security, confidentiality, breach notification and data return or deletion clauses.', NULL, 'legal', 'per_event', 'preventive', false, '{"Signed contract or data processing agreement for each sampled vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('e41a576e-4ed3-4fd9-85c9-24463ec668a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'VEN-05', 'VEN-05', 'Vendor offboarding', 'When a vendor relationship ends, its access is removed and deletion or return of data is confirmed in writing.', NULL, 'it', 'per_event', 'corrective', false, '{"Vendor offboarding ticket","Written confirmation of data deletion from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('06222b84-6359-4962-acb5-3fbf0734f7d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'VEN-07', 'VEN-07', 'Vendor incident intake', 'Notices of security or privacy incidents received from vendors are logged and handled through the incident response process until resolved.', NULL, 'security', 'per_event', 'corrective', false, '{"Incident tickets opened from vendor notifications","Vendor notification correspondence"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('5c610623-f181-4179-ba5f-15418652ac97', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-02', 'AC-02', 'Multi-factor authentication', 'A second factor is required for the identity provider, cloud consoles, source control and any remote access to production.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider MFA policy settings","User list showing MFA enrolment status for all accounts"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('4790ae92-ab25-40a1-a5bc-abddf1df37f6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-03', 'AC-03', 'Access provisioning by approved request', 'New or changed access to in-scope systems is granted only after a ticketed request approved by the system owner or manager.', NULL, 'it', 'per_event', 'preventive', true, '{"Access request tickets with approvals for sampled grants","Population of access grants"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('4835684c-1de8-464a-a458-eeda8563a334', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-04', 'AC-04', 'Role-based least privilege', 'Permissions are assigned through defined roles that give each job only the access it needs, and incompatible duties are kept in separate roles.', NULL, 'security', 'continuous', 'preventive', false, '{"Role and permission matrix for production systems","Group membership export"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('f0932130-4178-4aac-b4e9-d7f589ed5fa4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-05', 'AC-05', 'Quarterly user access review', 'Every quarter, system owners review who has access to each in-scope system and confirm or remove it, with changes tracked to completion.', NULL, 'security', 'quarterly', 'detective', true, '{"Signed-off access review for each in-scope system","Tickets for access removed as a result of the review"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('ce3c4c3a-c206-48b4-ba3e-390ea7c7a05b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-06', 'AC-06', 'Access revoked within 24 hours of termination', 'When employment or a contract ends, all system access is disabled within 24 hours, starting with the identity provider account.', NULL, 'it', 'per_event', 'preventive', true, '{"List of leavers with termination dates from the HR system","Identity provider deactivation timestamps for sampled leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('6fde680b-fca5-4231-97d3-f104970eeaaf', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-07', 'AC-07', 'Access adjusted on role change', 'When someone moves to a new role, access that the new role does not need is removed and new access is requested through the normal approval path.', NULL, 'it', 'per_event', 'preventive', false, '{"Transfer tickets showing removed and added access for sampled role changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('8f58f466-6749-43b9-b908-522e94ff0eb1', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-08', 'AC-08', 'Privileged access restricted', 'Administrative access to production infrastructure and databases is limited to a small approved group, uses separate or just-in-time credentials, and is logged.', NULL, 'security', 'continuous', 'preventive', true, '{"List of users holding administrative roles in the cloud account","Configuration of just-in-time or break-glass access"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('984d3a30-9945-47d3-9a1b-95da46ca45d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-09', 'AC-09', 'Monthly privileged access review', 'Holders of administrative and production access are reviewed monthly, and unused or unjustified privileges are removed.', NULL, 'security', 'monthly', 'detective', true, '{"Monthly privileged access review sign-off","Tickets for privileges removed"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('2397fd6d-fc37-4448-8b42-14c99319d26a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-10', 'AC-10', 'Password and session policy', 'The identity provider and customer-facing application enforce minimum password length, breached password checks, lockout after failed attempts and session timeouts.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider password policy settings","Application authentication configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('b255f568-d5af-48cf-bdf0-08b0c960578d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-11', 'AC-11', 'Unique accounts and owned service accounts', 'Every person uses an individual account; shared and service accounts are inventoried, each with a named owner, and reviewed quarterly.', NULL, 'it', 'quarterly', 'detective', true, '{"Service account inventory with owners and last review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('24089499-e163-4140-aa9c-f7208c366b0b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-12', 'AC-12', 'Secrets management', 'Application secrets and infrastructure credentials live in a managed secrets store rather than in code, with restricted access and rotation after exposure or staff departure.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Secrets manager access policy","Secret-scanning results for source repositories"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a64d400d-0f73-4ceb-8610-839f9c898017', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-13', 'AC-13', 'Encryption key management', 'Encryption keys are held in a managed key service, access to them is restricted, and rotation follows a defined schedule.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Key management service configuration showing rotation","Key policy restricting use"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('663e0c83-5100-4b93-82b8-4d569947a183', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-14', 'AC-14', 'Secure remote access to production', 'Engineers reach production only through an authenticated access gateway or bastion; direct public access to management ports is blocked.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Access gateway configuration","Security group rules showing no public management ports"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('57484df9-ba95-4cf8-9fec-8ea66dbc6273', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-15', 'AC-15', 'Customer application access controls', 'The product offers customers role-based permissions, optional MFA or SSO, and an audit trail of user actions so they can manage their own users.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Product documentation of roles and MFA","Screenshot of customer audit log"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('0736a5fb-0240-4a41-aa3f-066713a919dd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-16', 'AC-16', 'Office badge access', 'Entry to offices requires an individual badge issued on manager approval, and badges are disabled on the day a person leaves.', NULL, 'operations', 'per_event', 'preventive', false, '{"Badge issuance approvals","Badge system export showing deactivation for leavers"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('9e8b8ea2-739f-430a-8161-d3fa85c43200', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-17', 'AC-17', 'Physical access review and visitor log', 'The list of active office badges is reviewed quarterly, and visitors sign in and are escorted in non-public areas.', NULL, 'operations', 'quarterly', 'detective', false, '{"Quarterly badge list review sign-off","Visitor log extract"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('42a6ae02-2bcf-4398-84f3-4ee590766bbd', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-18', 'AC-18', 'Data centre security inherited from cloud provider', 'Physical and environmental protection of production hardware is provided by the cloud provider, whose SOC report is reviewed each year to confirm those controls operated.', NULL, 'compliance_owner', 'annual', 'detective', false, '{"Cloud provider SOC 2 report for the period","Review notes covering physical and environmental controls"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a452b5f2-7274-4bb4-9cbb-f78cd49b8ac4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-01', 'OPS-01', 'Asset inventory', 'Laptops, cloud resources and production services are tracked in an inventory with owners, and the inventory is reconciled quarterly against what is actually running.', NULL, 'it', 'quarterly', 'detective', true, '{"Device inventory export from MDM","Cloud resource inventory with tags for owner"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c2bc86cc-9b51-453d-bd8b-3a9b64ae1fc9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-02', 'OPS-02', 'Vulnerability scanning', 'Production hosts, container images and dependencies are scanned for known vulnerabilities at least weekly, and results are routed to the owning team.', NULL, 'security', 'weekly', 'detective', true, '{"Scanner configuration showing scope and schedule","Recent scan reports"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a1ebd620-2749-474d-a4cf-f3a29203566b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-03', 'OPS-03', 'Vulnerability remediation within SLA', 'Findings are fixed within deadlines set by severity (for example 7 days critical, 30 days high), and exceptions are risk-accepted by the security lead.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Population of vulnerabilities with found and fixed dates","Approved exceptions for findings past their deadline"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('514b45df-b9fd-455a-8b0d-ae755d7c8a89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-04', 'OPS-04', 'Annual penetration test', 'An independent firm tests the application and external infrastructure every year, and findings are tracked to remediation.', NULL, 'security', 'annual', 'detective', false, '{"Penetration test report","Remediation tickets or retest letter for the findings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('60ac2987-1b07-4dad-b2e8-6caab6b71104', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-05', 'OPS-05', 'Patch management', 'Operating systems, base images and managed services are kept on supported versions, with security patches applied monthly or sooner for critical issues.', NULL, 'engineering', 'monthly', 'preventive', true, '{"Patch compliance report for servers and images","Auto-update settings for managed services"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('470b026e-64eb-4b1a-87fc-1dfa523ad71f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-06', 'OPS-06', 'Endpoint protection', 'Company laptops run anti-malware protection that updates automatically and reports detections to a central console.', NULL, 'it', 'continuous', 'preventive', true, '{"Endpoint protection console export showing coverage and update status"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('b28322c4-71ba-4c9e-8c6b-090b94e0a8e6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-07', 'OPS-07', 'Device management (MDM)', 'Company laptops are enrolled in device management that enforces screen lock, OS updates, firewall and the ability to wipe a lost device remotely.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM enrolment report for all staff devices","MDM configuration profile settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('679117a4-caa5-4ea4-bf17-c8e33727e5b2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-08', 'OPS-08', 'Endpoint disk encryption', 'Full-disk encryption is enforced on every company laptop and verified through device management.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM report showing disk encryption status for each device"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('7a5111d7-2d5e-4c40-9e62-d068d4b0b2a0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-09', 'OPS-09', 'Encryption at rest', 'Production databases, object storage, volumes and backups are encrypted at rest with managed keys.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud configuration export showing encryption enabled on each data store"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('bd6c6038-5818-471f-9171-0c42127c46c4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-10', 'OPS-10', 'Encryption in transit', 'All external connections use TLS 1.2 or later, plain HTTP is redirected, and internal service traffic crossing untrusted networks is encrypted.', NULL, 'engineering', 'continuous', 'preventive', true, '{"TLS scan result for public endpoints","Load balancer listener and TLS policy settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('abcb13c5-2343-427c-97ae-bfe6b42a4fb0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-11', 'OPS-11', 'Network segmentation and firewalls', 'Production runs in private networks separated from other environments, and firewall or security group rules deny inbound traffic unless explicitly allowed.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Network diagram of production","Security group rules export"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('00a8a4c8-44a3-46ce-906a-225ec61edb2c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-12', 'OPS-12', 'Firewall rule review', 'Security group and firewall rules are reviewed at least annually to remove unneeded openings and confirm that no data store is publicly reachable.', NULL, 'security', 'annual', 'detective', true, '{"Signed firewall rule review","Report showing no publicly accessible data stores"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a3f478e0-9412-4f84-b0e9-da1c80faaeaf', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-13', 'OPS-13', 'Intrusion detection', 'A managed threat detection service analyses cloud logs and network traffic for signs of intrusion and raises alerts to the on-call responder.', NULL, 'security', 'continuous', 'detective', true, '{"Threat detection service enabled in all regions","Sample alerts and their triage"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c339958e-069f-423d-b3a6-f4ff39c0c5ef', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-14', 'OPS-14', 'Hardened configuration baselines', 'Infrastructure is defined as code from hardened baselines, so every environment is built with the same reviewed, secure settings.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure-as-code repository","Baseline standard or benchmark in use"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('b6bdd48a-9b6f-40e1-8104-e0c0c7673c69', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-15', 'OPS-15', 'Configuration drift detection', 'Automated checks compare live cloud configuration with the intended baseline and alert on risky or unapproved changes.', NULL, 'security', 'continuous', 'detective', true, '{"Configuration monitoring rules","Sample drift alerts and their resolution"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('242a8a8c-2f25-4a6e-9ea9-ee0659f8a920', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-17', 'OPS-17', 'Dependency and code scanning', 'Every change is scanned for vulnerable dependencies, leaked secrets and common coding flaws before merge, and serious findings block the build.', NULL, 'engineering', 'per_event', 'preventive', true, '{"CI configuration showing scanning steps","Sample pull requests with scan results"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('19ee60e2-6d6f-4392-8d8a-336c63bd98a9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-18', 'OPS-18', 'Edge protection', 'Public endpoints sit behind a web application firewall and denial-of-service protection with rate limiting.', NULL, 'engineering', 'continuous', 'preventive', true, '{"WAF and rate-limiting configuration for public endpoints"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('0c49c2be-c108-4c0e-b681-edfebb0e6f8c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'OPS-19', 'OPS-19', 'Removable media and data transfer restrictions', 'Writing to USB storage is blocked or encrypted on company devices, and external file sharing from collaboration tools is limited to approved domains.', NULL, 'it', 'continuous', 'preventive', true, '{"MDM removable media policy","Collaboration suite external sharing settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('14c97260-e074-4363-9e77-b66e1916f087', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'MON-01', 'MON-01', 'Centralised logging', 'Application, infrastructure, identity and cloud audit logs are collected centrally and retained for at least a year, protected from alteration.', NULL, 'engineering', 'continuous', 'detective', true, '{"Log pipeline configuration listing sources","Retention and immutability settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('1814a384-e912-4ad4-aa25-9a6713020bde', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'MON-02', 'MON-02', 'Security alerting and on-call triage', 'Alert rules cover suspicious logins, privilege changes and unusual activity, and an on-call responder triages each alert and records the outcome.', NULL, 'security', 'continuous', 'detective', true, '{"List of active alert rules","On-call schedule","Sample of triaged alerts"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('8ffefaa5-7ccb-48f5-9033-20edf6e4c786', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'MON-03', 'MON-03', 'Weekly review of privileged activity', 'Logs of administrative actions in production and the cloud console are reviewed weekly for anything unexpected.', NULL, 'security', 'weekly', 'detective', false, '{"Weekly review records with reviewer and date","Follow-up tickets for anomalies"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('0792b564-cb78-4955-a669-08c396fcff3d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'MON-04', 'MON-04', 'Monitoring health checks', 'The logging and alerting pipeline is itself monitored, so a silent log source or broken alert channel raises its own alert.', NULL, 'engineering', 'continuous', 'detective', true, '{"Heartbeat or missing-data alert configuration"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('42fef454-fec9-4bff-8b7d-f777e595762b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'MON-05', 'MON-05', 'Continuous control monitoring', 'Automated tests check control configuration daily, such as MFA, encryption and device compliance, and failures create tasks for the owner.', NULL, 'compliance_owner', 'daily', 'detective', true, '{"Control test results history","Tasks raised from failing tests"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('28d10939-8ce0-4d97-80d1-0143b04668d5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-01', 'CHG-01', 'Change management and SDLC policy', 'A policy defines how changes to code, infrastructure and data are requested, built, reviewed, tested and released, and is reviewed yearly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Approved change management policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c967c105-b07e-491d-abdd-372f21771201', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-02', 'CHG-02', 'Peer review before merge', 'Branch protection requires at least one approving review from someone other than the author before code reaches the production branch.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Export of branch protection settings for production repositories","Population of merged pull requests with reviewers"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('10b1fb45-e6b7-410b-b0bf-0e7ae60aab52', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-03', 'CHG-03', 'Automated tests in CI', 'Automated tests run on every change, and a change cannot be merged or deployed while required checks are failing.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Required status checks configuration","CI run history for sampled changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('6e86a129-e74c-430c-9ac2-0dfbf13ae8a5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-04', 'CHG-04', 'Separate environments', 'Development, staging and production run in separate accounts or networks with separate credentials, and changes are tested before they reach production.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cloud account structure showing separate environments","Deployment pipeline stages"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('583c2d7e-da01-4360-83c3-b5667e755f5e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-05', 'CHG-05', 'Deployments only through the pipeline', 'Production deployments happen only through the automated pipeline, which logs who deployed what and when; direct changes by hand are not permitted.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Deployment log for the period","Permissions showing only the pipeline can deploy"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('972a9a70-ed1c-4de9-9a08-f8962df73b31', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-06', 'CHG-06', 'Emergency change procedure', 'Urgent fixes may skip the normal approval path, but each one is documented, reviewed and approved retroactively within two business days.', NULL, 'engineering', 'per_event', 'corrective', false, '{"List of emergency changes","Retroactive review and approval for each one"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('42d29c3c-722c-4aed-bfc5-5cf1b0e8947f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-07', 'CHG-07', 'Infrastructure changes as reviewed code', 'Changes to cloud infrastructure are made through version-controlled code that follows the same review and approval rules as application code.', NULL, 'engineering', 'per_event', 'preventive', true, '{"Infrastructure repository branch protection","Sample reviewed infrastructure changes"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('d68b67ed-6428-4ce8-a0dc-9b7bf28d72fe', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-08', 'CHG-08', 'No production data outside production', 'Customer data is not copied into development or test environments; test data is synthetic or irreversibly anonymised.', NULL, 'engineering', 'continuous', 'preventive', false, '{"Test data policy","Description of the seed or anonymisation process"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('65467b21-6e25-4897-b223-f8a7d46fd403', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-09', 'CHG-09', 'Approved production data changes', 'Manual corrections to production data are requested through a ticket, approved, and run as a reviewed script with the result recorded.', NULL, 'engineering', 'per_event', 'preventive', false, '{"Data change tickets with approval and script output"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c962cba9-8117-4e06-89e6-cfc28f10b5b4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'CHG-10', 'CHG-10', 'Security review of significant changes', 'Major features and architectural changes get a documented security and privacy design review before release.', NULL, 'security', 'per_event', 'preventive', false, '{"Design review records for significant changes in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('1abacf60-0a9e-49b7-bf50-74b2f9e13f44', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-01', 'INC-01', 'Incident response plan', 'A written plan defines incident severities, roles, escalation, containment, communication and recovery steps, and is reviewed every year.', NULL, 'security', 'annual', 'corrective', false, '{"Approved incident response plan with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('717a91d8-39d9-487e-951f-93c4038df0e8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-02', 'INC-02', 'Incident triage and tracking', 'Suspected incidents are logged in a tracker, classified by severity and handled according to the plan through to closure.', NULL, 'security', 'per_event', 'detective', true, '{"Full population of incidents for the period","Incident tickets with timeline and severity"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('454f4cb7-51b4-4b77-8fa8-37fb334389c5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-03', 'INC-03', 'Annual tabletop exercise', 'The response team walks through a realistic incident scenario every year and updates the plan based on what it learns.', NULL, 'security', 'annual', 'detective', false, '{"Tabletop exercise report with attendees and lessons learned","Resulting plan updates"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('e3ffc488-1b57-4c41-b0ed-6514746fe0d4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-04', 'INC-04', 'Post-incident reviews', 'Significant incidents get a blameless post-mortem identifying root cause and follow-up actions, which are tracked to completion.', NULL, 'engineering', 'per_event', 'corrective', false, '{"Post-mortem documents for significant incidents","Follow-up action tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('74e4cf6f-e220-4d42-adf0-432cf396dd89', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-05', 'INC-05', 'Customer and regulator notification', 'When an incident affects customers or triggers legal duties, they are notified within contractual and statutory deadlines using prepared templates.', NULL, 'legal', 'per_event', 'corrective', false, '{"Notification procedure and templates","Copies of notices sent in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c49fb793-088c-4c0d-8f9d-857bc617ad1c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-06', 'INC-06', 'Status page communication', 'Service disruptions and their resolution are posted on a public status page that customers can subscribe to.', NULL, 'operations', 'per_event', 'corrective', true, '{"Status page incident history"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('89149a9e-54e3-49de-b951-7c6ad913658c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-07', 'INC-07', 'Personal data impact assessment', 'For each incident, the privacy officer determines whether personal information was accessed or disclosed, what data and whose, and records the conclusion.', NULL, 'privacy_officer', 'per_event', 'detective', false, '{"Privacy impact section completed in each incident record"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('2614dbd4-e235-4896-b0c9-cdfc04c84d82', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-08', 'INC-08', 'Quarterly incident trend review', 'Incidents and near misses are reviewed each quarter for recurring causes, and systemic fixes are prioritised.', NULL, 'security', 'quarterly', 'detective', false, '{"Quarterly incident review notes with agreed actions"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('940907f6-e670-4232-bb46-cbe24c0b181a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'INC-09', 'INC-09', 'Staff incident reporting', 'Staff know how to report suspected incidents, lost devices and phishing through a well-publicised channel that is monitored.', NULL, 'security', 'continuous', 'detective', false, '{"Internal page describing how to report","Sample reports received from staff"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a05905ba-5e5e-4800-99d9-f34f411291d9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-01', 'BCP-01', 'Business continuity and disaster recovery plan', 'A plan sets recovery time and recovery point objectives for critical services and describes how to keep operating and restore them; it is approved every year.', NULL, 'operations', 'annual', 'corrective', false, '{"Approved BC/DR plan with recovery objectives and review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c4e32fec-a9be-4c5b-9b94-96a868b52b5b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-02', 'BCP-02', 'Business impact analysis', 'Critical processes, systems and vendors are identified along with the impact of losing them, which informs recovery priorities.', NULL, 'operations', 'annual', 'preventive', false, '{"Business impact analysis document"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('ea0a2a26-ff13-4d2d-b706-b9a8dac6294e', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-03', 'BCP-03', 'Annual disaster recovery test', 'Each year the team exercises the recovery plan, for example by failing over to another region or rebuilding from code and backups, and records results against objectives.', NULL, 'engineering', 'annual', 'detective', false, '{"DR test report with timings compared to objectives","Plan updates made after the test"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c905471d-a0d5-4fb9-b30b-5137300d4523', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-04', 'BCP-04', 'Automated backups', 'Production databases and critical storage are backed up automatically at least daily, with retention that matches the recovery point objective.', NULL, 'engineering', 'daily', 'corrective', true, '{"Backup policy or configuration with schedule and retention","Recent backup job history"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('878ccfe0-0b9c-42aa-a265-47ca754d9487', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-05', 'BCP-05', 'Isolated and encrypted backups', 'Backups are encrypted and copied to a separate region or account so a single outage or compromised credential cannot destroy both data and backups.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Cross-region or cross-account backup configuration","Backup encryption settings"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('3dbe429b-c612-4724-bc57-11cc55ddf7c2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-06', 'BCP-06', 'Backup failure monitoring', 'Failed or missed backup jobs raise an alert that is investigated and resolved the same day.', NULL, 'engineering', 'daily', 'detective', true, '{"Backup alert configuration","Tickets for backup failures in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('e1ce8197-7b3b-44eb-a732-80c445293f7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-07', 'BCP-07', 'Backup restore test', 'A restore from backup is performed at least quarterly and the restored data is checked for completeness and integrity.', NULL, 'engineering', 'quarterly', 'detective', true, '{"Restore test record with date, dataset, duration and validation result"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('adaf8e1b-c6f8-434f-b1e2-bb9bb1ab9dc1', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'BCP-08', 'BCP-08', 'Redundant production architecture', 'Production services and databases run across multiple availability zones so that a single facility failure does not cause an outage.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Infrastructure configuration showing multi-zone deployment"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('12fc1574-1ba9-4c2b-98b9-5855d5e0b15f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AV-01', 'AV-01', 'Capacity monitoring and alerts', 'Utilisation of compute, storage, database and queue resources is tracked, with alerts before agreed thresholds are reached.', NULL, 'engineering', 'continuous', 'detective', true, '{"Capacity dashboards","Alert rules with thresholds"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('0fd59a51-8e3a-4d33-b42a-b69dc1fb266d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AV-02', 'AV-02', 'Quarterly capacity planning', 'Engineering reviews usage trends and growth forecasts each quarter and plans capacity changes ahead of demand.', NULL, 'engineering', 'quarterly', 'preventive', false, '{"Capacity review notes with forecasts and decisions"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('227c2303-7218-425b-a898-d289c3ea0a15', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AV-03', 'AV-03', 'Automatic scaling', 'Stateless services scale automatically with load within defined limits.', NULL, 'engineering', 'continuous', 'preventive', true, '{"Autoscaling configuration for production services"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c01b327a-d4d7-4210-95a7-ab26e954add6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AV-04', 'AV-04', 'Uptime monitoring', 'External probes check the availability of public endpoints every few minutes and page the on-call engineer when checks fail.', NULL, 'operations', 'continuous', 'detective', true, '{"Uptime monitor configuration","Uptime history for the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('3df66ec5-32ea-4006-a9a9-b4f099c7c272', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AV-05', 'AV-05', 'Availability reporting against SLA', 'Monthly availability is measured against the published service level, and breaches are reviewed and credited as the agreement requires.', NULL, 'operations', 'monthly', 'detective', true, '{"Monthly availability report","Record of SLA breaches and credits"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('694cd780-060e-48e7-b366-aedd20521ea8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-01', 'DATA-01', 'Data classification policy', 'A policy defines classification levels, such as public, internal and confidential, and the handling rules for each, and is reviewed annually.', NULL, 'compliance_owner', 'annual', 'preventive', false, '{"Approved data classification and handling policy"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('9a50260b-e148-4bfa-84ec-28f31cf12e59', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-02', 'DATA-02', 'Inventory of confidential data stores', 'Systems holding confidential customer data are listed with their classification, location and owner, and the list is reviewed each year.', NULL, 'engineering', 'annual', 'detective', true, '{"Data inventory with classification, location and owner for each store"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('327869e6-4ec3-4c4a-ba0a-412de577d263', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-03', 'DATA-03', 'Data retention schedule', 'Retention periods are set for each category of customer, personal and business data, based on contracts, law and business need.', NULL, 'legal', 'annual', 'preventive', false, '{"Approved retention schedule"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('ce6e6cde-73c3-4a1a-827c-f2159191ab7b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-04', 'DATA-04', 'Automated retention enforcement', 'Scheduled jobs or storage lifecycle rules delete data that has passed its retention period, and their runs are logged.', NULL, 'engineering', 'monthly', 'corrective', true, '{"Lifecycle rule or purge job configuration","Run logs showing records deleted"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('38719180-f16b-4578-bd75-3ccc623ffe9c', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-05', 'DATA-05', 'Customer data deletion at contract end', 'When a customer leaves or asks for deletion, their data is removed from production within the agreed period and ages out of backups on schedule, and the deletion is confirmed.', NULL, 'engineering', 'per_event', 'corrective', true, '{"Deletion request tickets with completion dates","Deletion confirmation sent to customer"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('9b4452bd-3a47-4cd0-b6fc-15edeacfb64d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-06', 'DATA-06', 'Secure disposal of devices and media', 'Laptops and storage media are securely wiped or destroyed before reuse or disposal, with a record or certificate kept for each asset.', NULL, 'it', 'per_event', 'preventive', false, '{"Disposal log linked to asset inventory","Certificates of destruction from the vendor"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('4ae73d14-58cc-42f1-ae3e-d2eca21c7be0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-07', 'DATA-07', 'Non-disclosure agreements', 'Confidential information is shared with prospects, partners and vendors only after a non-disclosure agreement is signed.', NULL, 'legal', 'per_event', 'preventive', false, '{"NDA template","Register of signed NDAs"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('c3465c46-9108-444b-bfc8-fa320f80dbfb', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'DATA-08', 'DATA-08', 'Restricted access to customer data', 'Staff access to customer content in production requires a business reason, such as a support ticket, and is logged for review.', NULL, 'security', 'continuous', 'preventive', true, '{"Support access tooling configuration","Access log sample tied to tickets"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('a7da0b49-eb3b-4846-b446-e941482f5821', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PI-02', 'PI-02', 'Customer-facing processing documentation', 'Customers get published documentation of input formats, limits, processing behaviour and error handling so they can use the service correctly.', NULL, 'engineering', 'annual', 'preventive', false, '{"Public API or product documentation pages with review date"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('35f55502-0ba3-43b5-969c-d1b85b5feb2d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PRIV-01', 'PRIV-01', 'Published privacy notice', 'A privacy notice explaining what personal information is collected, why, how long it is kept, who receives it and how to exercise rights is published and reviewed yearly.', NULL, 'privacy_officer', 'annual', 'preventive', false, '{"Current privacy notice with last-reviewed date","Annual review record"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('6dd6306f-27e8-4569-8a3d-f0f8d7fe99d6', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PRIV-08', 'PRIV-08', 'Privacy review of new uses', 'New features or purposes involving personal information undergo a privacy impact assessment that checks them against the notice and consent before launch.', NULL, 'privacy_officer', 'per_event', 'preventive', false, '{"Completed privacy impact assessments for new features in the period"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('82724dd1-d6e6-4dc2-9ef3-881411375510', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PRIV-16', 'PRIV-16', 'Privacy training', 'Staff who handle personal information complete privacy training at hire and annually, covering purpose limits, requests and breach reporting.', NULL, 'privacy_officer', 'annual', 'preventive', true, '{"Privacy training completion report"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('37183f65-e7fe-4efd-b045-4bc8267e62cc', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'PRIV-19', 'PRIV-19', 'Annual privacy compliance review', 'Once a year, privacy practices are reviewed against the notice, commitments and applicable law, and gaps are reported to management and fixed.', NULL, 'privacy_officer', 'annual', 'detective', false, '{"Privacy compliance review report","Remediation plan for gaps found"}', 'not_started', true, NULL, '', 1, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.039944+00');
INSERT INTO public.controls VALUES ('3654d7e6-8a5d-448c-bb94-423b47a3134f', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'AC-01', 'AC-01', 'Single sign-on for workforce applications', 'Staff sign in to in-scope business and engineering applications through the central identity provider so accounts can be granted and revoked in one place.', NULL, 'it', 'continuous', 'preventive', true, '{"Identity provider application list showing SSO enforcement for in-scope systems"}', 'implemented', true, NULL, '', 2, '2026-12-06 05:33:47.039944+00', '2026-12-06 05:33:47.741+00');


--
-- Data for Name: custom_checks; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_auditors; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: engagement_systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagement_systems VALUES ('c0ee0f3a-c637-44a4-bae1-0911eac9cfc8', '39daed96-0061-4c3d-a028-8040d7fe57ab');
INSERT INTO public.engagement_systems VALUES ('1b1b31d8-b03a-43d3-b54b-2973b10eeebc', '39daed96-0061-4c3d-a028-8040d7fe57ab');


--
-- Data for Name: engagements; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.engagements VALUES ('c0ee0f3a-c637-44a4-bae1-0911eac9cfc8', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'FY26 Type II', 'type2', NULL, '2026-01-01', '2026-06-30', '{security,availability,confidentiality}', 'planning', 'Example CPA LLP', '2026-12-06 05:33:47.278599+00');
INSERT INTO public.engagements VALUES ('1b1b31d8-b03a-43d3-b54b-2973b10eeebc', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'Readiness Type I', 'type1', '2026-03-31', NULL, NULL, '{security,availability,confidentiality}', 'planning', '', '2026-12-06 05:33:47.306825+00');


--
-- Data for Name: evidence; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence VALUES ('c83e8ed3-c691-4edf-a06a-96d6c68df2b4', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'collection', 'Trivy vulnerability report (JSON): trivy-image-debian-buster.json.golden', 'Raw input of collection run 4eef2bad-8b99-4922-bb2e-ac2ab495e9fb, read by trivy.json.', 'dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', 6337, 'application/octet-stream', 'trivy-image-debian-buster.json.golden', 'a023969d-e93d-45ac-9f75-b005e7b3d06f/dc/dcb15d62afea508c7f5258c1769ff2c6cdedb736a8510d06b3624279958b5b7f', NULL, NULL, NULL, NULL, '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb', NULL, '2026-12-06 05:33:43.798583+00', 4);
INSERT INTO public.evidence VALUES ('c90b6ed4-8d65-4073-bec0-3e38103ad90a', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'collection', 'Grype vulnerability report (JSON): grype-image.json.golden', 'Raw input of collection run 096a824b-110a-4be7-b4aa-3b73a5b1a97d, read by grype.json.', 'e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', 4279, 'application/octet-stream', 'grype-image.json.golden', 'a023969d-e93d-45ac-9f75-b005e7b3d06f/e4/e4d1464de2711dde20a1975595949f361ae253fc44f814f2d2e8cb52d27e4077', NULL, NULL, NULL, NULL, '096a824b-110a-4be7-b4aa-3b73a5b1a97d', '0743f6f5-38c7-471d-a280-29883482ddec', '2026-12-06 05:33:47.557752+00', 14);
INSERT INTO public.evidence VALUES ('c6965810-098f-4fb9-988c-e567b8daaa61', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'upload', 'Q3 access review', '', '1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', 45, 'text/plain', 'review.txt', 'a023969d-e93d-45ac-9f75-b005e7b3d06f/1c/1cdb5c8fdcda29b79390e929a0385787b99fc353bcf03d90848d73a0e559e4e5', NULL, NULL, '2027-12-06', NULL, NULL, NULL, '2026-12-06 05:33:50.376509+00', 18);


--
-- Data for Name: evidence_controls; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.evidence_controls VALUES ('c90b6ed4-8d65-4073-bec0-3e38103ad90a', 'c2bc86cc-9b51-453d-bd8b-3a9b64ae1fc9', 'a023969d-e93d-45ac-9f75-b005e7b3d06f');
INSERT INTO public.evidence_controls VALUES ('c90b6ed4-8d65-4073-bec0-3e38103ad90a', 'a1ebd620-2749-474d-a4cf-f3a29203566b', 'a023969d-e93d-45ac-9f75-b005e7b3d06f');
INSERT INTO public.evidence_controls VALUES ('c90b6ed4-8d65-4073-bec0-3e38103ad90a', '60ac2987-1b07-4dad-b2e8-6caab6b71104', 'a023969d-e93d-45ac-9f75-b005e7b3d06f');
INSERT INTO public.evidence_controls VALUES ('c6965810-098f-4fb9-988c-e567b8daaa61', '5c610623-f181-4179-ba5f-15418652ac97', 'a023969d-e93d-45ac-9f75-b005e7b3d06f');


--
-- Data for Name: invitations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.invitations VALUES ('777832de-a57e-40e7-8b6b-e7a2e2b69c32', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'new.hire@acme.test', 'member', NULL, NULL, '1c9e136babf09d561ac033debf68cec8d509d4e6d6448aa4941bf07564e38883', '0743f6f5-38c7-471d-a280-29883482ddec', '2026-12-13 05:33:47.359+00', NULL, NULL, '2026-12-06 05:33:47.356622+00');


--
-- Data for Name: login_failures; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: memberships; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.memberships VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', '0743f6f5-38c7-471d-a280-29883482ddec', 'owner', NULL, '2026-12-06 05:33:36.748495+00');
INSERT INTO public.memberships VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', '7fcd6a34-0fdd-4487-8854-2860410a3381', 'member', NULL, '2026-12-06 05:33:39.059596+00');


--
-- Data for Name: oidc_logins; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: oidc_providers; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: organizations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.organizations VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', 'Acme Cloud', 'acme-cloud', '{security,availability,confidentiality}', '2026-12-06 05:33:36.748495+00');


--
-- Data for Name: resource_scopes; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resource_scopes VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', 'trivy', NULL, 'vuln.finding', '2026-12-06 05:33:43.765+00', '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.resource_scopes VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', 'trivy', NULL, 'vuln.target', '2026-12-06 05:33:43.765+00', '4eef2bad-8b99-4922-bb2e-ac2ab495e9fb');
INSERT INTO public.resource_scopes VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', 'grype', 'be59c009-8eab-4c9d-82ad-857d198d5277', 'vuln.finding', '2026-12-06 05:33:47.527+00', '096a824b-110a-4be7-b4aa-3b73a5b1a97d');
INSERT INTO public.resource_scopes VALUES ('a023969d-e93d-45ac-9f75-b005e7b3d06f', 'grype', 'be59c009-8eab-4c9d-82ad-857d198d5277', 'vuln.target', '2026-12-06 05:33:47.527+00', '096a824b-110a-4be7-b4aa-3b73a5b1a97d');


--
-- Data for Name: resources; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.resources VALUES ('621bc62c-3ad2-47c5-a8af-f9af9c91baa5', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|bash@5.0-4|CVE-2019-18276', 'CVE-2019-18276 in bash 5.0-4 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18276", "title": "bash: when effective UID is not equal to its real UID the saved UID is not dropped", "status": "affected", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "bash", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "low", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-11-28T01:15:00Z", "fixAvailable": false, "fixedVersions": [], "vulnerabilityId": "CVE-2019-18276", "installedVersion": "5.0-4"}', '542a7cf7d452b8205c63b9f902484f591f101ed3a2afb0d7524cde44294db942', '2026-12-06 05:33:43.765+00', '2026-12-06 05:33:43.765+00', NULL, NULL, '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('f8d54404-8a36-45fd-83d3-7a88e911659d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'trivy', 'vuln.finding', 'testdata/fixtures/images/debian-buster.tar.gz|testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)|libidn2-0@2.0.5-1|CVE-2019-18224', 'CVE-2019-18224 in libidn2-0 2.0.5-1 (testdata/fixtures/images/debian-buster.tar.gz)', '{"url": "https://avd.aquasec.com/nvd/cve-2019-18224", "title": "libidn2: heap-based buffer overflow in idn2_to_ascii_4i in lib/lookup.c", "status": "fixed", "target": "testdata/fixtures/images/debian-buster.tar.gz", "package": "libidn2-0", "scanner": "trivy", "location": "testdata/fixtures/images/debian-buster.tar.gz (debian 10.1)", "severity": "critical", "targetType": "container_image", "packageType": "debian", "publishedAt": "2019-10-21T17:15:00Z", "fixAvailable": true, "fixedVersions": ["2.0.5-1+deb10u1"], "vulnerabilityId": "CVE-2019-18224", "installedVersion": "2.0.5-1"}', 'a98ab904f78829178b712e5feba60bf5a9991057aa4ddc104490ed1a64baeb42', '2026-12-06 05:33:43.765+00', '2026-12-06 05:33:43.765+00', NULL, NULL, '29ezymug3ki:fn');
INSERT INTO public.resources VALUES ('6f543855-d769-4b22-b810-2fdae91053a2', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'trivy', 'vuln.target', 'testdata/fixtures/images/debian-buster.tar.gz', 'testdata/fixtures/images/debian-buster.tar.gz', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "testdata/fixtures/images/debian-buster.tar.gz", "scanner": "trivy", "scannedAt": "2021-08-25T12:20:30.000000005Z", "targetType": "container_image", "imageDigest": "sha256:c2c03a296d2329a4f3ab72a7bf38b78a8a80108204d326b0139d6af700e152d1", "criticalHigh": [{"id": "CVE-2019-18224", "package": "libidn2-0", "severity": "critical", "fixAvailable": true, "installedVersion": "2.0.5-1"}], "findingsTotal": 2, "fixableCounts": {"low": 0, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "criticalHighTruncated": false}', '7a1e46194cefb95873e1217c931a56890da4195f7b8df10d53aa9768dab4909a', '2026-12-06 05:33:43.765+00', '2026-12-06 05:33:43.765+00', NULL, NULL, 'os05izi2np:ff');
INSERT INTO public.resources VALUES ('1d63e086-8dc2-4479-8bdc-b70c5774feae', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-1.txt|package-1@1.1.1|CVE-1999-0001', 'CVE-1999-0001 in package-1 1.1.1 (user-input)', '{"target": "user-input", "package": "package-1", "scanner": "grype", "location": "/foo/bar/somefile-1.txt", "severity": "low", "targetType": "image", "packageType": "rpm", "fixAvailable": true, "fixedVersions": ["1.2.1", "2.1.3", "3.4.0"], "vulnerabilityId": "CVE-1999-0001", "installedVersion": "1.1.1"}', '89517bef07f968f96dc501e502967f32889c1485a87c3c167a9f2e8ad9015bbe', '2026-12-06 05:33:47.527+00', '2026-12-06 05:33:47.527+00', NULL, 'be59c009-8eab-4c9d-82ad-857d198d5277', '29ezymug3ki:nn');
INSERT INTO public.resources VALUES ('62e027b3-0a4d-4eb6-a21a-d84a2c17f7e0', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'grype', 'vuln.finding', 'user-input|/foo/bar/somefile-2.txt|package-2@2.2.2|CVE-1999-0002', 'CVE-1999-0002 in package-2 2.2.2 (user-input)', '{"target": "user-input", "package": "package-2", "scanner": "grype", "location": "/foo/bar/somefile-2.txt", "severity": "critical", "targetType": "image", "packageType": "deb", "fixedVersions": [], "vulnerabilityId": "CVE-1999-0002", "installedVersion": "2.2.2"}', 'c399903816afc4234f605273937727baa7355222df0992fa19328b317b6432a4', '2026-12-06 05:33:47.527+00', '2026-12-06 05:33:47.527+00', NULL, 'be59c009-8eab-4c9d-82ad-857d198d5277', '29ezymug3ki:en');
INSERT INTO public.resources VALUES ('21765fd2-296d-4da5-a158-96d53618c0ae', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'grype', 'vuln.target', 'user-input', 'user-input', '{"counts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 1}, "target": "user-input", "scanner": "grype", "targetType": "image", "imageDigest": "sha256:ca738abb87a8d58f112d3400ebb079b61ceae7dc290beb34bda735be4b1941d5", "criticalHigh": [{"id": "CVE-1999-0002", "package": "package-2", "severity": "critical", "installedVersion": "2.2.2"}], "findingsTotal": 2, "fixableCounts": {"low": 1, "high": 0, "medium": 0, "unknown": 0, "critical": 0}, "criticalHighTruncated": false}', '741f768ee2369346f23f5dcad3797eab000901ed78795d116a4d4158b06a37eb', '2026-12-06 05:33:47.527+00', '2026-12-06 05:33:47.527+00', NULL, 'be59c009-8eab-4c9d-82ad-857d198d5277', 'os05izi2np:pe');


--
-- Data for Name: runs; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.runs VALUES ('4eef2bad-8b99-4922-bb2e-ac2ab495e9fb', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', NULL, 'trivy', 'succeeded', NULL, '2026-12-06 05:33:43.765+00', '2026-12-06 05:33:43.842+00', 3, 6, 'c83e8ed3-c691-4edf-a06a-96d6c68df2b4', '{"ms": {"read": 19, "write": 47, "evaluate": 10}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 3, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 3, "pass": 0, "error": 0, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 05:33:43.796959+00');
INSERT INTO public.runs VALUES ('096a824b-110a-4be7-b4aa-3b73a5b1a97d', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'be59c009-8eab-4c9d-82ad-857d198d5277', 'grype', 'succeeded', NULL, '2026-12-06 05:33:47.527+00', '2026-12-06 05:33:47.598+00', 3, 6, 'c90b6ed4-8d65-4073-bec0-3e38103ad90a', '{"ms": {"read": 17, "write": 45, "evaluate": 9}, "gone": 0, "types": ["vuln.finding", "vuln.target"], "alerts": 0, "checks": 4, "closed": 0, "opened": 6, "changed": 0, "created": 3, "results": {"fail": 0, "pass": 1, "error": 2, "not_applicable": 3}, "unchanged": 0}', '2026-12-06 05:33:47.554675+00');


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: systems; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.systems VALUES ('39daed96-0061-4c3d-a028-8040d7fe57ab', 'a023969d-e93d-45ac-9f75-b005e7b3d06f', 'Production platform', 'infrastructure', '', NULL, true, '2026-12-06 05:33:47.251075+00');


--
-- Data for Name: user_identities; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.users VALUES ('0743f6f5-38c7-471d-a280-29883482ddec', 'owner@acme.test', 'Ada Owner', '$argon2id$v=19$m=19456,p=1,t=2$7BHSt5l6IIdur9tm+fUi1w$D9QTiq8lMScxFz3EkXMDvLz+MsZnqHe8Mm2+qBacOfc', 0, NULL, '2026-12-06 05:33:36.748495+00');
INSERT INTO public.users VALUES ('7fcd6a34-0fdd-4487-8854-2860410a3381', 'eve@acme.test', 'Eve Engineer', '$argon2id$v=19$m=19456,p=1,t=2$rLjNp+rnRoF1XNaAIeJ1rQ$7djm0XBRI4NFDUNCin30tvL4wHgbDsw+zSnbUPV2Flg', 0, NULL, '2026-12-06 05:33:39.059596+00');


--
-- Name: __drizzle_migrations_id_seq; Type: SEQUENCE SET; Schema: drizzle; Owner: -
--

SELECT pg_catalog.setval('drizzle.__drizzle_migrations_id_seq', 9, true);


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


