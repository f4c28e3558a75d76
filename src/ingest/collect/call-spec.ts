// One row of the collector's call table: the SDK command class it may send and the IAM action that
// command needs. The table is the collector's whole vocabulary: clients refuse every other command
// (see clients.ts), and a test checks each row against the IAM action catalog (read-only levels).

/** An SDK v3 command class (only its name is used at run time, to recognise it on the wire). */
export interface CommandClass {
  readonly name: string;
}

export interface CollectorCall {
  command: CommandClass;
  /** IAM action, `service:Action` (e.g. `s3:ListAllMyBuckets` for `ListBucketsCommand`). */
  action: string;
}

export function readCall(command: CommandClass, action: string): CollectorCall {
  return { command, action };
}
