// A crime-prevention message sent through Coyards (residents) or CoProfs (businesses). Counts
// against the promise of at least one message a month.
import { z } from "zod";
import { areaId, fromNotAfterTo, isoDate, requiredText, uniqueList } from "../http/crud/fields.ts";

export const CHANNELS = ["coyards", "coprofs"] as const;
export type Channel = (typeof CHANNELS)[number];

export const messageInput = z.strictObject({
  sent_on: isoDate,
  channel: z.enum(CHANNELS),
  subject: requiredText(300),
  /**
   * The areas the message was sent to, all of one kommun; empty means the whole kommun (the
   * caller's, or the one `?kommun=` names when they work for several).
   */
  area_ids: uniqueList(areaId, 100).optional(),
});
export type MessageInput = z.output<typeof messageInput>;

export const messagePatch = messageInput.partial();

export const messageListQuery = z
  .strictObject({
    from: isoDate.optional(),
    to: isoDate.optional(),
    channel: z.enum(CHANNELS).optional(),
  })
  .check(fromNotAfterTo);
export type MessageListQuery = z.output<typeof messageListQuery>;

export interface MessageRecord {
  id: number;
  sent_on: string;
  channel: Channel;
  subject: string;
  area_ids: string[];
  demo: boolean;
}

/** A message as the API answers it: with the kommun it was sent in (its areas' kommun). */
export interface StoredMessage extends MessageRecord {
  kommun: string;
}
