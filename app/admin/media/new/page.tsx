import type { Metadata } from 'next';
import { MediaUploadForm, type MediaFormErrors } from '@/components/admin/MediaUploadForm';
import { requireStaff } from '@/lib/auth/session';
import { MAX_UPLOAD_BYTES } from '@/lib/newsroom/media';

export const metadata: Metadata = { title: 'Upload a picture' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Without JavaScript, a refused upload comes back here (303) with the messages and the typed text in the query.
export default async function UploadPage({ searchParams }: Props) {
  await requireStaff('media.upload', '/admin/media/new');
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string).slice(0, 600) : '');
  const errors: MediaFormErrors = {};
  for (const field of ['file', 'alt', 'caption', 'credit'] as const)
    if (one(`error.${field}`)) errors[field] = one(`error.${field}`);
  return (
    <div>
      <h1 className="list-title">Upload a picture</h1>
      <div className="mt-4">
        <MediaUploadForm
          maxBytes={MAX_UPLOAD_BYTES}
          initial={{ alt: one('alt'), caption: one('caption'), credit: one('credit') }}
          message={one('message')}
          errors={errors}
        />
      </div>
    </div>
  );
}
