import { shareLinks, type ShareNetwork } from '@/lib/share';
import {
  FacebookIcon,
  MailIcon,
  OkIcon,
  TelegramIcon,
  VkIcon,
  WhatsAppIcon,
  XIcon,
} from '@/components/icons/Icons';
import { ShareEnhancer } from './ShareEnhancer';

const ICONS: Record<ShareNetwork, (p: { className?: string }) => React.ReactNode> = {
  facebook: FacebookIcon,
  x: XIcon,
  telegram: TelegramIcon,
  vk: VkIcon,
  whatsapp: WhatsAppIcon,
  ok: OkIcon,
  email: MailIcon,
};

/** Plain share links, rendered on the server; copy-link and the native share sheet are added by a small island. */
export function ShareBar({ url, title }: { url: string; title: string }) {
  return (
    <section className="share-bar print:hidden" aria-label="Share this article">
      <ul className="flex flex-wrap items-center gap-2">
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
                  {link.network === 'email' ? 'Share by email' : `Share on ${link.label}`}
                  {external ? ' (opens in a new window)' : ''}
                </span>
              </a>
            </li>
          );
        })}
        <ShareEnhancer url={url} title={title} />
      </ul>
    </section>
  );
}
