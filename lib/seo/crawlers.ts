/**
 * User agents that run no JavaScript and read only the first response: link-preview
 * crawlers of social networks and messengers, and search engines. Next.js sends them
 * blocking metadata (everything in <head>) through `htmlLimitedBots`.
 */
export const CRAWLER_NAMES = [
  'facebookexternalhit',
  'Facebot',
  'facebookcatalog',
  'meta-externalagent',
  'Twitterbot',
  'TelegramBot',
  'vkShare',
  'OdklBot',
  'LinkedInBot',
  'WhatsApp',
  'Slackbot',
  'Slack-ImgProxy',
  'Discordbot',
  'Googlebot',
  'Google-InspectionTool',
  'Mediapartners-Google',
  'AdsBot-Google',
  'Storebot-Google',
  'Google-PageRenderer',
  'bingbot',
  'BingPreview',
  'msnbot',
  'YandexBot',
  'YandexMobileBot',
  'Yandex',
  'DuckDuckBot',
  'Applebot',
  'Baiduspider',
  'Pinterestbot',
  'redditbot',
  'SkypeUriPreview',
  'Embedly',
  'Iframely',
  'Mastodon',
  'Bluesky',
  'Viber',
  'Snapchat',
  'ia_archiver',
] as const;

const escaped = CRAWLER_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
export const CRAWLER_USER_AGENTS = new RegExp(escaped.join('|'), 'i');
