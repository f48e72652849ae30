/**
 * For the dynamic routes that are rendered on first request and then kept (list pages, feeds,
 * sitemaps): none is built ahead, and a handler answers for its one dynamic segment.
 */
import { decodeParam } from '@/lib/feeds';

/** `generateStaticParams` of such a route: nothing at build time, every address on first request. */
export async function noStaticParams(): Promise<never[]> {
  return [];
}

/** A GET handler that answers `render(value)` for the route's segment `param`, percent-decoded. */
export function getByParam<K extends string>(param: K, render: (value: string) => Response | Promise<Response>) {
  return async (_request: Request, { params }: { params: Promise<Record<K, string>> }) =>
    render(decodeParam((await params)[param]));
}
