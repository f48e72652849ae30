import { ReviewPanel } from '@/components/admin/ReviewPanel';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { searchPicturesAction, setFocalPointAction } from '../../media/actions';
import { BUTTON_CLASS } from '@/components/admin/FormParts';
import { BackLink, Panel } from '@/components/admin/PageParts';
import { InYourZone, ScheduleFields } from '@/components/admin/ScheduleFields';
import { PresenceNotice } from '@/components/admin/PresenceNotice';
import { TranslationSource, TranslationsPanel } from '@/components/admin/TranslationsPanel';
import { getEditableArticle, listRevisions, previewTokenOf, translationGroupOf } from '@/db/queries/newsroom';
import { plainText, readBody } from '@/lib/content/blocks';
import { editions } from '@/lib/editions';
import { can, canIn } from '@/lib/auth/roles';
import { requireEdition, requireStaff } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { formatUtc } from '@/lib/zoned-time';
import { creatableEditions, editorEditions, mayOnArticle, revisionByline } from '@/lib/newsroom/articles';
import { autosaveToOffer } from '@/lib/newsroom/autosave';
import { reviewView } from '@/lib/newsroom/review';
import { othersOnArticle, PRESENCE_BEAT_MS } from '@/lib/newsroom/presence';
import { editorOptions, editorValues } from '@/lib/newsroom/editor-data';
import { mayRegroup } from '@/lib/newsroom/translations';
import { articlePath } from '@/lib/urls';
import {
  changeStatusAction,
  linkTranslationAction,
  restoreRevisionAction,
  saveArticleAction,
  translateArticleAction,
  unlinkTranslationAction,
  autosaveArticleAction,
  discardAutosaveAction,
  reviewAction,
  leaveArticleAction,
  presenceHeartbeatAction,
} from '../actions';

export const metadata: Metadata = { title: 'Edit article' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{
    error?: string;
    done?: string;
    saved?: string;
    linkError?: string;
    link?: string;
    date?: string;
    time?: string;
  }>;
};

export default async function EditArticle({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const staff = await requireStaff('admin.access', `/admin/articles/${rawId}`);
  if (!/^[1-9][0-9]{0,14}$/.test(rawId)) notFound();
  const article = getEditableArticle(Number(rawId));
  if (!article) notFound();
  // Another desk's story answers 403 (its list row offers "Translate into" instead).
  requireEdition(staff, article.edition, 'admin.access');
  const { error, done, saved, linkError, link, date, time } = await searchParams;
  // A refused schedule's date and time, typed again into the form (a string each, or nothing).
  const keptDate = typeof date === 'string' ? date.slice(0, 20) : '';
  const keptTime = typeof time === 'string' ? time.slice(0, 20) : '';
  const mayEdit = mayOnArticle(staff, 'article.edit', article);
  const mayPublish = mayOnArticle(staff, 'article.publish', article);
  const mayUnpublish = mayOnArticle(staff, 'article.unpublish', article);
  const mayTrash = mayOnArticle(staff, 'article.trash', article);
  // A button that moves the article on (publish, trash …), after what it needs (a date), if anything.
  const statusForm = (
    change: string,
    label: string,
    { className, primary = false, before }: { className?: string; primary?: boolean; before?: ReactNode } = {},
  ) => (
    <form action={changeStatusAction} className={className}>
      <input type="hidden" name="id" value={article.id} />
      <input type="hidden" name="version" value={article.version} />
      <input type="hidden" name="change" value={change} />
      {before}
      <button
        type="submit"
        className={primary ? 'min-h-11 rounded bg-brand px-4 font-semibold text-brand-fg' : BUTTON_CLASS}
      >
        {label}
      </button>
    </form>
  );
  // The translation group: the other versions, the editions without one, and the source (the
  // group's original) shown beside the editor of a translation.
  const group = translationGroupOf(article.id);
  const editionOf = (code: string) => {
    const e = editions.get(code);
    return { code: e.code, name: e.name, flag: e.flag, language: e.language, dir: e.dir };
  };
  const versions = group
    .filter((v) => v.id !== article.id)
    .map((v) => {
      const member = getEditableArticle(v.id);
      return {
        ...v,
        edition: editionOf(v.edition),
        open: canIn(staff, v.edition, 'admin.access'),
        unlink: member !== null && mayRegroup(staff, member),
      };
    });
  // Linking needs an edition the group has no story in yet (the server checks the rest).
  const mayLink =
    mayEdit && editions.all.some((e) => e.code !== article.edition && !group.some((v) => v.edition === e.code));
  // "Translate into" offers the editions without a version that the person may write in.
  const creatable = creatableEditions(staff);
  const missing = editions.all
    .filter((e) => e.code !== article.edition && !group.some((v) => v.edition === e.code))
    .filter((e) => creatable.includes(e.code))
    .map((e) => editionOf(e.code));
  const source =
    article.translationGroup !== null && article.translationGroup !== article.id
      ? getEditableArticle(article.translationGroup)
      : null;
  // Each revision says who made it (a staff member, the scheduler, or a deleted account).
  const revisions = listRevisions(article.id);
  const publicPath = articlePath({
    id: article.id,
    slug: article.slug,
    sectionSlug: article.sectionSlug,
    edition: article.edition,
  });
  return (
    <div className="mx-auto max-w-5xl">
      <BackLink href="/admin/articles" label="Articles" />
      <h1 className="list-title">{article.title}</h1>
      <p className="list-count">
        Status: <strong>{article.status}</strong> · version {article.version}
        {article.status === 'published' ? (
          <>
            {' '}
            ·{' '}
            <Link href={publicPath} prefetch={false} className="underline">
              view on the site
            </Link>
          </>
        ) : null}{' '}
        ·{' '}
        <a href={`/preview/${article.id}/${previewTokenOf(article.id)}`} className="underline">
          preview
        </a>
      </p>
      {error ? (
        <p role="alert" className="mt-3 font-semibold text-link">
          {error}
        </p>
      ) : null}
      {done || saved ? (
        <p role="status" className="mt-3 font-semibold">
          {{
            publish: 'Published.',
            unpublish: 'Unpublished.',
            schedule: 'Scheduled.',
            unschedule: 'Schedule cancelled.',
            submitted: 'Submitted for review: the editors have it in their queue.',
            'sent-back': 'Sent back to the author with your note.',
            noted: 'Note added.',
            trash: 'Moved to the trash.',
            restore: 'Restored from the trash as a draft.',
            restored: 'The revision is now the current version.',
            translated: 'A translation draft was made: translate the headline, standfirst and text, then save.',
            'translation-exists': 'The story already has a translation in that edition: here it is.',
            linked: 'Linked: the stories are now translations of each other.',
            unlinked: 'Unlinked: that story is no longer a translation of this one.',
            left: 'This story left its translation group.',
          }[done ?? ''] ?? 'Saved.'}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        {article.status !== 'published' && article.status !== 'trashed' && mayPublish
          ? statusForm('publish', 'Publish', { primary: true })
          : null}
        {(article.status === 'draft' || article.status === 'unpublished') && mayPublish
          ? statusForm('schedule', 'Schedule', {
              className: 'flex flex-wrap items-end gap-2',
              before: <ScheduleFields date={keptDate} time={keptTime} profileZone={staff.timeZone} />,
            })
          : null}
        {article.status === 'scheduled' && mayPublish
          ? statusForm('unschedule', 'Cancel schedule', {
              className: 'flex items-center gap-2',
              before: (
                <span>
                  Scheduled for{' '}
                  <time dateTime={article.publishedAt ?? ''}>
                    {article.publishedAt ? formatUtc(new Date(article.publishedAt)) : ''}
                  </time>
                  <InYourZone iso={article.publishedAt ?? ''} profileZone={staff.timeZone} />
                </span>
              ),
            })
          : null}
        {article.status === 'published' && mayUnpublish ? statusForm('unpublish', 'Unpublish') : null}
        {article.status !== 'trashed' && mayTrash ? statusForm('trash', 'Move to trash') : null}
        {article.status === 'trashed' && mayTrash ? statusForm('restore', 'Restore from trash') : null}
      </div>
      <ReviewPanel articleId={article.id} view={reviewView(staff, article)} action={reviewAction} />
      {/* Who else has the story open: rendered now, then kept current by the page's heartbeat. */}
      <PresenceNotice
        articleId={article.id}
        initial={othersOnArticle(staff, article.id)}
        beatMs={PRESENCE_BEAT_MS}
        mayEdit={mayEdit}
        heartbeat={presenceHeartbeatAction}
        leave={leaveArticleAction}
      />
      {source ? (
        <TranslationSource
          edition={editionOf(source.edition)}
          title={source.title}
          lede={source.lede}
          text={plainText(readBody(source.body)).split('\n').filter(Boolean)}
        />
      ) : null}
      {mayEdit ? (
        <div className="mt-6">
          <ArticleEditor
            action={saveArticleAction}
            autosave={autosaveArticleAction}
            discardAutosave={discardAutosaveAction}
            offered={autosaveToOffer(staff, article.id)}
            articleId={article.id}
            version={article.version}
            picker={{
              search: searchPicturesAction,
              setFocal: setFocalPointAction,
              canUpload: can(staff.role, 'media.upload'),
            }}
            options={editorOptions(editorEditions(staff, article))}
            initial={editorValues(article)}
          />
        </div>
      ) : (
        <p className="mt-6">Your role may not edit this article.</p>
      )}
      <TranslationsPanel
        articleId={article.id}
        group={article.translationGroup}
        versions={versions}
        missing={missing}
        action={translateArticleAction}
        mayLink={mayLink}
        mayLeave={article.translationGroup !== null && mayEdit}
        linkAction={linkTranslationAction}
        linkRefused={linkError ? { message: linkError, value: link ?? '' } : undefined}
        unlinkAction={unlinkTranslationAction}
      />
      <Panel id="revisions" title="Revisions">
        {revisions.length === 0 ? (
          <p className="mt-2 text-sm">No revisions: the story has not been saved in the newsroom yet.</p>
        ) : (
          <ol className="mt-2 text-sm">
            {revisions.map((r) => (
              <li key={r.version} className="flex flex-wrap items-center gap-2 py-1">
                <span>
                  v{r.version} · {r.action} {revisionByline(r.by)} · <time dateTime={r.at}>{formatDateTime(r.at)}</time>
                </span>
                {r.version !== article.version ? (
                  <Link
                    href={`/admin/articles/${article.id}/diff?from=${r.version}&to=${article.version}`}
                    prefetch={false}
                    className="underline"
                  >
                    compare with current
                  </Link>
                ) : null}
                {mayEdit && r.version !== article.version ? (
                  <form action={restoreRevisionAction}>
                    <input type="hidden" name="id" value={article.id} />
                    <input type="hidden" name="version" value={article.version} />
                    <input type="hidden" name="revision" value={r.version} />
                    <button type="submit" className="underline">
                      Restore v{r.version}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </Panel>
    </div>
  );
}
