import { useTranslations } from 'next-intl';
import type { Episode, Show } from '@/lib/podcasts';
import { showFeedPath, showPath } from '@/lib/podcasts';
import { formatDuration } from '@/lib/format';
import { cardPath } from '@/lib/urls';
import { AudioPlayer } from '@/components/media/AudioPlayer';
import { Picture } from '@/components/media/Picture';
import { DateTime } from '@/components/ui/DateTime';

/** A programme's page: artwork, what the show is, how to subscribe, and its episodes to play here. */
export function ShowPage({ show, episodes }: { show: Show; episodes: Episode[] }) {
  const t = useTranslations('Shows');
  return (
    <div className="show-page">
      <header className="show-header">
        {show.artwork ? (
          <Picture image={show.artwork} alt={show.artwork.alt} role="thumb" className="show-artwork" priority />
        ) : null}
        <div>
          <p className="eyebrow">{t('programme')}</p>
          <h1 className="list-title">{show.name}</h1>
          {show.host ? <p className="list-subtitle">{t('with', { host: show.host })}</p> : null}
          {show.description ? <p className="list-description">{show.description}</p> : null}
          <p className="show-subscribe">
            <a href={showFeedPath(show.edition, show.slug)}>{t('feed')}</a>
          </p>
        </div>
      </header>
      {episodes.length === 0 ? (
        <p>{t('noEpisodes')}</p>
      ) : (
        <ol className="episode-list">
          {episodes.map((e) => (
            <li key={e.id}>
              <article className="episode">
                <h2 className="story-card__headline">
                  <a href={cardPath(e)}>{e.title}</a>
                </h2>
                <p className="story-card__meta">
                  <DateTime value={e.publishedAt} />
                  <span aria-hidden="true"> · </span>
                  {formatDuration(e.audio.durationMs)}
                </p>
                {e.lede ? <p className="story-card__lede">{e.lede}</p> : null}
                <AudioPlayer audio={e.audio} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Every programme, for /shows. */
export function ShowsIndex({ shows }: { shows: Show[] }) {
  const t = useTranslations('Shows');
  return (
    <div className="list-page">
      <header className="list-header">
        <h1 className="list-title">{t('programmes')}</h1>
        <p className="list-description">{t('intro')}</p>
      </header>
      {shows.length === 0 ? (
        <p>{t('noProgrammes')}</p>
      ) : (
        <ul className="story-list">
          {shows.map((s) => (
            <li key={s.id}>
              <article className="story-card story-card--standard">
                {s.artwork ? (
                  <Picture image={s.artwork} alt={s.artwork.alt} role="thumb" className="story-card__image" />
                ) : null}
                <div className="story-card__text">
                  <h2 className="story-card__headline">
                    <a href={showPath(s.edition, s.slug)}>{s.name}</a>
                  </h2>
                  {s.description ? <p className="story-card__lede">{s.description}</p> : null}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
