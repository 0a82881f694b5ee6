import type { TableLayout } from "../layout";

/**
 * Meta Business Suite → Content → Export, Instagram (docs/import-formats.md §3.6). Column order
 * changes between exports (`Follows` last in 2025, after `Shares` in 2026). Instagram's `Views`
 * replaced impressions in 2025 and counts every display of reels and images alike, so it fills both
 * `impressions` (what rates divide by) and `views`.
 */
export const mbsInstagramPosts: TableLayout<"posts"> = {
  format: "meta-business-suite/instagram-posts",
  platform: "instagram",
  kind: "posts",
  signature: { all: ["Post ID", "Account ID", "Account username", "Publish time"] },
  columns: {
    account: ["Account username"],
    postId: ["Post ID"],
    permalink: ["Permalink"],
    publishedAt: ["Publish time"],
    postType: ["Post type"],
    text: ["Description"],
    impressions: ["Views", "Impressions"],
    reach: ["Reach"],
    views: ["Views"],
    likes: ["Likes"],
    comments: ["Comments"],
    shares: ["Shares"],
    saves: ["Saves"],
    follows: ["Follows"],
  },
  fixed: { platform: "instagram" },
  dateOrder: "mdy",
};

/**
 * The same export from a Swedish Meta Business Suite (docs/import-formats.md §3.6: headers as
 * a Swedish importer reads them; no real file seen). Other UI languages are not known yet.
 */
export const mbsInstagramPostsSwedish: TableLayout<"posts"> = {
  ...mbsInstagramPosts,
  format: "meta-business-suite/instagram-posts",
  signature: { all: ["Publicerings-id", "Kontots användarnamn", "Publiceringstid"] },
  columns: {
    account: ["Kontots användarnamn"],
    postId: ["Publicerings-id"],
    permalink: ["Permalänk"],
    publishedAt: ["Publiceringstid"],
    postType: ["Inläggstyp"],
    text: ["Beskrivning"],
    impressions: ["Visningar"],
    reach: ["Räckvidd"],
    views: ["Visningar"],
    likes: ["Gilla-markeringar"],
    comments: ["Kommentarer"],
    shares: ["Delningar"],
    saves: ["Sparade objekt"],
    follows: ["Följer"],
  },
};
