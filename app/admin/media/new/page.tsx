import type { Metadata } from 'next';
import { AvUploadForm } from '@/components/admin/AvUploadForm';
import { MediaUploadForm, type MediaFormErrors } from '@/components/admin/MediaUploadForm';
import { Panel } from '@/components/admin/PageParts';
import { requireStaff } from '@/lib/auth/session';
import { avLimits } from '@/lib/av/limits';
import { formatBytes } from '@/lib/format';
import { UPLOADS_PATH } from '@/lib/av/upload-path';
import { MAX_UPLOAD_BYTES } from '@/lib/newsroom/media';

export const metadata: Metadata = { title: 'Upload media' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Bytes per resumable-upload request: small enough to resume cheaply, large enough to be fast. */
const CHUNK_BYTES = 8 * 1024 * 1024;

// Without JavaScript, a refused picture comes back here (303) with the messages and the typed text in the query.
export default async function UploadPage({ searchParams }: Props) {
  await requireStaff('media.upload', '/admin/media/new');
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === 'string' ? (params[k] as string).slice(0, 600) : '');
  const errors: MediaFormErrors = {};
  for (const field of ['file', 'alt', 'caption', 'credit'] as const)
    if (one(`error.${field}`)) errors[field] = one(`error.${field}`);
  const limits = avLimits().bytes;
  return (
    <div>
      <h1 className="list-title">Upload media</h1>
      <Panel id="picture" title="A picture">
        <div className="mt-4">
          <MediaUploadForm
            maxBytes={MAX_UPLOAD_BYTES}
            initial={{ alt: one('alt'), caption: one('caption'), credit: one('credit') }}
            message={one('message')}
            errors={errors}
          />
        </div>
      </Panel>
      <Panel id="av" title="Video, audio or file">
        <div className="mt-4">
          <AvUploadForm
            limits={limits}
            limitLabels={{
              video: formatBytes(limits.video),
              audio: formatBytes(limits.audio),
              file: formatBytes(limits.file),
            }}
            endpoint={UPLOADS_PATH}
            chunkBytes={CHUNK_BYTES}
          />
        </div>
      </Panel>
    </div>
  );
}
