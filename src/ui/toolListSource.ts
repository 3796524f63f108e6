/** What a source of a tool list (a file, an example) can do in the "Load tools" dialog. */
export interface LoadToolsSourceApi {
  /** Puts text into the "Tool list JSON" box (for the person to check before loading). */
  setText: (text: string) => void;
  /** Sets the server name field. */
  setServerName: (name: string) => void;
  /** Loads a tool list at once; false when it could not be read (the errors show in the dialog). */
  load: (text: string, serverName?: string | null) => boolean;
}
