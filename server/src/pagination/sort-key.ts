/** How a name or title sorts and compares: without surrounding spaces, case-insensitive. */
export const sortKeyOf = (text: string): string => text.trim().toLowerCase();
