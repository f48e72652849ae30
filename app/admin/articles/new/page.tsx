import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { listSections } from '@/db/queries/articles';
import { listAllAuthors } from '@/db/queries/newsroom';
import { requireStaff } from '@/lib/auth/session';
import { saveArticleAction } from '../actions';

export const metadata: Metadata = { title: 'New article — newsroom', robots: { index: false, follow: false } };

export default async function NewArticle() {
  const staff = await requireStaff('article.create', '/admin/articles/new');
  return (
    <div className="mx-auto max-w-3xl py-6">
      <h1 className="list-title">New article</h1>
      <p className="list-count">Saved as a draft; publish it from its page.</p>
      <div className="mt-4">
        <ArticleEditor
          action={saveArticleAction}
          articleId={null}
          version={null}
          sections={listSections().map((s) => ({ id: s.id, name: s.name }))}
          authors={listAllAuthors()}
          initial={{
            title: '',
            slug: '',
            sectionId: '',
            lede: '',
            body: '',
            tags: '',
            authorIds: staff.authorId ? [String(staff.authorId)] : [],
            heroMediaId: '',
          }}
        />
      </div>
    </div>
  );
}
