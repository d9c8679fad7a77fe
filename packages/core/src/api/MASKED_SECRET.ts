/** The value Airbyte shows in place of every secret of a stored configuration (never a value to send back). */
export const MASKED_SECRET = "**********";
