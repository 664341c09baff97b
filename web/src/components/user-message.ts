/** A message already written in the reader's language, shown as it is. */
export class UserMessage extends Error {}
