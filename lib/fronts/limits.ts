/**
 * The limits of a front's arrangement, without the validation library: the editor's browser
 * code reads them too (lib/fronts/form.ts), and lib/fronts/layout.ts enforces them.
 */
import type { ContainerStyle } from '@/db/types';

export const CONTAINER_STYLES = ['lead', 'top', 'row', 'opinion', 'most-read'] as const satisfies ContainerStyle[];
export const CROP_RATIOS = ['5:4', '16:9', '4:3', '1:1'] as const;

/** How many slots each container style holds at most (most read is filled from the counts). */
export const MAX_SLOTS: Record<ContainerStyle, number> = { lead: 1, top: 8, row: 8, opinion: 6, 'most-read': 0 };

export const STYLE_LABELS: Record<ContainerStyle, string> = {
  lead: 'Lead',
  top: 'Top stories',
  row: 'Section row',
  opinion: 'Opinion',
  'most-read': 'Most read',
};

export const MAX_CONTAINERS = 30;
export const HEADLINE_MAX = 200;
export const STANDFIRST_MAX = 400;
export const TITLE_MAX = 80;
