import type { ErrorCode, FieldIssue } from '../../shared/ipc/result';

/** A failure a service reports on purpose: the router passes its code, message and issues to the renderer. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { issues?: FieldIssue[]; retryAfterMs?: number } = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}
