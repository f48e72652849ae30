/** Where resumable uploads go (lib/av/uploads.ts serves it; the upload form and the 501 route name it). */
export const UPLOADS_PATH = '/admin/media/uploads';
