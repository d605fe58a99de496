// The contract over IPC: one invoke channel carrying {channel, args}, answered by the AppService's
// dispatcher; one event channel the core's events are pushed on. A message from anything but the
// main frame of the app's own page is refused before it reaches the core.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  failure,
  IPC_EVENT,
  IPC_INVOKE,
  invokeMessageSchema,
  type Reply,
  toIssues,
} from '../../shared/contract';
import type { AppService } from '../core/app-service';
import { isAppUrl } from './external-links';
import type { Warn } from './security';

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

/** The sender must be the top frame of the app's page, never an iframe or another page. */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, appUrl: string): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, appUrl);
}

export async function answerInvoke(
  service: Pick<AppService, 'dispatch'>,
  frame: SenderFrameLike | null | undefined,
  message: unknown,
  appUrl: string,
  warn: Warn,
): Promise<Reply> {
  if (!isTrustedSender(frame, appUrl)) {
    warn(`refused IPC from ${frame ? frame.url.slice(0, 200) : 'a destroyed frame'}: not the app's own page`);
    return { ok: false, error: failure('forbidden', 'refused.forbidden') };
  }
  const parsed = invokeMessageSchema.safeParse(message);
  if (!parsed.success) {
    const error = failure('malformed-message', 'refused.malformed', {}, toIssues(parsed.error));
    warn(`refused IPC: ${error.message.en}`);
    return { ok: false, error };
  }
  return service.dispatch(parsed.data.channel, parsed.data.args, 'ipc');
}

export function registerContractIpc(options: {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  service: AppService;
  appUrl: string;
  /** The window's contents, or null while there is no window. */
  target: () => Pick<WebContents, 'send' | 'isDestroyed'> | null;
  warn: Warn;
}): () => void {
  const { ipcMain, service, appUrl, warn } = options;
  ipcMain.handle(IPC_INVOKE, (event: IpcMainInvokeEvent, message: unknown) =>
    answerInvoke(service, event.senderFrame, message, appUrl, warn),
  );
  const unsubscribe = service.subscribe((event) => {
    const contents = options.target();
    if (contents && !contents.isDestroyed()) contents.send(IPC_EVENT, event);
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(IPC_INVOKE);
  };
}
