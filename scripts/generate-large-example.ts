// Writes public/examples/generated-5000.json: a made-up server with 5,000 tools, for trying the
// app at scale. Deterministic (seeded), so running it again gives the same file:
//   npx tsx scripts/generate-large-example.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/core/scenario/prng';

export const LARGE_EXAMPLE_COUNT = 5_000;
export const LARGE_EXAMPLE_FILE = new URL(
  '../public/examples/generated-5000.json',
  import.meta.url,
);

const DOMAINS: Record<string, string[]> = {
  billing: ['account', 'plan', 'usage', 'credit', 'statement'],
  crm: ['contact', 'lead', 'deal', 'company', 'note', 'activity'],
  tickets: ['ticket', 'comment', 'queue', 'macro', 'sla'],
  storage: ['bucket', 'object', 'lifecycle_rule', 'access_point'],
  compute: ['instance', 'volume', 'snapshot', 'image', 'security_group'],
  dns: ['zone', 'record', 'health_check'],
  email: ['message', 'template', 'domain', 'suppression'],
  calendar: ['event', 'calendar', 'attendee', 'room'],
  analytics: ['report', 'dashboard', 'segment', 'funnel', 'query'],
  search: ['index', 'document', 'synonym', 'alias'],
  users: ['user', 'session', 'api_key', 'role', 'mfa_device'],
  groups: ['group', 'membership', 'policy'],
  payments: ['payment', 'payout', 'card', 'dispute', 'balance'],
  invoices: ['invoice', 'line_item', 'tax_rate', 'credit_note'],
  orders: ['order', 'cart', 'return', 'discount'],
  inventory: ['sku', 'warehouse', 'stock_level', 'supplier'],
  shipping: ['shipment', 'label', 'carrier', 'rate'],
  notifications: ['notification', 'channel', 'subscription'],
  webhooks: ['webhook', 'delivery', 'endpoint'],
  secrets: ['secret', 'secret_version', 'kms_key'],
  logs: ['log_group', 'log_stream', 'saved_query'],
  metrics: ['metric', 'namespace', 'alarm'],
  backups: ['backup', 'backup_plan', 'restore_job'],
  deployments: ['deployment', 'release', 'environment', 'rollout'],
  pipelines: ['pipeline', 'build', 'artifact', 'runner'],
  repos: ['repository', 'branch', 'pull_request', 'commit', 'tag'],
  issues: ['issue', 'label', 'milestone', 'project_board'],
  wiki: ['page', 'space', 'attachment', 'revision'],
  chat: ['channel_message', 'thread', 'reaction', 'workspace_member'],
  ml: ['model', 'dataset', 'training_job', 'endpoint_config'],
  cdn: ['distribution', 'origin', 'cache_policy', 'invalidation'],
  queues: ['queue', 'queue_message', 'dead_letter_queue'],
  streams: ['stream', 'shard', 'consumer'],
  databases: ['cluster', 'database', 'table', 'replica', 'parameter_group'],
  identity: ['identity_provider', 'saml_app', 'oauth_client', 'scim_token'],
  hr: ['employee', 'time_off_request', 'position', 'review'],
  payroll: ['pay_run', 'pay_stub', 'deduction', 'bonus'],
  accounting: ['journal_entry', 'ledger_account', 'reconciliation', 'vendor_bill'],
  marketing: ['campaign', 'audience', 'ad_set', 'landing_page'],
  forms: ['form', 'form_response', 'form_field'],
  files: ['file', 'folder', 'share_link', 'file_version'],
  contracts: ['contract', 'signature_request', 'clause', 'renewal'],
  support: ['article', 'chat_transcript', 'csat_survey'],
  iot: ['device', 'device_shadow', 'firmware', 'fleet'],
  maps: ['geofence', 'route', 'place', 'tracker'],
  video: ['video', 'caption', 'live_stream', 'playlist'],
  ecommerce: ['product', 'collection', 'price_list', 'gift_card', 'review_reply'],
  security: ['finding', 'vulnerability', 'scan', 'waf_rule', 'firewall_rule'],
  network: ['vpc', 'subnet', 'route_table', 'load_balancer', 'nat_gateway'],
  k8s: ['pod', 'k8s_deployment', 'service', 'config_map', 'namespace_quota'],
};

type Kind = 'read' | 'write' | 'execute' | 'destructive' | 'financial' | 'other';

const VERBS: [verb: string, kind: Kind, phrase: string][] = [
  ['get', 'read', 'Get one'],
  ['list', 'read', 'List the'],
  ['describe', 'read', 'Describe a'],
  ['search', 'read', 'Search for'],
  ['count', 'read', 'Count the'],
  ['export', 'other', 'Export the'],
  ['create', 'write', 'Create a'],
  ['update', 'write', 'Update a'],
  ['set', 'write', 'Set the properties of a'],
  ['add', 'write', 'Add a'],
  ['copy', 'write', 'Copy a'],
  ['tag', 'write', 'Tag a'],
  ['upload', 'write', 'Upload a'],
  ['archive', 'other', 'Archive a'],
  ['sync', 'other', 'Synchronise the'],
  ['rotate', 'other', 'Rotate the credentials of a'],
  ['approve', 'write', 'Approve a pending'],
  ['run', 'execute', 'Run a job on a'],
  ['invoke', 'execute', 'Invoke the handler of a'],
  ['deploy', 'execute', 'Deploy a'],
  ['execute', 'execute', 'Execute a script against a'],
  ['delete', 'destructive', 'Delete a'],
  ['remove', 'destructive', 'Remove a'],
  ['purge', 'destructive', 'Purge the'],
  ['terminate', 'destructive', 'Terminate a'],
  ['refund', 'financial', 'Refund a charge on a'],
  ['charge', 'financial', 'Charge a'],
  ['transfer', 'financial', 'Transfer funds for a'],
];

function camel(words: string[]): string {
  return words
    .join('_')
    .split('_')
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

function inputSchema(kind: Kind, noun: string, rand: () => number): Record<string, unknown> {
  const id = `${noun}_id`;
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  if (kind === 'read' && rand() < 0.5) {
    properties.filter = { type: 'string', description: `Filter expression over ${noun} fields` };
    properties.page_size = { type: 'integer', minimum: 1, maximum: 1000, default: 50 };
    properties.page_token = { type: 'string' };
  } else {
    properties[id] = { type: 'string', description: `The ${noun.replace(/_/g, ' ')} ID` };
    required.push(id);
  }
  if (kind === 'write') {
    properties.fields = {
      type: 'object',
      additionalProperties: true,
      description: 'Fields to write',
    };
    required.push('fields');
  }
  if (kind === 'financial') {
    properties.amount = {
      type: 'integer',
      minimum: 1,
      description: 'Amount in the smallest currency unit',
    };
    properties.currency = { type: 'string', pattern: '^[A-Z]{3}$' };
    required.push('amount', 'currency');
  }
  if (kind === 'destructive' && rand() < 0.4) {
    properties.force = { type: 'boolean', default: false };
  }
  if (rand() < 0.2) properties.dry_run = { type: 'boolean', default: false };
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}) };
}

function annotations(kind: Kind, rand: () => number): Record<string, unknown> | undefined {
  if (rand() < 0.35) return undefined; // many real servers send none
  const openWorldHint = rand() < 0.5;
  if (kind === 'read') return { readOnlyHint: true, openWorldHint };
  if (kind === 'destructive') return { readOnlyHint: false, destructiveHint: true, openWorldHint };
  return {
    readOnlyHint: false,
    destructiveHint: false,
    idempotentHint: rand() < 0.5,
    openWorldHint,
  };
}

/** The tools of the generated example server, in a stable order. */
export function generateExampleTools(count: number, seed = 5000): Record<string, unknown>[] {
  const rand = mulberry32(seed);
  const combos: [string, string, (typeof VERBS)[number]][] = [];
  for (const [domain, nouns] of Object.entries(DOMAINS)) {
    for (const noun of nouns) for (const verb of VERBS) combos.push([domain, noun, verb]);
  }
  // Fisher–Yates with the seeded generator: a spread of domains and verbs in any prefix.
  for (let i = combos.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [combos[i], combos[j]] = [
      combos[j] as (typeof combos)[number],
      combos[i] as (typeof combos)[number],
    ];
  }
  if (count > combos.length) throw new Error(`at most ${combos.length} tools`);
  return combos.slice(0, count).map(([domain, noun, [verb, kind, phrase]]) => {
    const words = [domain, verb, noun];
    const name = rand() < 0.1 ? camel(words) : words.join('_');
    const thing = noun.replace(/_/g, ' ');
    const described = rand() < 0.85;
    const hints = annotations(kind, rand);
    return {
      name,
      ...(rand() < 0.5
        ? { title: `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${thing}` }
        : {}),
      ...(described ? { description: `${phrase} ${thing} in ${domain}.` } : {}),
      inputSchema: inputSchema(kind, noun, rand),
      ...(hints ? { annotations: hints } : {}),
    };
  });
}

/** The file's text: a tools/list result, one tool per line (readable diffs, modest size). */
export function largeExampleText(count = LARGE_EXAMPLE_COUNT): string {
  const lines = generateExampleTools(count).map((tool) => JSON.stringify(tool));
  return `{"tools": [\n${lines.join(',\n')}\n]}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(LARGE_EXAMPLE_FILE, largeExampleText());
}
