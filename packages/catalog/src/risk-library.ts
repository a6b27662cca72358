/**
 * A library of risks common to software-as-a-service companies, in Vigil's own words. Each suggests
 * a likelihood and impact on a 1–5 scale (mapped onto the organization's matrix when used) and the
 * control templates that usually mitigate it.
 */

/** The kinds of risk the register groups by; fraud answers CC3.3, vendor and change CC3.4. */
export const RISK_CATEGORIES = [
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
  'people',
] as const;
export type RiskCategoryId = (typeof RISK_CATEGORIES)[number];

/** Category names as people read them. */
export const RISK_CATEGORY_LABELS: Record<RiskCategoryId, string> = {
  security: 'Security',
  availability: 'Availability',
  confidentiality: 'Confidentiality',
  privacy: 'Privacy',
  processing_integrity: 'Processing integrity',
  fraud: 'Fraud',
  vendor: 'Vendors and third parties',
  change: 'Change',
  compliance: 'Legal and compliance',
  operational: 'Operations',
  people: 'People',
};

/** One risk of the library. */
export interface RiskTemplate {
  id: string;
  title: string;
  description: string;
  category: RiskCategoryId;
  /** 1 (rare) to 5 (almost certain). */
  likelihood: 1 | 2 | 3 | 4 | 5;
  /** 1 (negligible) to 5 (severe). */
  impact: 1 | 2 | 3 | 4 | 5;
  /** Control template ids of the control library. */
  controls: string[];
}

type Row = [string, RiskCategoryId, 1 | 2 | 3 | 4 | 5, 1 | 2 | 3 | 4 | 5, string[], string, string];

// id, category, likelihood, impact, controls, title, description
const ROWS: Row[] = [
  ['R-01', 'security', 4, 5, ['AC-02', 'AC-01', 'AC-10'], 'Stolen staff credentials', 'A phished or reused password lets an outsider sign in to company tools as a member of staff.'],
  ['R-02', 'security', 3, 5, ['AC-08', 'AC-09', 'MON-03'], 'Misuse of administrator access', 'Someone with wide production rights makes harmful changes, by mistake or on purpose, without it being noticed.'],
  ['R-03', 'security', 3, 4, ['AC-06', 'HR-08', 'AC-05'], 'Leavers keep access', 'Former staff or contractors can still reach systems because their accounts were not removed in time.'],
  ['R-04', 'security', 3, 5, ['OPS-02', 'OPS-03', 'OPS-05'], 'Unpatched known weakness exploited', 'An attacker uses a published flaw in a server, library or tool that had not yet been fixed.'],
  ['R-05', 'security', 3, 4, ['OPS-17', 'CHG-02', 'CHG-10'], 'Vulnerable code shipped', 'A coding mistake such as injection or broken authorisation reaches production and is found by an outsider.'],
  ['R-06', 'security', 3, 5, ['AC-12', 'OPS-17'], 'Leaked secrets', 'API keys, passwords or tokens end up in source code, logs or chat where others can copy them.'],
  ['R-07', 'security', 3, 5, ['BCP-05', 'OPS-06', 'BCP-07'], 'Ransomware', 'Malicious software encrypts company or customer data and the business cannot operate until it is restored.'],
  ['R-08', 'security', 3, 3, ['OPS-07', 'OPS-08', 'OPS-06'], 'Lost or stolen laptop', 'A work device with company data goes missing and its contents could be read.'],
  ['R-09', 'security', 2, 4, ['OPS-11', 'OPS-18', 'OPS-14'], 'Exposed cloud resource', 'A storage bucket, database or admin panel is left reachable from the internet by a configuration slip.'],
  ['R-10', 'security', 3, 4, ['MON-01', 'MON-02', 'OPS-13'], 'Attack goes unnoticed', 'An intrusion is not detected for weeks because events are not collected or nobody looks at the alerts.'],
  ['R-11', 'security', 2, 4, ['AC-15', 'OPS-04'], 'Customer account takeover', 'Weak sign-in protections in the product let an attacker take over a customer user.'],
  ['R-12', 'availability', 3, 4, ['BCP-08', 'AV-04', 'BCP-01'], 'Cloud region outage', 'The hosting provider loses a region or zone and the service is down until it recovers.'],
  ['R-13', 'availability', 2, 5, ['BCP-04', 'BCP-07', 'BCP-06'], 'Data lost without a usable backup', 'Production data is deleted or corrupted and backups turn out to be missing or unrestorable.'],
  ['R-14', 'availability', 3, 3, ['AV-01', 'AV-02', 'AV-03'], 'Capacity exhausted', 'Growth or a traffic spike overloads the service and customers see slowness or errors.'],
  ['R-15', 'availability', 3, 3, ['OPS-18', 'AV-03'], 'Denial-of-service attack', 'A flood of requests makes the product unreachable for customers.'],
  ['R-16', 'availability', 2, 4, ['BCP-01', 'BCP-03', 'BCP-02'], 'Slow recovery from a disaster', 'The team has no practised plan and a major outage lasts far longer than customers were promised.'],
  ['R-17', 'confidentiality', 3, 5, ['DATA-08', 'AC-04', 'CHG-08'], 'Customer data seen by the wrong people', 'Staff or tenants reach customer records they have no business need to see.'],
  ['R-18', 'confidentiality', 2, 4, ['OPS-09', 'OPS-10', 'AC-13'], 'Data read in storage or transit', 'Unencrypted data is intercepted on the network or read from disks or snapshots.'],
  ['R-19', 'confidentiality', 3, 3, ['DATA-03', 'DATA-04', 'DATA-05'], 'Data kept longer than needed', 'Old customer data piles up and widens what a breach could expose.'],
  ['R-20', 'confidentiality', 3, 3, ['OPS-19', 'DATA-01', 'HR-04'], 'Data copied out by staff', 'Confidential files are downloaded to personal accounts or devices, on purpose or carelessly.'],
  ['R-21', 'privacy', 3, 4, ['PRIV-07', 'PRIV-05', 'PRIV-08'], 'Personal data used beyond its purpose', 'Personal information is processed in ways people were not told about or did not agree to.'],
  ['R-22', 'privacy', 3, 3, ['PRIV-09', 'PRIV-11', 'PRIV-10'], 'Privacy requests mishandled', 'Requests to see, correct or delete personal data are missed or answered late.'],
  ['R-23', 'privacy', 2, 5, ['PRIV-15', 'INC-05', 'INC-07'], 'Breach notified late', 'A personal-data breach is not reported to customers, regulators or individuals within the required time.'],
  ['R-24', 'processing_integrity', 3, 4, ['PI-03', 'PI-05', 'PI-06'], 'Wrong results from processing', 'Bad input or a failing job silently produces incorrect results that customers rely on.'],
  ['R-25', 'processing_integrity', 2, 4, ['PI-07', 'PI-09'], 'Corrupted records', 'Stored data becomes inconsistent after a failed migration or partial write.'],
  ['R-26', 'fraud', 2, 4, ['RISK-02', 'GOV-08', 'AC-08'], 'Payment fraud by an insider', 'A member of staff diverts payments, creates fake suppliers or alters bank details.'],
  ['R-27', 'fraud', 3, 3, ['HR-04', 'RISK-02'], 'Business email compromise', 'A fake message from an executive or supplier tricks staff into paying or sending data.'],
  ['R-28', 'fraud', 2, 3, ['RISK-02', 'GOV-15'], 'Misstated figures or compliance claims', 'Pressure to hit targets leads someone to falsify metrics, reports or control evidence.'],
  ['R-29', 'fraud', 2, 3, ['AC-15', 'MON-02'], 'Abuse of the product for fraud', 'Customers or outsiders use free trials, stolen cards or the product itself to commit fraud.'],
  ['R-30', 'vendor', 3, 4, ['VEN-02', 'VEN-03', 'VEN-01'], 'Breach at a critical supplier', 'A vendor holding company or customer data is compromised and the data leaks through them.'],
  ['R-31', 'vendor', 2, 4, ['VEN-03', 'BCP-02', 'VEN-04'], 'Critical supplier fails or leaves', 'A provider the service depends on goes out of business, changes terms or stops the product.'],
  ['R-32', 'vendor', 3, 3, ['VEN-04', 'VEN-06'], 'Vendor contracts lack security terms', 'Agreements do not oblige suppliers to protect data, report incidents or allow review.'],
  ['R-33', 'vendor', 3, 3, ['OPS-17', 'CHG-03'], 'Compromised open-source dependency', 'A library the product uses is hijacked or contains malicious code.'],
  ['R-34', 'change', 4, 3, ['CHG-02', 'CHG-03', 'CHG-05'], 'Faulty release breaks production', 'A change goes out untested or unreviewed and causes an outage or data error.'],
  ['R-35', 'change', 3, 3, ['CHG-07', 'OPS-15', 'OPS-14'], 'Unreviewed infrastructure change', 'Cloud settings are changed by hand, drift from the reviewed setup and open a weakness.'],
  ['R-36', 'change', 3, 4, ['RISK-06', 'CHG-10', 'GOV-12'], 'Significant change not assessed', 'A new product, acquisition, office or major supplier arrives without anyone reviewing its risks.'],
  ['R-37', 'compliance', 3, 4, ['RISK-05', 'GOV-15'], 'Missed legal or contractual obligation', 'A law, regulation or customer commitment is not known or not met, leading to penalties or lost deals.'],
  ['R-38', 'compliance', 2, 3, ['GOV-06', 'GOV-07'], 'Outdated policies', 'Policies no longer match how the company works and staff follow neither.'],
  ['R-39', 'people', 3, 3, ['HR-11', 'GOV-05'], 'Key person dependency', 'Only one person knows how to run a critical system, and their absence stalls the business.'],
  ['R-40', 'people', 4, 3, ['HR-04', 'HR-05', 'HR-10'], 'Staff unaware of security duties', 'People do not know the rules or how to spot phishing and make avoidable mistakes.'],
  ['R-41', 'people', 2, 4, ['HR-01', 'HR-09', 'HR-12'], 'Untrustworthy hire or contractor', 'Someone given access to sensitive data has a history or intent that makes them unsafe.'],
  ['R-42', 'operational', 3, 3, ['INC-01', 'INC-03', 'INC-02'], 'Incident handled poorly', 'Without a clear plan and practised roles, an incident spreads, evidence is lost or customers are told late.'],
  ['R-43', 'operational', 3, 3, ['OPS-01', 'DATA-02'], 'Unknown assets', 'Servers, accounts or data stores nobody tracks are left unpatched and unmonitored.'],
  ['R-44', 'operational', 2, 3, ['MON-04', 'MON-05'], 'Monitoring silently stops', 'Logging or alerting breaks and nobody notices until it is needed.'],
];

/** The risk library, in the order the "create from library" list shows it. */
export const RISK_LIBRARY: readonly RiskTemplate[] = ROWS.map(
  ([id, category, likelihood, impact, controls, title, description]) => ({
    id,
    title,
    description,
    category,
    likelihood,
    impact,
    controls,
  }),
);

/** The library risk with this id, if any. */
export function riskTemplateById(id: string): RiskTemplate | undefined {
  return RISK_LIBRARY.find((r) => r.id === id);
}
