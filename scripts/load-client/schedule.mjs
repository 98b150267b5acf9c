// The pure parts of the load client (tested in test/schedule.test.mjs): who posts when, which text, and how a
// latency is counted into the histogram the orchestrator merges.

/** Histogram resolution: one bucket per 0.1 ms. */
export const BUCKETS_PER_MS = 10;

/** The bucket of a latency in milliseconds (the orchestrator reads bucket b as b / 10 ms, rounded up). */
export function bucketOf(ms) {
  return Math.max(0, Math.ceil(ms * BUCKETS_PER_MS));
}

/**
 * The order in which this process's participants post: one from each meeting in turn (meeting 0's first sender,
 * meeting 1's first sender, …, then each meeting's second), so consecutive posts land in different rooms and every
 * participant posts equally often. `meetings` is [{ senders: n }]; returns [{ meeting, sender }].
 */
export function rotation(meetings) {
  const order = [];
  const most = Math.max(0, ...meetings.map((m) => m.senders));
  for (let s = 0; s < most; s++) {
    meetings.forEach((m, meeting) => {
      if (s < m.senders) order.push({ meeting, sender: s });
    });
  }
  return order;
}

/**
 * When the k-th post is due, in ms after the step's start, at `rate` posts/s: evenly spaced, so the load is a steady
 * stream rather than bursts. The number of posts in a step of `seconds` is `postsIn(rate, seconds)`.
 */
export function dueAt(k, rate) {
  return (k * 1000) / rate;
}

export function postsIn(rate, seconds) {
  return Math.floor(rate * seconds);
}

/** Texts that pass the privacy check: no names, numbers, addresses or dates; about the size of a real remark. */
export const TEXTS = [
  "Ik herken dit uit mijn eigen wijk, de huisarts weet vaak meer dan we denken.",
  "Misschien kan het wijkteam een keer samen met ons op huisbezoek gaan.",
  "Wat mij helpt is eerst vertrouwen opbouwen en daarna pas over hulp praten.",
  "De buurtvereniging heeft elke week een inloop, dat kan een eerste stap zijn.",
  "Zou de praktijkondersteuner hier een rol in kunnen spelen?",
  "Ik stel voor dat we dit volgende keer opnieuw bespreken met een partner.",
];

export function textFor(k) {
  return TEXTS[k % TEXTS.length];
}

/** The coordinator moves the room on to the next agenda item after this many posts on one (the product takes 500). */
export const POSTS_PER_ITEM = 450;
