// Dashboard query fields: typed, flat rows from the SQL views. Small lists (one row per offer,
// account, campaign, day or tool) are plain lists with optional narrowing arguments; long lists
// (ready contacts, today's queue and schedule, leads, activity) are connections with the shared
// filter operators, one sort key and keyset cursors.
import { builder } from '../../builder.js';
import { AccountStatus, AccountType, CampaignStatus, OfferStatus } from '../common/enums.js';
import {
  AccountCapacityRow,
  AccountHealthRow,
  ActivityFeedRow,
  activityFeedList,
  CampaignPerformanceRow,
  ContactReadyRow,
  contactsReadyList,
  DailyAccountVolumeRow,
  LeadForReviewRow,
  leadsForReviewList,
  OfferDashboardRow,
  TodaysQueueRow,
  todaysQueueList,
  TodaysScheduleRow,
  todaysScheduleList,
  ToolUsageSummaryRow,
} from './dashboard.types.js';
import * as dashboards from './dashboards.service.js';

builder.queryFields((t) => ({
  offerDashboard: t.field({
    type: [OfferDashboardRow],
    description: 'Every offer with its numbers counted from the raw rows (newest offer first).',
    args: {
      offerId: t.arg({ type: 'UUID', description: 'Only this offer.' }),
      status: t.arg({ type: OfferStatus, description: 'Only offers in this status.' }),
    },
    resolve: (_root, args) => dashboards.offerDashboard(args),
  }),
  contactsReady: t.connection(
    {
      type: ContactReadyRow,
      description: 'Contacts that may be enrolled for cold outreach now.',
      args: contactsReadyList.args(),
      resolve: (_root, args) => dashboards.contactsReady(args),
    },
    {
      description: `A page of ready contacts, with cursors for paging.`,
      fields: (c) => ({
        totalCount: c.int({ description: `How many ready contacts match, across all pages.`, resolve: (page) => page.totalCount }),
      }),
    },
  ),
  accountHealth: t.field({
    type: [AccountHealthRow],
    description: 'Every sending account with its effective limits and what it may send now.',
    args: {
      accountId: t.arg({ type: 'UUID', description: 'Only this account.' }),
      type: t.arg({ type: AccountType, description: 'Only accounts of this type.' }),
      status: t.arg({ type: AccountStatus, description: 'Only accounts in this status.' }),
    },
    resolve: (_root, args) => dashboards.accountHealth(args),
  }),
  accountCapacity: t.field({
    type: [AccountCapacityRow],
    description: 'The capacity summary of every sending account.',
    args: {
      accountId: t.arg({ type: 'UUID', description: 'Only this account.' }),
      type: t.arg({ type: AccountType, description: 'Only accounts of this type.' }),
      status: t.arg({ type: AccountStatus, description: 'Only accounts in this status.' }),
    },
    resolve: (_root, args) => dashboards.accountCapacity(args),
  }),
  campaignPerformance: t.field({
    type: [CampaignPerformanceRow],
    description: 'Every campaign with its metrics counted from the raw rows (newest first).',
    args: {
      offerId: t.arg({ type: 'UUID', description: 'Only campaigns of this offer.' }),
      campaignId: t.arg({ type: 'UUID', description: 'Only this campaign.' }),
      status: t.arg({ type: CampaignStatus, description: 'Only campaigns in this status.' }),
    },
    resolve: (_root, args) => dashboards.campaignPerformance(args),
  }),
  todaysQueue: t.connection(
    {
      type: TodaysQueueRow,
      description: 'Planned messages due now in active campaigns (earliest first).',
      args: todaysQueueList.args(),
      resolve: (_root, args) => dashboards.todaysQueue(args),
    },
    {
      description: `A page of due messages, with cursors for paging.`,
      fields: (c) => ({
        totalCount: c.int({ description: `How many due messages match, across all pages.`, resolve: (page) => page.totalCount }),
      }),
    },
  ),
  todaysSchedule: t.connection(
    {
      type: TodaysScheduleRow,
      description: "Queued sends due today in each active campaign's own time zone (earliest first).",
      args: todaysScheduleList.args(),
      resolve: (_root, args) => dashboards.todaysSchedule(args),
    },
    {
      description: `A page of today's sends, with cursors for paging.`,
      fields: (c) => ({
        totalCount: c.int({ description: `How many today's sends match, across all pages.`, resolve: (page) => page.totalCount }),
      }),
    },
  ),
  leadsForReview: t.connection(
    {
      type: LeadForReviewRow,
      description: 'The Clay-style leads table: filterable, sortable, paged (best fit first).',
      args: {
        ...leadsForReviewList.args(),
        offerId: t.arg({ type: 'UUID', description: 'Only contacts of this offer.' }),
      },
      resolve: (_root, args) => dashboards.leadsForReview(args),
    },
    {
      description: `A page of leads, with cursors for paging.`,
      fields: (c) => ({
        totalCount: c.int({ description: `How many leads match, across all pages.`, resolve: (page) => page.totalCount }),
      }),
    },
  ),
  activityFeed: t.connection(
    {
      type: ActivityFeedRow,
      description: 'Scheduled and sent activity in one feed (latest first).',
      args: activityFeedList.args(),
      resolve: (_root, args) => dashboards.activityFeed(args),
    },
    {
      description: `A page of activity items, with cursors for paging.`,
      fields: (c) => ({
        totalCount: c.int({ description: `How many activity items match, across all pages.`, resolve: (page) => page.totalCount }),
      }),
    },
  ),
  dailyAccountMessageVolume: t.field({
    type: [DailyAccountVolumeRow],
    description: 'Messages per account and day (latest day first).',
    args: {
      accountId: t.arg({ type: 'UUID', description: 'Only this account.' }),
      from: t.arg({ type: 'LocalDate', description: 'From this day on.' }),
      to: t.arg({ type: 'LocalDate', description: 'Up to this day.' }),
    },
    resolve: (_root, args) => dashboards.dailyAccountMessageVolume(args),
  }),
  toolUsageSummary: t.field({
    type: [ToolUsageSummaryRow],
    description: 'Calls, credits and durations per tool over the last N days (most used first).',
    args: {
      days: t.arg.int({
        required: true,
        defaultValue: 7,
        description: `The window in days (1 to ${dashboards.MAX_TOOL_USAGE_DAYS}), ending now.`,
      }),
    },
    resolve: (_root, args) => dashboards.toolUsageSummary({ days: args.days }),
  }),
}));
