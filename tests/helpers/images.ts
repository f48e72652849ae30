import sharp from 'sharp';

/** The GPS directory pointer (EXIF tag 0x8825) as it stands, little-endian, in sharp's EXIF. */
export const GPS_TAG = Buffer.from([0x25, 0x88]);

/**
 * `picture` again as a JPEG that carries EXIF: the `camera` fields (IFD0: Make, Copyright…) and a
 * GPS position, for tests that check an upload keeps none of it.
 */
export function withGpsExif(picture: Buffer, camera: Record<string, string>): Promise<Buffer> {
  return sharp(picture)
    .withMetadata({
      exif: {
        IFD0: camera,
        IFD3: {
          GPSLatitudeRef: 'N',
          GPSLatitude: '55/1 45/1 2083/100',
          GPSLongitudeRef: 'E',
          GPSLongitude: '37/1 37/1 1900/100',
        },
      },
    })
    .jpeg()
    .toBuffer();
}
