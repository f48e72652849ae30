// The URLs of the lazily loaded chunks, written into the bundles by scripts/islands.ts (esbuild `define`).
declare const __PLAYER_CHUNK__: string;
declare const __GALLERY_CHUNK__: string;
declare const __HLS_CHUNK__: string;
declare const __BOOKMARK_CHUNK__: string;
