import { useTranslations } from 'next-intl';
import { shareLinks, type ShareNetwork } from '@/lib/share';
import {
  FacebookIcon,
  LinkIcon,
  MailIcon,
  OkIcon,
  ShareIcon,
  TelegramIcon,
  VkIcon,
  WhatsAppIcon,
  XIcon,
} from '@/components/icons/Icons';

const ICONS: Record<ShareNetwork, (p: { className?: string }) => React.ReactNode> = {
  facebook: FacebookIcon,
  x: XIcon,
  telegram: TelegramIcon,
  vk: VkIcon,
  whatsapp: WhatsAppIcon,
  ok: OkIcon,
  email: MailIcon,
};

/**
 * Plain share links, rendered on the server. Copy-link and the native share sheet are rendered
 * hidden: ShareBar.island.ts shows each where the browser can do it, so without JavaScript
 * nothing is offered that cannot work. The article has one at the top and one at the end.
 */
export function ShareBar({ url, title, position = 'top' }: { url: string; title: string; position?: 'top' | 'end' }) {
  // Two bars (top and end) are two regions: their names differ, and nothing in them has an id.
  const t = useTranslations('Article');
  return (
    <section
      className={`share-bar share-bar--${position} print:hidden`}
      aria-label={position === 'top' ? t('shareTop') : t('shareEnd')}
      data-island="share"
      data-share-url={url}
      data-share-title={title}
    >
      <ul className="share-bar__list">
        {shareLinks(url, title).map((link) => {
          const Icon = ICONS[link.network];
          const external = link.network !== 'email';
          return (
            <li key={link.network}>
              <a
                href={link.href}
                className="share-link"
                data-network={link.network}
                target={external ? '_blank' : undefined}
                rel={external ? 'noopener noreferrer' : 'noopener'}
              >
                <Icon />
                <span className="sr-only">
                  {link.network === 'email' ? t('shareByEmail') : t('shareOn', { network: link.label })}
                  {external ? t('opensNewWindow') : ''}
                </span>
              </a>
            </li>
          );
        })}
        <li hidden data-share-offer="copy">
          <button type="button" className="share-link" data-network="copy">
            <LinkIcon />
            <span className="sr-only">{t('copyLink')}</span>
          </button>
          <span role="status" aria-live="polite" className="ms-2 text-sm text-muted-fg" />
        </li>
        <li hidden data-share-offer="native">
          <button type="button" className="share-link" data-network="native">
            <ShareIcon />
            <span className="sr-only">{t('moreSharing')}</span>
          </button>
        </li>
      </ul>
    </section>
  );
}
