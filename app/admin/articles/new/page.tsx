import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { searchPicturesAction, setFocalPointAction } from '../../media/actions';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { editorEditions } from '@/lib/newsroom/articles';
import { autosaveToOffer } from '@/lib/newsroom/autosave';
import { editorOptions, editorValues } from '@/lib/newsroom/editor-data';
import { autosaveArticleAction, discardAutosaveAction, saveArticleAction } from '../actions';

export const metadata: Metadata = { title: 'New article' };

export default async function NewArticle() {
  const staff = await requireStaff('article.create', '/admin/articles/new');
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="list-title">New article</h1>
      <p className="list-count">Saved as a draft; publish it from its page.</p>
      <div className="mt-4">
        <ArticleEditor
          action={saveArticleAction}
          autosave={autosaveArticleAction}
          discardAutosave={discardAutosaveAction}
          offered={autosaveToOffer(staff, null)}
          articleId={null}
          version={null}
          picker={{
            search: searchPicturesAction,
            setFocal: setFocalPointAction,
            canUpload: can(staff.role, 'media.upload'),
          }}
          options={editorOptions(editorEditions(staff, null))}
          initial={editorValues(null, staff.authorId)}
        />
      </div>
    </div>
  );
}
