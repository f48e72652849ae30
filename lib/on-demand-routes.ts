/**
 * For the dynamic routes that are rendered on first request and then kept (list pages, feeds,
 * sitemaps): none is built ahead, and a handler answers for its one dynamic segment.
 */
import { DEFAULT_EDITION } from '@/lib/editions';
import { decodeParam } from '@/lib/feeds';

/** `generateStaticParams` of such a route: nothing at build time, every address on first request. */
export async function noStaticParams(): Promise<never[]> {
  return [];
}

/**
 * A GET handler that answers `render(value, edition)` for the route's segment `param`,
 * percent-decoded, and its `[edition]` segment when it has one (the default edition otherwise).
 */
export function getByParam<K extends string>(
  param: K,
  render: (value: string, edition: string) => Response | Promise<Response>,
) {
  return async (_request: Request, { params }: { params: Promise<Record<K, string> & { edition?: string }> }) => {
    const all = await params;
    return render(decodeParam(all[param]), all.edition ?? DEFAULT_EDITION);
  };
}
