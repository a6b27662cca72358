import type { PolicyTemplate } from './schema.ts';

export const SECURE_CONFIGURATION: PolicyTemplate = {
  id: 'secure-configuration',
  title: 'Secure Configuration and Network Security Policy',
  summary: 'Hardened baselines for systems, and how networks are segmented, filtered and watched.',
  categories: ['security'],
  controls: ['OPS-11', 'OPS-12', 'OPS-13', 'OPS-14', 'OPS-15', 'OPS-16', 'OPS-18', 'AC-14'],
  criteria: ['CC5.2', 'CC6.1', 'CC6.6', 'CC6.8', 'CC7.1', 'CC7.2'],
  audience: 'engineering',
  reviewCadenceMonths: 12,
  body: `# Secure Configuration and Network Security Policy

**Owner:** {{policy_owner}} · **Approved by:** {{approver}} · **Effective:** {{effective_date}} · **Reviewed:** {{review_cadence}}

## Purpose

Default settings are written for convenience, not safety, and networks left open invite attack. This
policy makes sure every system at {{company_name}} starts from a hardened, documented configuration,
stays on it, and sits behind network boundaries that let in only what is needed.

## Scope

Cloud accounts, virtual networks, servers, containers and their images, managed databases and services,
load balancers, domain names, and end-user devices, in production and in every environment connected to it.

## Roles and responsibilities

- **Engineering** defines baselines as code, builds systems from them and fixes drift.
- **IT** applies the end-user device baseline through device management.
- **System owners** approve changes to network rules for their systems.
- **{{policy_owner}}** approves the baselines, reviews firewall rules every year and follows up findings.

## Configuration baselines

- Each kind of system (cloud account, network, host or container image, database, device) has a written
  baseline based on recognised industry hardening guidance, adapted to the company's needs.
- Baselines remove or disable what is not needed: default accounts and passwords, unused services and
  ports, sample content and debugging features.
- Systems are built from the baseline through reviewed infrastructure code or device management, never
  configured by hand in production. Manual changes in an emergency are written back into code within
  two business days.
- Configuration is checked continuously against the baseline; drift on a production system raises an
  alert and is fixed, or accepted as a recorded exception, within 14 days, and within 2 days when it
  exposes data or an administrative interface.
- Only approved software is installed on servers and images; images are rebuilt at least monthly to pick
  up updates.

## Network security

- Production runs in networks separated from corporate, development and test networks. Traffic between
  them is denied unless a rule allows it.
- Inbound traffic from the internet reaches only public endpoints (load balancers, content delivery and
  application gateways). Databases, queues and administrative interfaces are never directly reachable
  from the internet.
- Every firewall and security group rule has an owner and a reason. Rules allowing all addresses or all
  ports are not used in production.
- Administrative access to production goes only through the approved access path, with single sign-on,
  multi-factor authentication and session logging.
- Public endpoints are protected against denial of service and common web attacks, and use only encrypted
  protocols, as set out in the Encryption and Key Management Policy.
- Intrusion detection and cloud threat detection run on production accounts and networks; their alerts
  are handled under the Logging and Monitoring Policy.
- Outbound traffic from production is limited to what services need where the platform allows.
- Domain names and certificates are registered to the company, with registrar locks and multi-factor
  authentication on the registrar account.

## Reviews

Firewall and network rules are reviewed at least every 12 months, and unused or overly broad rules
are removed. Baselines are reviewed at the same time and after major platform changes.

## Exceptions

A system that cannot follow its baseline is recorded with the reason, the risk and the compensating
controls, and approved under the Policy Management and Exceptions Policy.

## Enforcement

Making unreviewed changes to production configuration or network rules is a breach of this policy handled
under the Code of Conduct and Sanctions Policy.

## Review

{{policy_owner}} reviews this policy {{review_cadence}}. {{approver}} approves each new version.
`,
};
