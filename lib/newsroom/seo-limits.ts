/**
 * The SEO panel's lengths: `ideal` is where search results and share cards start cutting text
 * (the editor shows a hint past it), `max` is refused. Pure data: the editor imports it too.
 */
export const SEO_LIMITS = {
  metaTitle: { ideal: 60, max: 120 },
  metaDescription: { ideal: 155, max: 320 },
  socialTitle: { ideal: 70, max: 200 },
  socialDescription: { ideal: 200, max: 320 },
} as const;

export type SeoTextField = keyof typeof SEO_LIMITS;
