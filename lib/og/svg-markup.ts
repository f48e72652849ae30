/**
 * Serialises a tree of host SVG elements to standalone markup (sharp and satori both take SVG
 * as a string). react-dom/server is not available in route handlers (the react-server layer),
 * and what it serialises (the site's mark) is plain SVG.
 */
import type { ReactElement, ReactNode } from 'react';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markup of `node`; accessibility attributes (aria-*, focusable, role) are left out. */
export function svgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return escapeXml(String(node));
  if (Array.isArray(node)) return node.map(svgMarkup).join('');
  const element = node as ReactElement<Record<string, unknown>>;
  if (typeof element.type !== 'string') throw new Error('svgMarkup: only host SVG elements are supported');
  const { children, ...props } = element.props;
  const attrs = Object.entries(props)
    .filter(
      ([name, value]) =>
        value !== undefined && value !== null && value !== false && !/^(aria-|focusable$|role$)/.test(name),
    )
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
  const xmlns = element.type === 'svg' ? ' xmlns="http://www.w3.org/2000/svg"' : '';
  return `<${element.type}${xmlns}${attrs}>${svgMarkup(children as ReactNode)}</${element.type}>`;
}
