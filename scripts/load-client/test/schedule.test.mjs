import { test } from "node:test";
import assert from "node:assert/strict";
import { bucketOf, dueAt, postsIn, rotation, TEXTS } from "../schedule.mjs";

test("consecutive posts go to different meetings and every participant posts equally often", () => {
  const order = rotation([{ senders: 2 }, { senders: 2 }, { senders: 2 }]);
  assert.deepEqual(order.map((o) => o.meeting), [0, 1, 2, 0, 1, 2]);
  assert.deepEqual(order.map((o) => o.sender), [0, 0, 0, 1, 1, 1]);
});

test("a meeting with fewer senders is left out of the later turns", () => {
  const order = rotation([{ senders: 1 }, { senders: 3 }]);
  assert.deepEqual(order, [{ meeting: 0, sender: 0 }, { meeting: 1, sender: 0 }, { meeting: 1, sender: 1 }, { meeting: 1, sender: 2 }]);
});

test("posts are evenly spaced at the rate", () => {
  assert.equal(dueAt(0, 200), 0);
  assert.equal(dueAt(1, 200), 5);
  assert.equal(dueAt(200, 200), 1000);
  assert.equal(postsIn(200, 30), 6000);
  assert.equal(postsIn(2.5, 3), 7);
});

test("a latency falls in the bucket of its next tenth of a millisecond", () => {
  assert.equal(bucketOf(0), 0);
  assert.equal(bucketOf(0.05), 1);
  assert.equal(bucketOf(1.5), 15);
  assert.equal(bucketOf(-0.2), 0);
});

test("the texts carry no digits, so the privacy check cannot take them for numbers", () => {
  for (const text of TEXTS) assert.doesNotMatch(text, /\d/);
});
