import type { Localized } from "../common/language";
import type { CanonicalField, RecordKind } from "./schema";

/**
 * What a canonical field holds. The importer reads a cell by it, and the workbook stores it and
 * derives its number format from it, so a field's type is stated once, here.
 * - `platform`: a platform id (Sprout's `Network` cell names one), stored as text;
 * - `id`: text exactly as exported, never a number (X ids exceed 2^53);
 * - `date` / `datetime`: ISO `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm`, stored as real Excel dates;
 * - `integer`: a count; `money`: an amount in the record's currency when it states one;
 * - `duration`: seconds, stored as an Excel duration;
 * - `share`: a fraction 0–1 (an audience record whose unit is `count` holds a head count instead).
 */
export type ValueType =
  "platform" | "id" | "text" | "date" | "datetime" | "integer" | "money" | "duration" | "share";

/** One canonical field: what it holds and what the mapping UI calls it. */
export interface FieldSpec {
  readonly type: ValueType;
  readonly label: Localized;
  /**
   * Set by the layout or the file as a whole (the platform of an ads report, the report's
   * dimension, the currency of the spend header), never read from a cell.
   */
  readonly perFile?: true;
}

// Labels of the fields several record kinds share, so each is worded once.
const LABEL = {
  platform: { en: "Platform", fr: "Plateforme" },
  account: { en: "Account", fr: "Compte" },
  date: { en: "Date", fr: "Date" },
  text: { en: "Text", fr: "Texte" },
  impressions: { en: "Impressions", fr: "Impressions" },
  reach: { en: "Reach", fr: "Couverture" },
  views: { en: "Views", fr: "Vues" },
  likes: { en: "Likes", fr: "J'aime" },
  comments: { en: "Comments", fr: "Commentaires" },
  shares: { en: "Shares", fr: "Partages" },
  clicks: { en: "Clicks", fr: "Clics" },
  linkClicks: { en: "Link Clicks", fr: "Clics sur un lien" },
  engagements: { en: "Engagements", fr: "Interactions" },
  spend: { en: "Spend", fr: "Dépenses" },
  periodStart: { en: "Period Start", fr: "Début de période" },
  periodEnd: { en: "Period End", fr: "Fin de période" },
} as const satisfies Record<string, Localized>;

const integer = (label: Localized): FieldSpec => ({ type: "integer", label });

/**
 * The canonical fields of each record kind (the records of `schema.ts`), in contract order: the
 * one statement of each field's type and label. Completeness is checked by the type.
 */
export const FIELDS: {
  readonly [K in RecordKind]: { readonly [F in CanonicalField<K>]: FieldSpec };
} = {
  posts: {
    platform: { type: "platform", label: LABEL.platform },
    account: { type: "text", label: LABEL.account },
    postId: { type: "id", label: { en: "Post ID", fr: "ID de la publication" } },
    permalink: { type: "text", label: { en: "Permalink", fr: "Lien permanent" } },
    publishedAt: { type: "datetime", label: { en: "Published", fr: "Date de publication" } },
    postType: { type: "text", label: { en: "Post Type", fr: "Type de publication" } },
    text: { type: "text", label: LABEL.text },
    impressions: integer(LABEL.impressions),
    reach: integer(LABEL.reach),
    views: integer(LABEL.views),
    likes: integer(LABEL.likes),
    comments: integer(LABEL.comments),
    shares: integer(LABEL.shares),
    saves: integer({ en: "Saves", fr: "Enregistrements" }),
    clicks: integer(LABEL.clicks),
    linkClicks: integer(LABEL.linkClicks),
    follows: integer({ en: "Follows", fr: "Abonnements" }),
    engagements: integer(LABEL.engagements),
    spend: { type: "money", label: LABEL.spend },
  },
  daily: {
    platform: { type: "platform", label: LABEL.platform },
    account: { type: "text", label: LABEL.account },
    date: { type: "date", label: LABEL.date },
    impressions: integer(LABEL.impressions),
    reach: integer(LABEL.reach),
    views: integer(LABEL.views),
    engagements: integer(LABEL.engagements),
    likes: integer(LABEL.likes),
    comments: integer(LABEL.comments),
    shares: integer(LABEL.shares),
    clicks: integer(LABEL.clicks),
    followers: integer({ en: "Followers", fr: "Abonnés" }),
    followersGained: integer({ en: "Followers Gained", fr: "Abonnés gagnés" }),
    followersLost: integer({ en: "Followers Lost", fr: "Abonnés perdus" }),
    profileViews: integer({ en: "Profile Views", fr: "Vues du profil" }),
    pageViews: integer({ en: "Page Views", fr: "Pages vues" }),
    visitors: integer({ en: "Visitors", fr: "Visiteurs" }),
    postsPublished: integer({ en: "Posts Published", fr: "Publications publiées" }),
  },
  traffic: {
    source: { type: "text", label: { en: "Source", fr: "Source" }, perFile: true },
    periodStart: { type: "date", label: LABEL.periodStart },
    periodEnd: { type: "date", label: LABEL.periodEnd },
    date: { type: "date", label: LABEL.date },
    dimension: { type: "text", label: { en: "Dimension", fr: "Dimension" }, perFile: true },
    dimensionValue: {
      type: "text",
      label: { en: "Dimension Value", fr: "Valeur de la dimension" },
    },
    sessions: integer({ en: "Sessions", fr: "Sessions" }),
    users: integer({ en: "Users", fr: "Utilisateurs" }),
    newUsers: integer({ en: "New Users", fr: "Nouveaux utilisateurs" }),
    engagedSessions: integer({ en: "Engaged Sessions", fr: "Sessions avec engagement" }),
    keyEvents: integer({ en: "Key Events", fr: "Événements clés" }),
    revenue: { type: "money", label: { en: "Revenue", fr: "Revenus" } },
    engagementTimeSeconds: {
      type: "duration",
      label: { en: "Engagement Time", fr: "Durée d'engagement" },
    },
  },
  ads: {
    platform: { type: "platform", label: LABEL.platform, perFile: true },
    campaignId: { type: "id", label: { en: "Campaign ID", fr: "ID de la campagne" } },
    campaign: { type: "text", label: { en: "Campaign", fr: "Campagne" } },
    adSetId: { type: "id", label: { en: "Ad Set ID", fr: "ID de l'ensemble de publicités" } },
    adSet: { type: "text", label: { en: "Ad Set", fr: "Ensemble de publicités" } },
    adId: { type: "id", label: { en: "Ad ID", fr: "ID de la publicité" } },
    ad: { type: "text", label: { en: "Ad", fr: "Publicité" } },
    date: { type: "date", label: LABEL.date },
    periodStart: { type: "date", label: LABEL.periodStart },
    periodEnd: { type: "date", label: LABEL.periodEnd },
    currency: { type: "text", label: { en: "Currency", fr: "Devise" }, perFile: true },
    spend: { type: "money", label: LABEL.spend },
    impressions: integer(LABEL.impressions),
    reach: integer(LABEL.reach),
    clicks: integer(LABEL.clicks),
    linkClicks: integer(LABEL.linkClicks),
    results: integer({ en: "Results", fr: "Résultats" }),
    resultType: { type: "text", label: { en: "Result Type", fr: "Type de résultat" } },
    conversions: integer({ en: "Conversions", fr: "Conversions" }),
    conversionValue: {
      type: "money",
      label: { en: "Conversion Value", fr: "Valeur de conversion" },
    },
  },
  audience: {
    platform: { type: "platform", label: LABEL.platform, perFile: true },
    breakdown: { type: "text", label: { en: "Breakdown", fr: "Répartition" }, perFile: true },
    segment: { type: "text", label: { en: "Segment", fr: "Segment" } },
    value: { type: "share", label: { en: "Value", fr: "Valeur" } },
    unit: { type: "text", label: { en: "Unit", fr: "Unité" }, perFile: true },
  },
  mentions: {
    date: { type: "datetime", label: LABEL.date },
    platform: { type: "platform", label: LABEL.platform, perFile: true },
    author: { type: "text", label: { en: "Author", fr: "Auteur" } },
    text: { type: "text", label: LABEL.text },
    url: { type: "text", label: { en: "URL", fr: "URL" } },
    sentiment: { type: "text", label: { en: "Sentiment", fr: "Sentiment" } },
  },
};

/**
 * How the importer reads a field's cells: by its {@link ValueType}, except that `fixed` fields
 * come from the layout or the file as a whole, never from a cell.
 */
export type FieldType =
  | "fixed"
  | "platform"
  | "id"
  | "text"
  | "date"
  | "datetime"
  | "count"
  | "amount"
  | "seconds"
  | "share";

const READ_AS: { readonly [T in ValueType]: FieldType } = {
  platform: "platform",
  id: "id",
  text: "text",
  date: "date",
  datetime: "datetime",
  integer: "count",
  money: "amount",
  duration: "seconds",
  share: "share",
};

/**
 * How the importer reads each field of a kind, derived from {@link FIELDS}.
 *
 * @example
 * FIELD_TYPES.ads.platform //=> "fixed"
 * FIELD_TYPES.traffic.engagementTimeSeconds //=> "seconds"
 */
export const FIELD_TYPES = Object.fromEntries(
  Object.entries(FIELDS).map(([kind, fields]) => [
    kind,
    Object.fromEntries(
      Object.entries(fields as Record<string, FieldSpec>).map(([field, spec]) => [
        field,
        spec.perFile ? "fixed" : READ_AS[spec.type],
      ])
    ),
  ])
) as { readonly [K in RecordKind]: Readonly<Record<CanonicalField<K>, FieldType>> };

/**
 * The fields that say what a row is about; a row where they are all empty but numbers are not is a
 * totals row (Universal Analytics, Ads Manager).
 */
export const IDENTITY_FIELDS: { readonly [K in RecordKind]: readonly CanonicalField<K>[] } = {
  posts: ["postId"],
  daily: ["date"],
  traffic: ["dimensionValue", "date"],
  ads: ["campaignId", "campaign", "adSetId", "adSet", "adId", "ad"],
  audience: ["segment"],
  mentions: ["text"],
};

/**
 * What identifies a record of each kind: the merge key of its table (docs/workbook-tables.md).
 * Two records of one file with the same key and different values mean the key is incomplete for
 * that file: both are kept (ISSUE.INCOMPLETE_KEY). Ads ids are part of the key because names
 * repeat: hundreds of campaigns may be called "Instagram Post".
 */
export const RECORD_KEY: { readonly [K in RecordKind]: readonly CanonicalField<K>[] } = {
  posts: ["platform", "postId"],
  daily: ["platform", "account", "date"],
  traffic: ["source", "periodStart", "periodEnd", "date", "dimension", "dimensionValue"],
  ads: [
    "platform",
    "campaignId",
    "campaign",
    "adSetId",
    "adSet",
    "adId",
    "ad",
    "date",
    "periodStart",
    "periodEnd",
  ],
  audience: ["platform", "breakdown", "segment", "unit"],
  mentions: ["platform", "date", "author", "url", "text"],
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
