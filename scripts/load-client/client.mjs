// One load-client process (scripts/load): real @microsoft/signalr connections for the whole meetings it is given, so a
// post's sender and every receiver share this process and its monotonic clock (performance.now()). Driven by the
// orchestrator (scripts/Netwerkbijeenkomst.Load) over stdin/stdout, one JSON object per line:
//   {"cmd":"connect"}                           connect and Join every participant at once
//   {"cmd":"idle","posts":n}                    n single posts in a quiet room, one after the other
//   {"cmd":"run","rate":r,"seconds":s,"drainMs":d}  r posts/s for s seconds, then wait up to d ms for the deliveries
//   {"cmd":"close"}                             stop every connection and exit
// Usage: node client.mjs plan.json   (plan: { moveOn, meetings: [{ id, cookies: [..], urls: [..] }] }; participant 0 chairs)
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { performance } from "node:perf_hooks";
import { HttpTransportType, HubConnectionBuilder, LogLevel } from "@microsoft/signalr";
import { bucketOf, dueAt, POSTS_PER_ITEM, postsIn, rotation, textFor } from "./schedule.mjs";

const plan = JSON.parse(readFileSync(process.argv[2], "utf8"));
const now = () => performance.now();

/** Every message the room may push; only ContributionAdded is measured, the others are taken so none is "unhandled". */
const ROOM_METHODS = ["MeetingChanged", "AgendaChanged", "AttendanceChanged", "AdviceAdded", "ActionPointAdded", "EscalationAdded", "RoundChanged", "SequenceAdvanced"];

/** meetings[m] = { id, connections: [HubConnection], item, postsOnItem } */
const meetings = plan.meetings.map((m) => ({ id: m.id, cookies: m.cookies, urls: m.urls, connections: [], item: 0, postsOnItem: 0 }));
const order = rotation(meetings.map((m) => ({ senders: m.cookies.length })));
let posted = 0;

/** Posts waiting for their deliveries: id → { t0, meeting, sender, left, acked, first, done } */
const pending = new Map();
let histogram = new Map();

function reply(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

function received(meeting, receiver, message) {
  const id = message?.contribution?.id;
  const post = pending.get(id);
  if (!post || post.sender === receiver || post.meeting !== meeting) return;
  const latency = now() - post.t0;
  if (post.first === undefined) post.first = latency;
  const bucket = bucketOf(latency);
  histogram.set(bucket, (histogram.get(bucket) ?? 0) + 1);
  post.left--;
  settle(id, post);
}

function settle(id, post) {
  if (post.left <= 0 && post.acked !== undefined) {
    pending.delete(id);
    post.done?.();
  }
}

async function connectOne(meeting, index) {
  const connection = new HubConnectionBuilder()
    .withUrl(new URL("/hubs/meeting", meeting.urls[index]).toString(), {
      transport: HttpTransportType.WebSockets,
      headers: { Cookie: meeting.cookies[index] },
    })
    .configureLogging(LogLevel.None)
    .build();
  // The server may stop answering for a while under load; the step's drain decides what is missing.
  connection.serverTimeoutInMilliseconds = 120_000;
  connection.on("ContributionAdded", (message) => received(meeting, index, message));
  for (const method of ROOM_METHODS) connection.on(method, () => {});
  meeting.connections[index] = connection;
  await connection.start();
  await connection.invoke("Join", meeting.id);
}

async function connect() {
  const cpu = process.cpuUsage();
  const started = now();
  const attempts = meetings.flatMap((m) => m.cookies.map((_, i) => connectOne(m, i)));
  const outcomes = await Promise.allSettled(attempts);
  const failed = outcomes.filter((o) => o.status === "rejected");
  // The chair opens the first item: a post needs an item to belong to.
  if (plan.moveOn && failed.length === 0) await Promise.all(meetings.map((m) => m.connections[0].invoke("GoToItem", m.id, 0)));
  return { connected: outcomes.length - failed.length, failed: failed.length, error: failed[0]?.reason?.message ?? null, ms: now() - started, cpuMs: cpuMs(cpu) };
}

/** Sends one post from `sender` in meeting `m`; resolves when it is acknowledged (or refused) and every other participant has it. */
function send(m, sender, k) {
  const meeting = meetings[m];
  if (plan.moveOn && meeting.postsOnItem >= POSTS_PER_ITEM) {
    meeting.item++;
    meeting.postsOnItem = 0;
    meeting.connections[0].invoke("GoToItem", meeting.id, meeting.item).catch(() => {});
  }
  meeting.postsOnItem++;
  const id = crypto.randomUUID();
  const post = { t0: 0, meeting, sender, left: meeting.connections.length - 1, acked: undefined, first: undefined, done: undefined };
  const delivered = new Promise((resolve) => (post.done = resolve));
  pending.set(id, post);
  post.t0 = now();
  meeting.connections[sender]
    .invoke("PostContribution", meeting.id, id, "Question", textFor(k), null)
    .then((refusal) => (post.acked = refusal == null))
    .catch(() => (post.acked = false))
    .finally(() => {
      if (!post.acked) pending.delete(id);
      settle(id, post);
      if (!post.acked) post.done?.();
    });
  return { post, delivered };
}

async function idle(count) {
  const firsts = [];
  for (let i = 0; i < count; i++) {
    const { post, delivered } = send(0, 1 % meetings[0].connections.length, posted++);
    await delivered;
    if (post.acked && post.first !== undefined) firsts.push(post.first);
  }
  return { firsts };
}

async function run(rate, seconds, drainMs) {
  histogram = new Map();
  const cpu = process.cpuUsage();
  const total = postsIn(rate, seconds);
  const posts = [];
  let lagMs = 0;
  const started = now();
  await new Promise((resolve) => {
    let k = 0;
    const tick = () => {
      const elapsed = now() - started;
      while (k < total && dueAt(k, rate) <= elapsed) {
        lagMs = Math.max(lagMs, elapsed - dueAt(k, rate));
        const turn = order[posted % order.length];
        posts.push(send(turn.meeting, turn.sender, posted).post);
        posted++;
        k++;
      }
      if (k < total) setTimeout(tick, Math.max(0, dueAt(k, rate) - (now() - started)));
      else resolve();
    };
    tick();
  });
  const sendingMs = now() - started;
  await drain(drainMs);
  const acked = posts.filter((p) => p.acked === true);
  const missing = acked.reduce((sum, p) => sum + Math.max(0, p.left), 0);
  const expected = acked.reduce((sum, p) => sum + p.meeting.connections.length - 1, 0);
  const result = {
    sent: posts.length,
    acked: acked.length,
    failed: posts.filter((p) => p.acked === false).length,
    unanswered: posts.filter((p) => p.acked === undefined).length,
    expected,
    missing,
    histogram: [...histogram.entries()],
    sendingMs,
    lagMs,
    cpuMs: cpuMs(cpu),
  };
  pending.clear();
  return result;
}

/** Waits until nothing is pending or `ms` has passed. */
function drain(ms) {
  const deadline = now() + ms;
  return new Promise((resolve) => {
    const look = () => {
      const waiting = [...pending.values()].some((p) => p.acked !== false);
      if (!waiting || now() >= deadline) resolve();
      else setTimeout(look, 20);
    };
    look();
  });
}

function cpuMs(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function close() {
  await Promise.allSettled(meetings.flatMap((m) => m.connections.map((c) => c.stop())));
}

const lines = createInterface({ input: process.stdin });
reply({ ready: true });
for await (const line of lines) {
  const command = JSON.parse(line);
  try {
    switch (command.cmd) {
      case "connect":
        reply(await connect());
        break;
      case "idle":
        reply(await idle(command.posts));
        break;
      case "run":
        reply(await run(command.rate, command.seconds, command.drainMs));
        break;
      case "close":
        await close();
        reply({ closed: true });
        process.exit(0);
        break;
      default:
        reply({ error: `unknown command ${command.cmd}` });
    }
  } catch (error) {
    reply({ error: String(error?.message ?? error) });
  }
}
