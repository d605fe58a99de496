// The envelopes of the loopback WebSocket (headless shell) and of the single IPC channel pair
// (Electron shell). Channels and payloads inside are checked separately by ./validate.
import { z } from 'zod';
import { failureSchema, wireReplySchema } from './reply';

export const requestIdSchema = z.int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const invokeMessageSchema = z.object({ channel: z.string().max(200), args: z.unknown() });
export type InvokeMessage = z.infer<typeof invokeMessageSchema>;

export const clientMessageSchema = z.object({
  type: z.literal('request'),
  id: requestIdSchema,
  channel: z.string().max(200),
  args: z.unknown(),
});
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const eventMessageSchema = z.object({ channel: z.string(), payload: z.unknown() });

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('reply'), id: requestIdSchema, reply: wireReplySchema }),
  z.object({ type: z.literal('event'), channel: z.string(), payload: z.unknown() }),
  /** A message the server could not even attribute to a request. */
  z.object({ type: z.literal('refused'), error: failureSchema }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;
