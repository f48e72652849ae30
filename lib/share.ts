/**
 * Share links that work without JavaScript: each network's own share endpoint with the
 * canonical URL and the title, encoded with encodeURIComponent (never `+` for spaces,
 * which mail clients and some networks show literally).
 */
export type ShareNetwork = 'facebook' | 'x' | 'telegram' | 'vk' | 'whatsapp' | 'ok' | 'email';

export interface ShareLink {
  network: ShareNetwork;
  label: string;
  href: string;
}

/** Lone surrogates (which encodeURIComponent rejects) become U+FFFD instead of breaking the page. */
const enc = (s: string) => encodeURIComponent(s.toWellFormed());

export function shareLinks(url: string, title: string): ShareLink[] {
  return [
    { network: 'facebook', label: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
    { network: 'x', label: 'X', href: `https://x.com/intent/post?url=${enc(url)}&text=${enc(title)}` },
    { network: 'telegram', label: 'Telegram', href: `https://t.me/share/url?url=${enc(url)}&text=${enc(title)}` },
    { network: 'vk', label: 'VK', href: `https://vk.com/share.php?url=${enc(url)}&title=${enc(title)}` },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?text=${enc(`${title} ${url}`)}` },
    { network: 'ok', label: 'OK', href: `https://connect.ok.ru/offer?url=${enc(url)}&title=${enc(title)}` },
    { network: 'email', label: 'Email', href: `mailto:?subject=${enc(title)}&body=${enc(`${title}\n\n${url}`)}` },
  ];
}
