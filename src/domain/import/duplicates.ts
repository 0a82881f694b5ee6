import type { PostRecord } from "./schema";

const filled = (record: PostRecord): number =>
  Object.values(record).reduce<number>((count, value) => count + (value === null ? 0 : 1), 0);

/**
 * Keeps one record per post when several files of one download describe the same posts (a
 * YouTube ZIP holds `Table data.csv` and `Chart data.csv`): the most complete record of each
 * platform + post id wins, in the order the posts were first seen.
 *
 * @example
 * keepMostCompletePosts([{ postId: "a", views: 1, impressions: null, … }, { postId: "a", views: 1, impressions: 9, … }])
 * //=> [{ postId: "a", views: 1, impressions: 9, … }]
 */
export function keepMostCompletePosts(posts: PostRecord[]): PostRecord[] {
  const best = new Map<string, PostRecord>();
  for (const post of posts) {
    const key = `${post.platform}\u0000${post.postId}`;
    const current = best.get(key);
    if (!current || filled(post) > filled(current)) best.set(key, post);
  }
  return best.size === posts.length ? posts : [...best.values()];
}
