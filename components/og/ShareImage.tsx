/**
 * The drawing of a share image: the headline card satori draws for an article without a
 * picture, and the site's mark (also put in the corner of a hero). The og route hands
 * `shareArt` to lib/og/render, which does the rendering, sizing and caching.
 */
import { LogoMark } from '@/components/icons/Icons';
import { BRAND_RED, DARK, drawableText, FONT_FAMILY, headlineSize } from '@/lib/og/card';
import type { ShareArt } from '@/lib/og/render';
import { svgMarkup } from '@/lib/og/svg-markup';
import { SITE } from '@/lib/site';

/** The LogoMark component rendered as standalone SVG markup, `size` pixels square. */
export function markSvg(size: number): string {
  return svgMarkup(LogoMark({ width: size, height: size }));
}

/** The card for an article without a picture: section, headline (≤ 4 lines), site name and mark. */
export function ShareCard({ title, section }: { title: string; section: string }) {
  const mark = `data:image/svg+xml;base64,${Buffer.from(markSvg(72)).toString('base64')}`;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        background: DARK,
        color: '#ffffff',
        fontFamily: FONT_FAMILY,
      }}
    >
      <div style={{ display: 'flex', height: 16, background: BRAND_RED }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '52px 72px 48px' }}>
        {section ? (
          <div style={{ display: 'flex' }}>
            <div
              style={{
                display: 'flex',
                background: BRAND_RED,
                padding: '6px 16px 8px',
                fontSize: 26,
                fontWeight: 700,
                letterSpacing: 3,
                textTransform: 'uppercase',
              }}
            >
              {section}
            </div>
          </div>
        ) : null}
        <div
          style={{
            display: 'block',
            lineClamp: 4,
            marginTop: 34,
            fontSize: headlineSize(title.length),
            fontWeight: 700,
            lineHeight: 1.14,
            letterSpacing: -0.5,
          }}
        >
          {title}
        </div>
        <div style={{ display: 'flex', flexGrow: 1 }} />
        <div style={{ display: 'flex', alignItems: 'center' }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- drawn by satori, not a page */}
          <img src={mark} width={72} height={72} alt="" />
          <div style={{ display: 'flex', marginLeft: 22, fontSize: 40, fontWeight: 700, letterSpacing: 0.5 }}>
            {drawableText(SITE.name)}
          </div>
        </div>
      </div>
    </div>
  );
}

export const shareArt: ShareArt = {
  card: ({ title, section }) => <ShareCard title={title} section={section} />,
  markSvg,
};
