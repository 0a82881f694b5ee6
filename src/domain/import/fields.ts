import type { CanonicalField, RecordKind } from "./schema";

/**
 * How a canonical field's cells are read. `fixed` fields come from the layout or the file as a
 * whole (platform, the report's dimension, the currency of the spend header), never from a cell.
 */
export type FieldType =
  | "fixed"
  /** The platform a cell names (Sprout's `Network`), else the layout's. */
  | "platform"
  | "id"
  | "text"
  | "date"
  | "datetime"
  | "count"
  | "amount"
  | "seconds"
  | "share";

/** Each record kind's canonical fields (docs/architecture.md §3.2), in order, with their types. */
export const FIELD_TYPES: {
  readonly [K in RecordKind]: Readonly<Record<CanonicalField<K>, FieldType>>;
} = {
  posts: {
    platform: "platform",
    account: "text",
    postId: "id",
    permalink: "text",
    publishedAt: "datetime",
    postType: "text",
    text: "text",
    impressions: "count",
    reach: "count",
    views: "count",
    likes: "count",
    comments: "count",
    shares: "count",
    saves: "count",
    clicks: "count",
    linkClicks: "count",
    follows: "count",
    engagements: "count",
    spend: "amount",
  },
  daily: {
    platform: "platform",
    account: "text",
    date: "date",
    impressions: "count",
    reach: "count",
    views: "count",
    engagements: "count",
    likes: "count",
    comments: "count",
    shares: "count",
    clicks: "count",
    followers: "count",
    followersGained: "count",
    followersLost: "count",
    profileViews: "count",
    pageViews: "count",
    visitors: "count",
    postsPublished: "count",
  },
  traffic: {
    source: "fixed",
    periodStart: "date",
    periodEnd: "date",
    date: "date",
    dimension: "fixed",
    dimensionValue: "text",
    sessions: "count",
    users: "count",
    newUsers: "count",
    engagedSessions: "count",
    keyEvents: "count",
    revenue: "amount",
    engagementTimeSeconds: "seconds",
  },
  ads: {
    platform: "fixed",
    campaign: "text",
    adSet: "text",
    ad: "text",
    date: "date",
    periodStart: "date",
    periodEnd: "date",
    currency: "fixed",
    spend: "amount",
    impressions: "count",
    reach: "count",
    clicks: "count",
    linkClicks: "count",
    results: "count",
    resultType: "text",
    conversions: "count",
    conversionValue: "amount",
  },
  audience: {
    platform: "fixed",
    breakdown: "fixed",
    segment: "text",
    value: "share",
    unit: "fixed",
  },
  mentions: {
    date: "datetime",
    platform: "fixed",
    author: "text",
    text: "text",
    url: "text",
    sentiment: "text",
  },
};

/**
 * The fields that say what a row is about; a row where they are all empty but numbers are not is a
 * totals row (Universal Analytics, Ads Manager).
 */
export const IDENTITY_FIELDS: { readonly [K in RecordKind]: readonly CanonicalField<K>[] } = {
  posts: ["postId"],
  daily: ["date"],
  traffic: ["dimensionValue", "date"],
  ads: ["campaign", "adSet", "ad"],
  audience: ["segment"],
  mentions: ["text"],
};

/** The field a record of each kind cannot do without: a row without it is skipped. */
export const KEY_FIELD: { readonly [K in RecordKind]: CanonicalField<K> } = {
  posts: "postId",
  daily: "date",
  traffic: "dimensionValue",
  ads: "campaign",
  audience: "segment",
  mentions: "text",
};
