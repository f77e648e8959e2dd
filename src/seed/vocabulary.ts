// Words the demo data is made of: offers with their positioning, company and people names,
// titles, places, signals, reply texts. Plain data; generate.ts decides how it is combined.

export interface OfferSpec {
  name: string;
  type: 'product' | 'service';
  ownership: 'internal' | 'client';
  clientName?: string;
  priceRange: 'low' | 'mid' | 'high' | 'enterprise';
  description: string;
  problem: string;
  value: string;
  category: { name: string; competing_with: string; differentiator: string };
  whoFeelsIt: string[];
  impact: string;
  customerLanguage: string;
  awareness: 'unaware' | 'pain_point' | 'solution_aware' | 'product_aware';
  symptoms: { type: string; signal: string; detection: string; reasoning: string }[];
  outcomes: { immediate: string; short_term: string; long_term: string; emotional: string };
  alternatives: { name: string; cons: string }[];
  stacks: { name: string; signals: string[]; story: string; priority: 'high' | 'medium' | 'low'; expected_reply_rate: string }[];
  disqualifiers: string[];
  verticals: string[];
  sizeMin: number;
  sizeMax: number;
  icpSignals: string[];
  buyerTitles: string[];
  departments: string[];
  seniority: string[];
  /** Short outcome phrase used in copy: "cut ramp time in half". */
  promise: string;
  /** A proof point used in copy. */
  proof: string;
  /** What the client signs for: lives covered (benefits) or seats. */
  livesLabel: string;
}

export const OFFERS: OfferSpec[] = [
  {
    name: 'AI Sales Coach',
    type: 'product',
    ownership: 'internal',
    priceRange: 'mid',
    description: 'Role-play practice with an AI buyer so new reps are ready for live calls in weeks, not quarters.',
    problem: 'New sales reps take 6+ months to hit quota',
    value: 'Cut ramp time in half without taking managers off the floor',
    category: { name: 'AI Sales Coach', competing_with: 'Sales Training Platforms', differentiator: 'Real-time AI practice vs recorded videos' },
    whoFeelsIt: ['VP Sales', 'Sales Managers', 'Sales Enablement'],
    impact: 'Longer ramp time, missed revenue, manager burnout',
    customerLanguage: "Our reps aren't ready for live calls",
    awareness: 'pain_point',
    symptoms: [
      { type: 'hiring', signal: 'Posting SDR/BDR jobs', detection: 'TheirStack', reasoning: 'Growing teams need training' },
      { type: 'funding', signal: 'Raised Series A/B in the last 6 months', detection: 'Crunchbase', reasoning: 'New money goes to headcount' },
      { type: 'leadership', signal: 'New VP Sales or Enablement hire', detection: 'LinkedIn', reasoning: 'New leaders rebuild onboarding' },
    ],
    outcomes: { immediate: 'Reps practice without manager time', short_term: 'Cut ramp time 50%', long_term: '$150K+ revenue per rep, faster', emotional: 'Confidence before the first call' },
    alternatives: [
      { name: 'Status quo (shadow senior reps)', cons: "Doesn't scale, inconsistent" },
      { name: 'Video courses', cons: 'Passive, nobody practices objections' },
    ],
    stacks: [
      { name: 'Rapid Scaling Stack', signals: ['Series A/B funding', 'Hiring 3+ sales roles'], story: 'Growing fast, training is falling on managers', priority: 'high', expected_reply_rate: '15-25%' },
      { name: 'New Leader Stack', signals: ['New VP Sales', 'Hiring enablement'], story: 'A new leader wants quick wins in onboarding', priority: 'medium', expected_reply_rate: '8-12%' },
    ],
    disqualifiers: ['Too small (< 10 employees)', 'Enterprise (1000+ employees)', 'No outbound team'],
    verticals: ['saas', 'fintech', 'martech'],
    sizeMin: 20,
    sizeMax: 500,
    icpSignals: ['hiring_sales', 'using_crm', 'recent_funding'],
    buyerTitles: ['VP Sales', 'Head of Sales', 'Sales Director', 'Head of Sales Enablement'],
    departments: ['Sales', 'Revenue'],
    seniority: ['director', 'vp', 'c_level'],
    promise: 'cut new-rep ramp time in half',
    proof: 'Cadence Labs got 9 new SDRs to quota in 11 weeks',
    livesLabel: 'seats',
  },
  {
    name: 'SOC 2 in 60 Days',
    type: 'product',
    ownership: 'internal',
    priceRange: 'high',
    description: 'Compliance automation that collects evidence from your cloud and HR tools and gets you audit-ready for SOC 2 Type I in 60 days.',
    problem: 'Enterprise deals stall on security questionnaires',
    value: 'Pass SOC 2 without hiring a compliance team',
    category: { name: 'Compliance Automation', competing_with: 'Consultants and spreadsheets', differentiator: 'Continuous evidence collection with a fixed-fee auditor network' },
    whoFeelsIt: ['CTO', 'VP Engineering', 'Head of Security'],
    impact: 'Lost enterprise deals, months of engineering time on audits',
    customerLanguage: 'Procurement asked for our SOC 2 report again',
    awareness: 'solution_aware',
    symptoms: [
      { type: 'hiring', signal: 'Posting a first security engineer role', detection: 'TheirStack', reasoning: 'Security is becoming a board topic' },
      { type: 'sales_motion', signal: 'Moving upmarket (enterprise page, SSO)', detection: 'Firecrawl', reasoning: 'Enterprise buyers require SOC 2' },
    ],
    outcomes: { immediate: 'Policies and controls mapped in a week', short_term: 'Type I report in 60 days', long_term: 'Security questionnaires answered in minutes', emotional: 'No more dreading procurement calls' },
    alternatives: [
      { name: 'Compliance consultants', cons: 'Expensive, slow, manual evidence' },
      { name: 'DIY with spreadsheets', cons: 'Engineers spend months on screenshots' },
    ],
    stacks: [
      { name: 'Upmarket Stack', signals: ['Enterprise pricing page', 'SSO launched', 'Security hire'], story: 'Selling to enterprise, security review is the blocker', priority: 'high', expected_reply_rate: '10-18%' },
    ],
    disqualifiers: ['Already SOC 2 certified', 'Pure B2C'],
    verticals: ['saas', 'healthtech', 'fintech', 'devtools'],
    sizeMin: 15,
    sizeMax: 400,
    icpSignals: ['hiring_security', 'enterprise_motion', 'uses_aws'],
    buyerTitles: ['CTO', 'VP Engineering', 'Head of Security', 'Director of IT'],
    departments: ['Engineering', 'Security', 'IT'],
    seniority: ['director', 'vp', 'c_level'],
    promise: 'get SOC 2 Type I done in 60 days',
    proof: 'Brightwave closed a $400K enterprise deal a week after its report landed',
    livesLabel: 'seats',
  },
  {
    name: 'Fractional CFO Service',
    type: 'service',
    ownership: 'client',
    clientName: 'Northbeam Advisory',
    priceRange: 'high',
    description: 'A part-time CFO and finance team for venture-backed startups: board reporting, fundraising models and cash planning.',
    problem: 'Founders run finance in spreadsheets until a board meeting goes wrong',
    value: 'CFO-level finance for a fraction of a full-time hire',
    category: { name: 'Fractional Finance', competing_with: 'Full-time CFO hire', differentiator: 'Senior operators who have raised Series B+ rounds' },
    whoFeelsIt: ['CEO', 'Founder', 'COO'],
    impact: 'Bad forecasts, surprise cash crunches, slower fundraising',
    customerLanguage: 'I spend my weekends on the board deck',
    awareness: 'pain_point',
    symptoms: [
      { type: 'funding', signal: 'Raised a seed or Series A round', detection: 'Crunchbase', reasoning: 'Boards now expect real reporting' },
      { type: 'hiring', signal: 'Posting a finance manager role', detection: 'TheirStack', reasoning: 'They know they need help' },
    ],
    outcomes: { immediate: 'Clean books in 30 days', short_term: 'Board-ready model and 18-month cash plan', long_term: 'Faster, better-priced next round', emotional: 'Sleep before board meetings' },
    alternatives: [
      { name: 'Full-time CFO', cons: '$300K+ and months to hire' },
      { name: 'Bookkeeper only', cons: 'History, not planning' },
    ],
    stacks: [
      { name: 'Post-Raise Stack', signals: ['Raised in the last 90 days', 'Headcount growth 20%+'], story: 'New money, new board, no finance lead', priority: 'high', expected_reply_rate: '12-20%' },
    ],
    disqualifiers: ['Has a full-time CFO', 'Pre-revenue without funding'],
    verticals: ['saas', 'ecommerce', 'healthtech', 'climate'],
    sizeMin: 10,
    sizeMax: 200,
    icpSignals: ['recent_funding', 'hiring_finance'],
    buyerTitles: ['CEO', 'Founder', 'COO', 'Co-Founder'],
    departments: ['Executive', 'Finance'],
    seniority: ['c_level'],
    promise: 'have a board-ready model before your next meeting',
    proof: 'we helped Loomly extend runway by 7 months without a bridge round',
    livesLabel: 'entities',
  },
  {
    name: 'Cloud Cost Autopilot',
    type: 'product',
    ownership: 'internal',
    priceRange: 'mid',
    description: 'Finds idle and oversized AWS, GCP and Azure resources and rightsizes them automatically, with guardrails.',
    problem: 'Cloud bills grow faster than revenue',
    value: 'Cut cloud spend 20-35% without an engineering sprint',
    category: { name: 'FinOps Automation', competing_with: 'Cost dashboards', differentiator: 'Acts on savings instead of reporting them' },
    whoFeelsIt: ['CTO', 'VP Engineering', 'Head of Platform', 'CFO'],
    impact: 'Gross margin erosion, finance-engineering friction',
    customerLanguage: 'Our AWS bill doubled and nobody knows why',
    awareness: 'pain_point',
    symptoms: [
      { type: 'tech_stack', signal: 'Kubernetes plus multi-region AWS', detection: 'Sumble', reasoning: 'Complex infra hides waste' },
      { type: 'hiring', signal: 'Posting FinOps or platform roles', detection: 'TheirStack', reasoning: 'Cost is on the roadmap' },
    ],
    outcomes: { immediate: 'Savings report in 24 hours', short_term: '20% lower bill in a month', long_term: 'Margins that scale', emotional: 'No more bill-shock Mondays' },
    alternatives: [
      { name: 'Native cost explorer', cons: 'Shows the problem, fixes nothing' },
      { name: 'Manual rightsizing sprints', cons: 'Savings decay in weeks' },
    ],
    stacks: [
      { name: 'Scale-Up Infra Stack', signals: ['Kubernetes', 'Hiring platform engineers', 'Series B+'], story: 'Infra grew with the team, nobody owns cost', priority: 'high', expected_reply_rate: '8-15%' },
    ],
    disqualifiers: ['On-prem only', 'Cloud spend under $10K/month'],
    verticals: ['saas', 'devtools', 'ai', 'fintech'],
    sizeMin: 50,
    sizeMax: 2000,
    icpSignals: ['uses_kubernetes', 'hiring_platform', 'multi_cloud'],
    buyerTitles: ['CTO', 'VP Engineering', 'Head of Platform', 'Director of Infrastructure'],
    departments: ['Engineering', 'Platform'],
    seniority: ['director', 'vp', 'c_level'],
    promise: 'cut your cloud bill by a fifth without a sprint',
    proof: 'Quantix saved $41K a month in the first six weeks',
    livesLabel: 'seats',
  },
  {
    name: 'Engineering Talent Partner',
    type: 'service',
    ownership: 'client',
    clientName: 'Hirewell Partners',
    priceRange: 'high',
    description: 'Embedded recruiters who hire senior engineers in 30 days, paid per hire with a 90-day guarantee.',
    problem: 'Senior engineering roles stay open for months',
    value: 'Senior engineers in 30 days, not 120',
    category: { name: 'Embedded Recruiting', competing_with: 'Contingency agencies', differentiator: 'Dedicated recruiters inside your ATS and Slack' },
    whoFeelsIt: ['VP Engineering', 'CTO', 'Head of Talent'],
    impact: 'Roadmap slips, team burnout',
    customerLanguage: "We've had the staff engineer role open since spring",
    awareness: 'pain_point',
    symptoms: [
      { type: 'hiring', signal: '5+ engineering roles open 45+ days', detection: 'TheirStack', reasoning: 'In-house recruiting is saturated' },
      { type: 'funding', signal: 'Raised in the last 6 months', detection: 'Crunchbase', reasoning: 'Hiring plan just got bigger' },
    ],
    outcomes: { immediate: 'Calibrated shortlist in 10 days', short_term: 'First hire in 30 days', long_term: 'Hiring plan delivered on time', emotional: 'Back to building instead of interviewing' },
    alternatives: [
      { name: 'Contingency agencies', cons: 'CV spam, 25% fees' },
      { name: 'More in-house recruiters', cons: 'Slow to hire, fixed cost' },
    ],
    stacks: [
      { name: 'Hiring Spree Stack', signals: ['Series A/B', '5+ eng roles', 'Roles open 45+ days'], story: 'Funded to hire, hiring is the bottleneck', priority: 'high', expected_reply_rate: '12-22%' },
    ],
    disqualifiers: ['Hiring freeze', 'Fewer than 2 open engineering roles'],
    verticals: ['saas', 'ai', 'fintech', 'devtools', 'healthtech'],
    sizeMin: 30,
    sizeMax: 1000,
    icpSignals: ['hiring_engineering', 'recent_funding'],
    buyerTitles: ['VP Engineering', 'CTO', 'Head of Talent', 'Director of Engineering'],
    departments: ['Engineering', 'People'],
    seniority: ['director', 'vp', 'c_level'],
    promise: 'fill your senior engineering roles in 30 days',
    proof: 'Stackpoint hired four senior backend engineers in five weeks',
    livesLabel: 'hires',
  },
  {
    name: 'Benefits Marketplace',
    type: 'product',
    ownership: 'internal',
    priceRange: 'enterprise',
    description: 'A benefits platform for mid-market employers: health plans, stipends and compliance in one place, priced per covered life.',
    problem: 'HR teams juggle brokers, carriers and spreadsheets every open enrollment',
    value: 'Better benefits at lower cost per life, administered in one place',
    category: { name: 'Benefits Administration', competing_with: 'Traditional brokers', differentiator: 'Transparent per-life pricing with plan analytics' },
    whoFeelsIt: ['Head of People', 'VP HR', 'CFO'],
    impact: 'Rising premiums, enrollment errors, employee churn',
    customerLanguage: 'Open enrollment takes over my whole quarter',
    awareness: 'solution_aware',
    symptoms: [
      { type: 'hiring', signal: 'Hiring a benefits or total-rewards manager', detection: 'TheirStack', reasoning: 'Benefits are getting attention' },
      { type: 'growth', signal: 'Headcount crossed 100 in the last year', detection: 'LinkedIn', reasoning: 'New compliance obligations kick in' },
    ],
    outcomes: { immediate: 'Plan benchmark in a week', short_term: 'Smooth open enrollment', long_term: '8-12% lower cost per life', emotional: 'Employees stop emailing HR about claims' },
    alternatives: [
      { name: 'Incumbent broker', cons: 'Opaque commissions, annual check-ins' },
      { name: 'PEO', cons: 'Less control, bundled pricing' },
    ],
    stacks: [
      { name: 'Crossing 100 Stack', signals: ['Headcount 100+', 'New HR leader', 'Renewal in 90 days'], story: 'Outgrew the first broker', priority: 'high', expected_reply_rate: '9-14%' },
    ],
    disqualifiers: ['Fewer than 50 employees', 'Union-negotiated plans only'],
    verticals: ['saas', 'healthcare', 'manufacturing', 'logistics', 'ecommerce'],
    sizeMin: 50,
    sizeMax: 5000,
    icpSignals: ['headcount_growth', 'hiring_hr', 'renewal_window'],
    buyerTitles: ['Head of People', 'VP HR', 'Director of Total Rewards', 'CFO'],
    departments: ['People', 'HR', 'Finance'],
    seniority: ['director', 'vp', 'c_level'],
    promise: 'lower your cost per covered life before renewal',
    proof: 'Harborline cut premiums 11% while adding a mental-health stipend',
    livesLabel: 'lives',
  },
  {
    name: 'Pipeline Observability',
    type: 'product',
    ownership: 'internal',
    priceRange: 'mid',
    description: 'Data observability for dbt and Airflow: catches broken pipelines and bad data before dashboards do.',
    problem: 'Executives find data bugs before the data team does',
    value: 'Trustworthy dashboards with alerts in minutes, not days',
    category: { name: 'Data Observability', competing_with: 'Homegrown dbt tests', differentiator: 'Column-level lineage with anomaly detection out of the box' },
    whoFeelsIt: ['Head of Data', 'Analytics Engineering Lead', 'VP Data'],
    impact: 'Bad decisions on bad numbers, lost trust in data',
    customerLanguage: 'The CEO asked why revenue dropped 40% overnight (it did not)',
    awareness: 'pain_point',
    symptoms: [
      { type: 'tech_stack', signal: 'Uses dbt and Snowflake', detection: 'Sumble', reasoning: 'Modern stack, many moving parts' },
      { type: 'hiring', signal: 'Hiring analytics engineers', detection: 'TheirStack', reasoning: 'Data team is scaling' },
    ],
    outcomes: { immediate: 'Lineage map on day one', short_term: 'Incidents caught before stakeholders notice', long_term: 'A data team the business trusts', emotional: 'No more 7am Slack fire drills' },
    alternatives: [
      { name: 'dbt tests only', cons: 'Only catches what you thought of' },
      { name: 'Manual spot checks', cons: 'Misses silent failures' },
    ],
    stacks: [
      { name: 'Modern Data Stack', signals: ['dbt', 'Snowflake or BigQuery', 'Hiring analytics engineers'], story: 'Data team grew, quality did not', priority: 'high', expected_reply_rate: '10-16%' },
    ],
    disqualifiers: ['No data team', 'Legacy on-prem warehouse only'],
    verticals: ['saas', 'ecommerce', 'fintech', 'martech'],
    sizeMin: 50,
    sizeMax: 3000,
    icpSignals: ['uses_dbt', 'uses_snowflake', 'hiring_data'],
    buyerTitles: ['Head of Data', 'VP Data', 'Director of Analytics', 'Analytics Engineering Manager'],
    departments: ['Data', 'Analytics', 'Engineering'],
    seniority: ['manager', 'director', 'vp'],
    promise: 'catch broken pipelines before your dashboards do',
    proof: 'Fernhill cut data incidents reaching execs from 9 a month to 1',
    livesLabel: 'seats',
  },
  {
    name: 'RevOps Sprint',
    type: 'service',
    ownership: 'internal',
    priceRange: 'mid',
    description: 'A four-week fixed-scope sprint that cleans up HubSpot or Salesforce, routing and pipeline reporting.',
    problem: 'Nobody trusts the pipeline numbers in the CRM',
    value: 'A CRM your board deck can be built from',
    category: { name: 'RevOps Consulting', competing_with: 'Full-time RevOps hire', differentiator: 'Fixed scope, fixed price, four weeks' },
    whoFeelsIt: ['VP Sales', 'CRO', 'Head of RevOps', 'CEO'],
    impact: 'Forecast misses, lost leads, wasted rep time',
    customerLanguage: 'Every team has its own version of pipeline',
    awareness: 'pain_point',
    symptoms: [
      { type: 'hiring', signal: 'Posting a RevOps or sales-ops role', detection: 'TheirStack', reasoning: 'They know the CRM is a mess' },
      { type: 'tech_stack', signal: 'Migrating CRM', detection: 'Sumble', reasoning: 'Migration is the moment to fix data' },
    ],
    outcomes: { immediate: 'CRM audit in week one', short_term: 'Clean routing and dashboards in four weeks', long_term: 'Forecasts within 5%', emotional: 'Pipeline reviews without arguments' },
    alternatives: [
      { name: 'Hire RevOps', cons: 'Three months to hire, a year to fix' },
      { name: 'Ignore it', cons: 'Forecast misses compound' },
    ],
    stacks: [
      { name: 'Forecast Pain Stack', signals: ['New CRO', 'RevOps role open', 'Series B'], story: 'New leadership needs numbers it can trust', priority: 'high', expected_reply_rate: '11-18%' },
    ],
    disqualifiers: ['No CRM', 'Sales team under 5'],
    verticals: ['saas', 'fintech', 'martech', 'devtools'],
    sizeMin: 30,
    sizeMax: 800,
    icpSignals: ['hiring_revops', 'uses_hubspot', 'uses_salesforce'],
    buyerTitles: ['CRO', 'VP Sales', 'Head of RevOps', 'VP Revenue Operations'],
    departments: ['Sales', 'Revenue', 'Operations'],
    seniority: ['director', 'vp', 'c_level'],
    promise: 'get pipeline numbers everyone trusts in four weeks',
    proof: 'Tidewater went from 3 pipeline definitions to 1 and hit forecast two quarters in a row',
    livesLabel: 'seats',
  },
  {
    name: 'Security Awareness Training',
    type: 'product',
    ownership: 'client',
    clientName: 'Phishguard',
    priceRange: 'low',
    description: 'Five-minute monthly security lessons and phishing simulations that employees actually finish.',
    problem: 'Employees click phishing links despite annual training',
    value: 'Phishing click rates under 3% in a quarter',
    category: { name: 'Security Awareness', competing_with: 'Annual compliance videos', differentiator: 'Micro-lessons tied to real simulated attacks' },
    whoFeelsIt: ['CISO', 'IT Director', 'Head of Security'],
    impact: 'Breaches, insurance premiums, audit findings',
    customerLanguage: 'Finance wired money to a fake vendor again',
    awareness: 'solution_aware',
    symptoms: [
      { type: 'compliance', signal: 'Pursuing SOC 2 or ISO 27001', detection: 'Firecrawl', reasoning: 'Training is a required control' },
      { type: 'incident', signal: 'Reported phishing incident', detection: 'Exa', reasoning: 'Pain is fresh' },
    ],
    outcomes: { immediate: 'Baseline phishing test in a week', short_term: 'Click rate halved in 90 days', long_term: 'Lower cyber-insurance premiums', emotional: 'Fewer 2am incident calls' },
    alternatives: [{ name: 'Annual video training', cons: 'Forgotten in a week' }],
    stacks: [
      { name: 'Compliance Push Stack', signals: ['SOC 2 in progress', 'Security hire', '100+ employees'], story: 'Audit needs training evidence', priority: 'medium', expected_reply_rate: '6-10%' },
    ],
    disqualifiers: ['Fewer than 25 employees'],
    verticals: ['healthcare', 'fintech', 'legal', 'manufacturing', 'saas'],
    sizeMin: 25,
    sizeMax: 5000,
    icpSignals: ['compliance_program', 'hiring_security'],
    buyerTitles: ['CISO', 'IT Director', 'Head of Security', 'VP IT'],
    departments: ['Security', 'IT'],
    seniority: ['manager', 'director', 'vp', 'c_level'],
    promise: 'get phishing click rates under 3% this quarter',
    proof: 'Meridian Health went from 18% to 2% clicks in 100 days',
    livesLabel: 'seats',
  },
  {
    name: 'Customer Onboarding Platform',
    type: 'product',
    ownership: 'internal',
    priceRange: 'mid',
    description: 'Shared onboarding plans, tasks and progress tracking between vendors and their new customers.',
    problem: 'New customers take too long to go live and churn in year one',
    value: 'Time-to-value cut by 40%',
    category: { name: 'Customer Onboarding', competing_with: 'Spreadsheets and project tools', differentiator: 'Customer-facing plans with automatic nudges' },
    whoFeelsIt: ['VP Customer Success', 'Head of Onboarding', 'COO'],
    impact: 'Delayed revenue recognition, early churn',
    customerLanguage: 'Implementation takes twice as long as we promised',
    awareness: 'pain_point',
    symptoms: [
      { type: 'hiring', signal: 'Hiring implementation managers', detection: 'TheirStack', reasoning: 'Onboarding volume is growing' },
      { type: 'reviews', signal: 'G2 reviews mention slow onboarding', detection: 'Exa', reasoning: 'Customers complain in public' },
    ],
    outcomes: { immediate: 'Templates live in a day', short_term: 'Go-lives 40% faster', long_term: 'Year-one churn down', emotional: 'Customers who feel looked after' },
    alternatives: [{ name: 'Project management tools', cons: 'Built for internal teams, not customers' }],
    stacks: [
      { name: 'Onboarding Crunch Stack', signals: ['Hiring CS/implementation', 'Series B', 'Enterprise customers'], story: 'More customers than the CS team can onboard', priority: 'high', expected_reply_rate: '9-15%' },
    ],
    disqualifiers: ['Self-serve only product'],
    verticals: ['saas', 'fintech', 'healthtech', 'martech'],
    sizeMin: 40,
    sizeMax: 1500,
    icpSignals: ['hiring_cs', 'enterprise_customers'],
    buyerTitles: ['VP Customer Success', 'Head of Onboarding', 'Director of Implementation', 'COO'],
    departments: ['Customer Success', 'Operations'],
    seniority: ['manager', 'director', 'vp', 'c_level'],
    promise: 'get new customers live 40% faster',
    proof: 'Orbital cut average go-live from 74 to 41 days',
    livesLabel: 'seats',
  },
];

export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Chris', 'Karen', 'Daniel', 'Lisa', 'Matthew', 'Nancy', 'Anthony',
  'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley', 'Paul', 'Emily', 'Andrew', 'Michelle', 'Joshua', 'Amanda', 'Kevin', 'Melissa',
  'Brian', 'Stephanie', 'George', 'Rebecca', 'Tim', 'Laura', 'Ryan', 'Sharon', 'Jacob', 'Cynthia', 'Gary', 'Kathleen', 'Nicholas',
  'Amy', 'Eric', 'Angela', 'Jonathan', 'Anna', 'Stephen', 'Brenda', 'Larry', 'Emma', 'Justin', 'Olivia', 'Scott', 'Sophia',
  'Brandon', 'Priya', 'Raj', 'Wei', 'Mei', 'Hiroshi', 'Yuki', 'Carlos', 'Sofia', 'Diego', 'Lucia', 'Ahmed', 'Fatima', 'Omar',
  'Leila', 'Lars', 'Ingrid', 'Sven', 'Astrid', 'Pierre', 'Camille', 'Luca', 'Giulia', 'Mateo', 'Valentina', 'Noah', 'Ava',
  'Liam', 'Mia', 'Ethan', 'Chloe', 'Aiden', 'Zoe', 'Kwame', 'Amara', 'Chen', 'Ananya', 'Arjun', 'Nadia', 'Tomas', 'Elena',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White',
  'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres',
  'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts',
  'Patel', 'Shah', 'Kumar', 'Singh', 'Chen', 'Wang', 'Li', 'Zhang', 'Tanaka', 'Sato', 'Kim', 'Park', 'Muller', 'Schmidt',
  'Schneider', 'Fischer', 'Dubois', 'Moreau', 'Rossi', 'Russo', 'Silva', 'Santos', 'Johansson', 'Larsen', 'Novak', 'Kowalski',
  'OBrien', 'Murphy', 'Kelly', 'Sullivan', 'Cohen', 'Levi', 'Haddad', 'Okafor', 'Mensah', 'Ivanova', 'Petrov', 'Andersen',
];

export const COMPANY_PREFIXES = [
  'Acme', 'Brightwave', 'Cadence', 'Northwind', 'Bluepeak', 'Ironclad', 'Lumen', 'Quantix', 'Stackpoint', 'Tidewater', 'Harbor',
  'Meridian', 'Orbital', 'Fernhill', 'Granite', 'Silverline', 'Redwood', 'Summit', 'Vertex', 'Nimbus', 'Pioneer', 'Keystone',
  'Atlas', 'Beacon', 'Crescent', 'Driftwood', 'Evergreen', 'Falcon', 'Glacier', 'Horizon', 'Juniper', 'Kestrel', 'Lantern',
  'Maple', 'Nova', 'Oakridge', 'Pinnacle', 'Quarry', 'Riverbend', 'Sequoia', 'Trellis', 'Umbra', 'Vantage', 'Willow', 'Zenith',
  'Arcadia', 'Bramble', 'Cobalt', 'Delta', 'Ember', 'Flint', 'Grove', 'Helix', 'Indigo', 'Jasper', 'Kinetic', 'Loom', 'Mosaic',
  'Nexus', 'Onyx', 'Prism', 'Quill', 'Radiant', 'Sable', 'Tandem', 'Uplift', 'Velvet', 'Wavelength', 'Yarrow', 'Zephyr',
  'Amber', 'Basalt', 'Cinder', 'Dune', 'Echo', 'Fathom', 'Gale', 'Hearth', 'Isle', 'Jetty', 'Kite', 'Ledger', 'Mariner',
];

export const COMPANY_SUFFIXES = [
  'Labs', 'Health', 'Analytics', 'Systems', 'Logistics', 'Software', 'Cloud', 'AI', 'Networks', 'Bio', 'Financial', 'Robotics',
  'Data', 'Security', 'Commerce', 'Energy', 'Works', 'Digital', 'Foods', 'Mobility', 'Pay', 'HQ', 'Studio', 'Partners',
];

export const TLDS = ['com', 'com', 'com', 'io', 'ai', 'co', 'dev', 'app'];

export const VERTICALS: { vertical: string; industry: string }[] = [
  { vertical: 'saas', industry: 'Computer Software' },
  { vertical: 'fintech', industry: 'Financial Services' },
  { vertical: 'healthtech', industry: 'Health, Wellness and Fitness' },
  { vertical: 'healthcare', industry: 'Hospital & Health Care' },
  { vertical: 'martech', industry: 'Marketing and Advertising' },
  { vertical: 'devtools', industry: 'Information Technology and Services' },
  { vertical: 'ai', industry: 'Artificial Intelligence' },
  { vertical: 'ecommerce', industry: 'Retail' },
  { vertical: 'logistics', industry: 'Logistics and Supply Chain' },
  { vertical: 'manufacturing', industry: 'Industrial Automation' },
  { vertical: 'climate', industry: 'Renewables & Environment' },
  { vertical: 'legal', industry: 'Legal Services' },
];

export const LOCATIONS: { city: string; state: string | null; country: string; zone: string }[] = [
  { city: 'New York', state: 'NY', country: 'US', zone: 'America/New_York' },
  { city: 'Boston', state: 'MA', country: 'US', zone: 'America/New_York' },
  { city: 'Atlanta', state: 'GA', country: 'US', zone: 'America/New_York' },
  { city: 'Miami', state: 'FL', country: 'US', zone: 'America/New_York' },
  { city: 'Chicago', state: 'IL', country: 'US', zone: 'America/Chicago' },
  { city: 'Austin', state: 'TX', country: 'US', zone: 'America/Chicago' },
  { city: 'Denver', state: 'CO', country: 'US', zone: 'America/Denver' },
  { city: 'San Francisco', state: 'CA', country: 'US', zone: 'America/Los_Angeles' },
  { city: 'Seattle', state: 'WA', country: 'US', zone: 'America/Los_Angeles' },
  { city: 'Los Angeles', state: 'CA', country: 'US', zone: 'America/Los_Angeles' },
  { city: 'Toronto', state: 'ON', country: 'CA', zone: 'America/Toronto' },
  { city: 'London', state: null, country: 'GB', zone: 'Europe/London' },
  { city: 'Berlin', state: null, country: 'DE', zone: 'Europe/Berlin' },
  { city: 'Amsterdam', state: null, country: 'NL', zone: 'Europe/Amsterdam' },
  { city: 'Dublin', state: null, country: 'IE', zone: 'Europe/Dublin' },
];

/** Zones campaigns send in (each has its own sending accounts). */
export const CAMPAIGN_ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London'];

export const TECH_STACK = [
  'salesforce', 'hubspot', 'gong', 'outreach', 'salesloft', 'slack', 'zoom', 'aws', 'gcp', 'azure', 'kubernetes', 'snowflake',
  'dbt', 'bigquery', 'segment', 'stripe', 'zendesk', 'intercom', 'workday', 'rippling', 'gusto', 'okta', 'datadog', 'github',
];

export const GROWTH_SIGNALS = [
  'new_office', 'leadership_hire', 'product_launch', 'headcount_growth', 'new_market', 'acquisition', 'partnership', 'award',
];

export const FUNDING_STAGES = ['pre_seed', 'seed', 'series_a', 'series_b', 'series_c', 'series_d', 'private_equity'];

export interface TitleSpec {
  title: string;
  normalized: string;
  department: string;
  seniority: 'c_level' | 'vp' | 'director' | 'manager' | 'individual';
}

export const TITLES: TitleSpec[] = [
  { title: 'Chief Executive Officer', normalized: 'ceo', department: 'Executive', seniority: 'c_level' },
  { title: 'Co-Founder & CEO', normalized: 'ceo', department: 'Executive', seniority: 'c_level' },
  { title: 'Chief Technology Officer', normalized: 'cto', department: 'Engineering', seniority: 'c_level' },
  { title: 'Chief Revenue Officer', normalized: 'cro', department: 'Revenue', seniority: 'c_level' },
  { title: 'Chief Financial Officer', normalized: 'cfo', department: 'Finance', seniority: 'c_level' },
  { title: 'Chief Operating Officer', normalized: 'coo', department: 'Operations', seniority: 'c_level' },
  { title: 'Chief Information Security Officer', normalized: 'ciso', department: 'Security', seniority: 'c_level' },
  { title: 'VP Sales', normalized: 'vp_sales', department: 'Sales', seniority: 'vp' },
  { title: 'VP Engineering', normalized: 'vp_engineering', department: 'Engineering', seniority: 'vp' },
  { title: 'VP Customer Success', normalized: 'vp_customer_success', department: 'Customer Success', seniority: 'vp' },
  { title: 'VP People', normalized: 'vp_people', department: 'People', seniority: 'vp' },
  { title: 'VP Data', normalized: 'vp_data', department: 'Data', seniority: 'vp' },
  { title: 'VP Revenue Operations', normalized: 'vp_revops', department: 'Operations', seniority: 'vp' },
  { title: 'Head of Sales', normalized: 'head_sales', department: 'Sales', seniority: 'director' },
  { title: 'Head of Security', normalized: 'head_security', department: 'Security', seniority: 'director' },
  { title: 'Head of Data', normalized: 'head_data', department: 'Data', seniority: 'director' },
  { title: 'Head of People', normalized: 'head_people', department: 'People', seniority: 'director' },
  { title: 'Head of Platform', normalized: 'head_platform', department: 'Engineering', seniority: 'director' },
  { title: 'Head of RevOps', normalized: 'head_revops', department: 'Operations', seniority: 'director' },
  { title: 'Sales Director', normalized: 'director_sales', department: 'Sales', seniority: 'director' },
  { title: 'Director of Engineering', normalized: 'director_engineering', department: 'Engineering', seniority: 'director' },
  { title: 'Director of IT', normalized: 'director_it', department: 'IT', seniority: 'director' },
  { title: 'Director of Analytics', normalized: 'director_analytics', department: 'Data', seniority: 'director' },
  { title: 'Director of Total Rewards', normalized: 'director_total_rewards', department: 'People', seniority: 'director' },
  { title: 'Sales Manager', normalized: 'manager_sales', department: 'Sales', seniority: 'manager' },
  { title: 'Engineering Manager', normalized: 'manager_engineering', department: 'Engineering', seniority: 'manager' },
  { title: 'Analytics Engineering Manager', normalized: 'manager_analytics', department: 'Data', seniority: 'manager' },
  { title: 'IT Manager', normalized: 'manager_it', department: 'IT', seniority: 'manager' },
  { title: 'Onboarding Manager', normalized: 'manager_onboarding', department: 'Customer Success', seniority: 'manager' },
  { title: 'Account Executive', normalized: 'account_executive', department: 'Sales', seniority: 'individual' },
  { title: 'Senior Software Engineer', normalized: 'engineer', department: 'Engineering', seniority: 'individual' },
  { title: 'Sales Development Representative', normalized: 'sdr', department: 'Sales', seniority: 'individual' },
  { title: 'Data Analyst', normalized: 'analyst_data', department: 'Data', seniority: 'individual' },
  { title: 'Recruiter', normalized: 'recruiter', department: 'People', seniority: 'individual' },
];

export const REPLIES: Record<'positive' | 'neutral' | 'question' | 'negative' | 'ooo', string[]> = {
  positive: [
    "Hi, timing is actually good. Can you send a couple of times for next week?",
    'This is on our list for Q3. Happy to chat, grab a slot on my calendar.',
    "Interesting, we've been talking about exactly this. Let's set up 30 minutes.",
    'Yes, please loop in whoever runs demos. Tuesday or Thursday works.',
  ],
  neutral: [
    'Thanks for reaching out. Not a priority right now, check back in a few months.',
    "Forwarding to our ops lead, she'd be the right person.",
    'Send over some material and I will take a look.',
  ],
  question: [
    'How does pricing work for a team our size?',
    'Do you integrate with HubSpot? That would be a requirement.',
    'Who else in our space is using this?',
    'What does implementation look like, and how long does it take?',
  ],
  negative: [
    'Not interested, thanks.',
    'We just signed with another vendor.',
    'Please stop emailing me.',
    'We built this in-house already.',
  ],
  ooo: [
    'I am out of the office until Monday with limited access to email.',
    'Thanks for your message. I am on parental leave and will respond when I return.',
    'Out of office: travelling for a conference this week.',
  ],
};

export const WEBSITE_PAGES = ['/pricing', '/case-studies', '/product', '/blog/benchmarks', '/security', '/integrations', '/demo'];
export const CONTENT_ASSETS = ['2025 Benchmark Report', 'ROI Calculator', 'Buyer Guide', 'Implementation Checklist', 'Playbook PDF'];

export const ACCOUNT_OWNERS = ['mike', 'eugene', 'sara', 'lena', 'omar', 'priya', 'tom', 'ines', 'kofi', 'yara'];

export const SALES_REPS = [
  { id: 'rep_01', name: 'Mike Donovan', team: 'Mid-Market East' },
  { id: 'rep_02', name: 'Eugene Park', team: 'Mid-Market West' },
  { id: 'rep_03', name: 'Sara Lindqvist', team: 'Enterprise' },
  { id: 'rep_04', name: 'Omar Haddad', team: 'Enterprise' },
  { id: 'rep_05', name: 'Priya Nair', team: 'EMEA' },
];

export const OVERRIDE_USERS = [
  { user: 'admin@gtm-graph.dev', role: 'admin' },
  { user: 'sara@gtm-graph.dev', role: 'sales_manager' },
  { user: 'lena@gtm-graph.dev', role: 'customer_success' },
];

export const TOOLS = [
  { name: 'parallel_companies', type: 'company_search', docs: 'https://docs.parallel.ai/', base: 'https://api.parallel.ai', perMinute: 60, perDay: 5000 },
  { name: 'parallel_people', type: 'people_search', docs: 'https://docs.parallel.ai/', base: 'https://api.parallel.ai', perMinute: 60, perDay: 5000 },
  { name: 'theirstack', type: 'company_search', docs: 'https://theirstack.com/docs', base: 'https://api.theirstack.com', perMinute: 30, perDay: 2000 },
  { name: 'exa', type: 'company_search', docs: 'https://docs.exa.ai/', base: 'https://api.exa.ai', perMinute: 120, perDay: 10000 },
  { name: 'sumble', type: 'enrichment', docs: 'https://docs.sumble.com/', base: 'https://api.sumble.com', perMinute: 60, perDay: 3000 },
  { name: 'leadmagic', type: 'email_finding', docs: 'https://docs.leadmagic.io/', base: 'https://api.leadmagic.io', perMinute: 100, perDay: 20000 },
  { name: 'fullenrich', type: 'email_verification', docs: 'https://docs.fullenrich.com/', base: 'https://app.fullenrich.com/api', perMinute: 60, perDay: 10000 },
  { name: 'firecrawl', type: 'enrichment', docs: 'https://docs.firecrawl.dev/', base: 'https://api.firecrawl.dev', perMinute: 20, perDay: 1000 },
  { name: 'unipile_sending', type: 'sending', docs: 'https://docs.unipile.com/', base: 'https://api.unipile.com', perMinute: 30, perDay: null },
  { name: 'unipile_inbox', type: 'inbox', docs: 'https://docs.unipile.com/', base: 'https://api.unipile.com', perMinute: 30, perDay: null },
] as const;

export const PIPELINE_STEPS = [
  'generate_positioning',
  'search_companies',
  'score_companies',
  'find_people',
  'find_emails',
  'verify_emails',
  'build_campaign',
  'schedule_sends',
];
