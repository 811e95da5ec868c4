// The raw material of the demo teams: four teams a mid-sized product company might have, each
// with services it could plausibly run, and a pool of names for the people in them.
import type { ServiceTier } from '../records/services';

export interface ServiceBlueprint {
  readonly name: string;
  readonly tier: ServiceTier;
}

export interface TeamBlueprint {
  readonly name: string;
  readonly services: readonly ServiceBlueprint[];
  /** Roles typical of this team, mixed into the common ones. */
  readonly roles: readonly string[];
}

export const TEAM_BLUEPRINTS: readonly TeamBlueprint[] = [
  {
    name: 'Payments Platform',
    services: [
      { name: 'Card Authorisation API', tier: 1 },
      { name: 'Payment Ledger', tier: 1 },
      { name: 'Fraud Scoring', tier: 1 },
      { name: 'Refunds Service', tier: 2 },
      { name: 'Payout Scheduler', tier: 2 },
      { name: 'Merchant Webhooks', tier: 2 },
      { name: 'Settlement Reports', tier: 3 },
    ],
    roles: ['Backend engineer', 'Payments specialist'],
  },
  {
    name: 'Checkout Web',
    services: [
      { name: 'Checkout Frontend', tier: 1 },
      { name: 'Basket Service', tier: 1 },
      { name: 'Promotions Engine', tier: 2 },
      { name: 'Address Lookup', tier: 2 },
      { name: 'Order Confirmation Emails', tier: 3 },
      { name: 'Storefront CDN Config', tier: 3 },
    ],
    roles: ['Frontend engineer', 'Frontend engineer', 'UX designer'],
  },
  {
    name: 'Identity & Access',
    services: [
      { name: 'Sign-in Service', tier: 1 },
      { name: 'Token Issuer', tier: 1 },
      { name: 'Session Store', tier: 1 },
      { name: 'Multi-factor Gateway', tier: 2 },
      { name: 'Password Reset', tier: 2 },
      { name: 'Access Admin Console', tier: 3 },
      { name: 'Audit Log Export', tier: 3 },
    ],
    roles: ['Security engineer', 'Backend engineer'],
  },
  {
    name: 'Data Pipelines',
    services: [
      { name: 'Event Ingest', tier: 1 },
      { name: 'Schema Registry', tier: 1 },
      { name: 'Stream Processor', tier: 2 },
      { name: 'Warehouse Loader', tier: 2 },
      { name: 'Metrics Aggregator', tier: 2 },
      { name: 'Nightly Batch Jobs', tier: 3 },
    ],
    roles: ['Data engineer', 'Data engineer', 'Analytics engineer'],
  },
];

/** Every team has these, in this order, before any other role. */
export const LEAD_ROLES: readonly string[] = ['Engineering manager', 'On-call lead'];

export const COMMON_ROLES: readonly string[] = [
  'SRE',
  'Backend engineer',
  'Platform engineer',
  'QA engineer',
  'Product owner',
];

export const FIRST_NAMES: readonly string[] = [
  'Amara',
  'Bastian',
  'Chiara',
  'Dmitri',
  'Elif',
  'Farhan',
  'Grace',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kavya',
  'Liam',
  'Malak',
  'Nikolai',
  'Olusegun',
  'Priya',
  'Quentin',
  'Rosa',
  'Sipho',
  'Tamsin',
  'Umar',
  'Valentina',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zofia',
  'Aoife',
  'Bogdan',
  'Carmen',
  'Deniz',
  'Emeka',
  'Freya',
  'Gustavo',
  'Hana',
  'Ivo',
  'Juniper',
  'Kwame',
  'Leilani',
  'Mateo',
  'Noor',
];

export const FAMILY_NAMES: readonly string[] = [
  'Okafor',
  'Lindqvist',
  'Moretti',
  'Novak',
  'Yilmaz',
  'Rahman',
  'Whitfield',
  'Tanaka',
  'Duarte',
  'Berg',
  'Iyer',
  'Gallagher',
  'Haddad',
  'Petrov',
  'Adeyemi',
  'Sharma',
  'Lefebvre',
  'Castillo',
  'Dlamini',
  'Pryce',
  'Siddiqui',
  'Romano',
  'Chen',
  'Herrera',
  'Demir',
  'Kowalska',
  'Byrne',
  'Horvat',
  'Ferreira',
  'Kaya',
  'Mensah',
  'Olsen',
  'Souza',
  'Nakamura',
  'Kovac',
  'Keawe',
  'Ruiz',
  'Aziz',
  'Fischer',
  'Walsh',
];
