// Generated from the C# room contract (web/MeetingRoom/Contract, IMeetingClient, MeetingHub) by
// tests/Netwerkbijeenkomst.Web.Tests/Contract/TypeScriptContract.cs. Do not edit; regenerate with
//   ROOM_CONTRACT_WRITE=1 dotnet test tests/Netwerkbijeenkomst.Web.Tests --filter RoomContractTypeScript
// JSON as the hub sends it: camelCase properties, enums as their names, Guid and dates as strings.

/** The contract's version (RoomContract.Version): a page, Join or Watch answer with another one means a new deployment. */
export type RoomContractVersion = 3;

export type AgendaItemKind = "Opening" | "Announcements" | "ActionPointsLastTime" | "Case" | "Theme" | "AnyOtherBusiness" | "Closing";

export type ContributionKind = "Question" | "Advice" | "Remark";

export type MeetingStatus = "Concept" | "Published" | "Started" | "Closed" | "Cancelled";

export type RoundPhase = "Question" | "Clarifying" | "Advice" | "Reaction";

export type Urgency = "Normal" | "High" | "Crisis";

export interface ActionPointAdded extends RoomMessage {
  actionPoint: RoomActionPoint;
}

export interface AdviceAdded extends RoomMessage {
  advice: RoomAdvice;
}

export interface AgendaChanged extends RoomMessage {
  agenda: RoomAgenda;
  attendance: RoomAttendance;
}

export interface AttendanceChanged extends RoomMessage {
  attendance: RoomAttendance;
}

export interface CatchUpResult {
  version: number;
  state: RoomState | null;
}

export interface ContributionAdded extends RoomMessage {
  contribution: RoomContribution;
}

export interface EscalationAdded extends RoomMessage {
  escalation: RoomEscalation;
}

export interface JoinResult {
  version: number;
  state: RoomState;
}

export interface MeetingChanged extends RoomMessage {
  meeting: RoomMeeting;
  agenda: RoomAgenda;
  attendance: RoomAttendance;
}

export interface PresenceChanged {
  present: RoomPresent;
}

export interface PrivacyRefusal {
  message: string;
  fields: RefusedField[];
}

export interface RefusedField {
  field: string;
  parts: RefusedPart[];
}

export interface RefusedPart {
  start: number;
  length: number;
  kind: string;
  label: string;
}

export interface RoomActionPoint {
  id: string;
  description: string;
  ownerId: string;
  due: string;
  caseId: string | null;
}

export interface RoomAdvice {
  id: string;
  caseId: string;
  advice: string;
  nextSteps: string;
  at: string;
}

export interface RoomAgenda {
  items: RoomAgendaItem[];
  current: number | null;
  currentSince: string | null;
  used: RoomItemTime[];
}

export interface RoomAgendaItem {
  id: string;
  kind: AgendaItemKind;
  title: string;
  plannedMinutes: number;
  presenterId: string | null;
  caseId: string | null;
  guestName: string | null;
}

export interface RoomAttendance {
  hands: string[];
  floor: string | null;
}

export interface RoomContact {
  id: string;
  name: string;
  function: string;
  retired: boolean;
}

export interface RoomContext {
  meetingId: string;
  userId: string;
  isCoordinator: boolean;
  people: RoomPerson[];
  owners: RoomPerson[];
  institutions: RoomInstitution[];
}

export interface RoomContribution {
  id: string;
  itemId: string;
  authorId: string;
  kind: ContributionKind;
  text: string;
  at: string;
  caseId: string | null;
}

export interface RoomEscalation {
  id: string;
  caseId: string;
  institutionId: string;
  contactPersonId: string;
  reason: string;
  urgency: Urgency;
}

export interface RoomInstitution {
  id: string;
  name: string;
  retired: boolean;
  contacts: RoomContact[];
}

export interface RoomItemTime {
  itemId: string;
  milliseconds: number;
}

export interface RoomMeeting {
  title: string;
  status: MeetingStatus;
}

export interface RoomMessage {
  sequence: number;
  at: string;
}

export interface RoomPage {
  version: number;
  context: RoomContext;
  state: RoomState;
}

export interface RoomPerson {
  userId: string;
  name: string;
}

export interface RoomPresent {
  epoch: number;
  version: number;
  userIds: string[];
}

export interface RoomRound {
  id: string;
  itemId: string;
  caseId: string;
  presenterId: string;
  order: string[];
  phase: RoundPhase;
  phaseMinutes: number | null;
  phaseSince: string;
  turn: string | null;
  entries: RoomRoundEntry[];
  passes: RoomRoundPass[];
  closed: boolean;
  chosenEntryIds: string[];
}

export interface RoomRoundEntry {
  id: string;
  phase: RoundPhase;
  authorId: string;
  text: string;
  at: string;
}

export interface RoomRoundPass {
  phase: RoundPhase;
  userId: string;
}

export interface RoomState {
  sequence: number;
  meeting: RoomMeeting;
  agenda: RoomAgenda;
  attendance: RoomAttendance;
  contributions: RoomContribution[];
  advice: RoomAdvice[];
  actionPoints: RoomActionPoint[];
  escalations: RoomEscalation[];
  rounds: RoomRound[];
  present: RoomPresent;
}

export interface RoundChanged extends RoomMessage {
  round: RoomRound;
}

export interface SequenceAdvanced extends RoomMessage {
}

/** What the server pushes: connection.on(name, (message) => ...) for each; SignalR matches the name without regard to case. */
export interface RoomClient {
  meetingChanged: MeetingChanged;
  agendaChanged: AgendaChanged;
  attendanceChanged: AttendanceChanged;
  contributionAdded: ContributionAdded;
  adviceAdded: AdviceAdded;
  actionPointAdded: ActionPointAdded;
  escalationAdded: EscalationAdded;
  roundChanged: RoundChanged;
  sequenceAdvanced: SequenceAdvanced;
  presenceChanged: PresenceChanged;
}

/** What the browser calls: connection.invoke(name, ...args) resolves to result. */
export interface RoomHub {
  Join: { args: [meetingId: string]; result: JoinResult };
  JoinAfter: { args: [meetingId: string, version: number, sequence: number]; result: CatchUpResult };
  Watch: { args: [meetingId: string]; result: JoinResult };
  WatchAfter: { args: [meetingId: string, version: number, sequence: number]; result: CatchUpResult };
  Leave: { args: [meetingId: string]; result: void };
  PostContribution: { args: [meetingId: string, contributionId: string, kind: ContributionKind, text: string, caseId: string | null]; result: PrivacyRefusal | null };
  RaiseHand: { args: [meetingId: string]; result: void };
  LowerHand: { args: [meetingId: string]; result: void };
  GoToItem: { args: [meetingId: string, index: number]; result: void };
  GiveFloor: { args: [meetingId: string, userId: string]; result: void };
  TakeFloorBack: { args: [meetingId: string]; result: void };
  LowerHandOf: { args: [meetingId: string, userId: string]; result: void };
  StartRound: { args: [meetingId: string, roundId: string, order: string[], minutes: number | null]; result: void };
  AdvanceRound: { args: [meetingId: string, roundId: string, phase: RoundPhase, minutes: number | null]; result: void };
  PostRoundEntry: { args: [meetingId: string, roundId: string, entryId: string, text: string]; result: PrivacyRefusal | null };
  PassRoundTurn: { args: [meetingId: string, roundId: string, phase: RoundPhase, userId: string]; result: void };
  CloseRound: { args: [meetingId: string, roundId: string, adviceId: string, chosenEntryIds: string[], nextSteps: string]; result: PrivacyRefusal | null };
  RecordAdvice: { args: [meetingId: string, adviceId: string, caseId: string, advice: string, nextSteps: string]; result: PrivacyRefusal | null };
  RecordActionPoint: { args: [meetingId: string, actionPointId: string, description: string, ownerId: string, due: string, caseId: string | null]; result: PrivacyRefusal | null };
  RecordEscalation: { args: [meetingId: string, escalationId: string, caseId: string, institutionId: string, contactPersonId: string, reason: string, urgency: Urgency]; result: PrivacyRefusal | null };
  Close: { args: [meetingId: string]; result: void };
}
